import type {
  CompiledHeader,
  CompiledOperation,
  CompiledResponse,
} from '../contract/compiled-contract';
import { findDeclared, isJsonMediaType, mediaTypeOf, parseJson } from './media-type';
import { parameterValue } from './parameter-values';
import { fromSchemaViolations, violation, type Violation } from './violation';

/** A response as it came from the upstream, its body already decompressed. */
export interface ObservedResponse {
  status: number;
  /** Lower-case names; a header sent twice has two values. */
  headers: Record<string, string[]>;
  body: Buffer;
}

/** Every way the response breaks the operation: status, headers, content type, body. */
export function validateResponse(
  operation: CompiledOperation,
  response: ObservedResponse,
): Violation[] {
  const declared = declaredResponse(operation.responses, response.status);
  if (declared === undefined) {
    const statuses = operation.responses.map((candidate) => candidate.status).join(', ');
    const message = `status ${response.status} is not declared; the operation declares ${statuses}`;
    return [violation('response', '/status', 'status', message, response.status)];
  }

  return [
    ...declared.headers.flatMap((header) => validateHeader(header, response)),
    ...validateContent(declared, response),
  ];
}

/**
 * A provider that answers 2xx to a request that breaks the contract has accepted what the
 * document forbids: it may serve a client that the document says is wrong.
 */
export function acceptanceViolations(status: number, requestViolations: Violation[]): Violation[] {
  if (status < 200 || status > 299 || requestViolations.length === 0) return [];

  const rules = [...new Set(requestViolations.map((found) => found.rule))].join(', ');
  const message = `answered ${status} to a request that breaks the contract (${rules})`;
  return [violation('response', '/status', 'accepts-invalid-request', message, status)];
}

// The document may key a response by its code, by its class (`4XX`), or as `default`.
function declaredResponse(
  responses: CompiledResponse[],
  status: number,
): CompiledResponse | undefined {
  const code = String(status);
  const range = `${code[0]}XX`;

  return (
    responses.find((response) => response.status === code) ??
    responses.find((response) => response.status.toUpperCase() === range) ??
    responses.find((response) => response.status === 'default')
  );
}

function validateHeader(header: CompiledHeader, response: ObservedResponse): Violation[] {
  const pointer = `/headers/${header.name}`;
  const values = response.headers[header.name];

  if (values === undefined || values.length === 0) {
    const message = `the ${header.name} header is required with status ${response.status}`;
    return header.required ? [violation('response', pointer, 'required', message, undefined)] : [];
  }

  const raw = values.length === 1 ? (values[0] as string) : values;
  return fromSchemaViolations(
    'response',
    pointer,
    header.validate(parameterValue(raw, header.schema)),
  );
}

function validateContent(declared: CompiledResponse, response: ObservedResponse): Violation[] {
  const contentType = response.headers['content-type']?.[0];

  if (declared.content.length === 0) {
    if (response.body.length === 0) return [];
    const message = `status ${response.status} declares no body`;
    return [violation('response', '/body', 'body', message, response.body.toString('utf8'))];
  }

  const media = findDeclared(declared.content, mediaTypeOf(contentType));
  if (media === undefined) {
    const expected = declared.content.map((candidate) => candidate.mediaType).join(', ');
    const found = mediaTypeOf(contentType) ?? 'no content type';
    const message = `${found} is not declared for status ${response.status}; expected ${expected}`;
    return [violation('response', '/headers/content-type', 'content-type', message, contentType)];
  }

  // Only JSON bodies are read; the document declares no other kind.
  if (!isJsonMediaType(media.mediaType) || media.validate === undefined) return [];

  const value = parseJson(response.body);
  if (value === undefined) {
    const message = `the body is not valid JSON although it says ${media.mediaType}`;
    return [violation('response', '/body', 'json', message, response.body.toString('utf8'))];
  }
  return fromSchemaViolations('response', '/body', media.validate(value));
}
