import { jsonTypeOf, type SchemaViolation } from '@scan-profiles/contract';

/** Which half of an exchange broke the contract. */
export type Side = 'request' | 'response';

/**
 * One way an exchange breaks the contract. `pointer` is a JSON pointer into the message, read as
 * `{ path, query, headers, body, status }`: `/query/pageSize`, `/headers/retry-after`,
 * `/body/data/0/scanMode`. Header names are lower-case, as HTTP compares them.
 *
 * `rule` is a JSON Schema keyword (`type`, `required`, `maximum`...) for a value that breaks a
 * schema, or one of the harness's own rules: `path`, `method`, `security`, `content-type`,
 * `json`, `body`, `body-limit`, `status`, `accepts-invalid-request`.
 *
 * The value itself is never kept, only its JSON type: a report must not carry data or secrets.
 */
export interface Violation {
  side: Side;
  pointer: string;
  rule: string;
  message: string;
  valueType: string;
}

/** Places the violations of a validated value under `prefix`, e.g. `/body`. */
export function fromSchemaViolations(
  side: Side,
  prefix: string,
  violations: SchemaViolation[],
): Violation[] {
  return violations.map(({ pointer, rule, message, valueType }) => ({
    side,
    pointer: `${prefix}${pointer}`,
    rule,
    message,
    valueType,
  }));
}

export function violation(
  side: Side,
  pointer: string,
  rule: string,
  message: string,
  value: unknown,
): Violation {
  return { side, pointer, rule, message, valueType: jsonTypeOf(value) };
}
