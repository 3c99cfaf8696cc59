import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

import { childPointer, valueAt } from './json-pointer';
import type { OpenApiDocument } from './load-contract';

/** One way in which a value breaks a schema of the contract. */
export interface SchemaViolation {
  /** JSON pointer of the offending field inside the validated value ('' is the value itself). */
  pointer: string;
  /** The JSON Schema keyword that failed: `type`, `required`, `enum`, `maximum`... */
  rule: string;
  /** What the rule expects, in the validator's words. */
  message: string;
  /** The JSON type of the value found at `pointer`, or `undefined` when it is missing. */
  valueType: string;
}

export type Validate = (value: unknown) => SchemaViolation[];

const DOCUMENT_ID = 'contract';

/**
 * Compiles validators for schemas of the contract. Each pointer is compiled once and kept, so
 * a validator is cheap to ask for again; callers on a hot path should still hold on to it.
 */
export class SchemaValidator {
  private readonly ajv: Ajv;
  private readonly compiled = new Map<string, ValidateFunction>();

  constructor(document: OpenApiDocument) {
    // OpenAPI 3.0 schemas carry keywords JSON Schema does not know (`example`, `x-faker`...),
    // so unknown keywords are allowed rather than refused.
    this.ajv = new Ajv({ allErrors: true, strict: false, validateFormats: true });
    addFormats(this.ajv);
    this.ajv.addFormat('int32', { type: 'number', validate: isInt32 });
    this.ajv.addFormat('int64', { type: 'number', validate: Number.isSafeInteger });
    this.ajv.addSchema(document, DOCUMENT_ID);
  }

  /**
   * A validator for the schema at `pointer` in the document, e.g. `#/components/schemas/X` or
   * `/components/schemas/X` (the leading `#` is optional).
   */
  validatorFor(pointer: string): Validate {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${asUriFragment(pointer)}` });
      this.compiled.set(pointer, validate);
    }

    const compiled = validate;
    return (value) =>
      compiled(value) ? [] : (compiled.errors ?? []).map((e) => toViolation(e, value));
  }
}

// A `$ref` is a URI: a pointer such as `#/paths/~1customers~1{customerId}` must be
// percent-encoded token by token before ajv resolves it.
function asUriFragment(pointer: string): string {
  const path = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return `#${path.split('/').map(encodeURIComponent).join('/')}`;
}

function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
}

function toViolation(error: ErrorObject, root: unknown): SchemaViolation {
  // A missing required property is reported on its parent; point at the property instead.
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : null;
  const pointer = missing === null ? error.instancePath : childPointer(error.instancePath, missing);

  return {
    pointer,
    rule: error.keyword,
    message: error.message ?? error.keyword,
    valueType: jsonTypeOf(valueAt(root, pointer)),
  };
}

/** The JSON type name of a value: `null`, `array`, `integer`, `number`, `string`... */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
