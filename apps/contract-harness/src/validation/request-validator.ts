import type { IncomingHttpHeaders } from 'node:http';

import type { SecuritySchemeDescription } from '@scan-profiles/contract';

import type { CompiledOperation, CompiledParameter } from '../contract/compiled-contract';
import { findDeclared, isJsonMediaType, mediaTypeOf, parseJson } from './media-type';
import { parameterValue } from './parameter-values';
import { fromSchemaViolations, violation, type Violation } from './violation';

/** A request as the harness received it, before it goes upstream. */
export interface ReceivedRequest {
  pathParameters: Record<string, string>;
  query: URLSearchParams;
  headers: IncomingHttpHeaders;
  body: Buffer | undefined;
}

/** Every way the request breaks the operation: parameters, credentials, body. */
export function validateRequest(
  operation: CompiledOperation,
  request: ReceivedRequest,
): Violation[] {
  return [
    ...operation.parameters.flatMap((parameter) => validateParameter(parameter, request)),
    ...validateSecurity(operation.description.security, request),
    ...validateBody(operation, request),
  ];
}

function validateParameter(parameter: CompiledParameter, request: ReceivedRequest): Violation[] {
  const pointer = `/${parameter.in === 'header' ? 'headers' : parameter.in}/${parameter.name}`;
  const raw = rawParameter(parameter, request);

  if (raw === undefined) {
    return parameter.required
      ? [violation('request', pointer, 'required', `${parameter.in} parameter is required`, raw)]
      : [];
  }

  const value = parameterValue(raw, parameter.schema);
  return fromSchemaViolations('request', pointer, parameter.validate(value));
}

// Cookie parameters are not read: the document declares none, and reading them would need a
// cookie parser for no check that exists.
function rawParameter(
  parameter: CompiledParameter,
  request: ReceivedRequest,
): string | string[] | undefined {
  switch (parameter.in) {
    case 'path':
      return request.pathParameters[parameter.name];
    case 'query': {
      const values = request.query.getAll(parameter.name);
      return values.length === 0 ? undefined : values.length === 1 ? values[0] : values;
    }
    case 'header':
      return request.headers[parameter.name.toLowerCase()];
    default:
      return undefined;
  }
}

function validateSecurity(
  alternatives: SecuritySchemeDescription[][],
  request: ReceivedRequest,
): Violation[] {
  if (alternatives.length === 0) return [];
  if (alternatives.some((schemes) => schemes.every((scheme) => carries(scheme, request))))
    return [];

  const [first] = alternatives[0]?.filter((scheme) => !carries(scheme, request)) ?? [];
  if (first === undefined) return [];

  const { pointer, value } = credentialLocation(first, request);
  const message = `needs the credentials of security scheme ${first.name} (${describe(first)})`;
  return [violation('request', pointer, 'security', message, value)];
}

function carries(scheme: SecuritySchemeDescription, request: ReceivedRequest): boolean {
  const { value } = credentialLocation(scheme, request);
  if (typeof value !== 'string' || value.trim() === '') return false;

  if (scheme.type === 'apiKey') return true;
  if (scheme.type === 'http' && scheme.scheme !== 'bearer') {
    return value.toLowerCase().startsWith(`${scheme.scheme ?? ''} `);
  }
  // OAuth 2.0, OpenID Connect and HTTP bearer all send `Authorization: Bearer <token>`.
  return /^bearer\s+\S/i.test(value);
}

function credentialLocation(
  scheme: SecuritySchemeDescription,
  request: ReceivedRequest,
): { pointer: string; value: unknown } {
  if (scheme.type === 'apiKey' && scheme.parameterName !== undefined) {
    const name = scheme.parameterName;
    if (scheme.in === 'query')
      return { pointer: `/query/${name}`, value: request.query.get(name) ?? undefined };
    if (scheme.in === 'header') {
      return {
        pointer: `/headers/${name.toLowerCase()}`,
        value: request.headers[name.toLowerCase()],
      };
    }
  }

  return { pointer: '/headers/authorization', value: request.headers.authorization };
}

function describe(scheme: SecuritySchemeDescription): string {
  if (scheme.type === 'apiKey') return `an API key in ${scheme.in} ${scheme.parameterName}`;
  if (scheme.type === 'http' && scheme.scheme !== 'bearer') return `HTTP ${scheme.scheme}`;
  return 'a bearer token';
}

function validateBody(operation: CompiledOperation, request: ReceivedRequest): Violation[] {
  const declared = operation.requestBody;
  const body = request.body !== undefined && request.body.length > 0 ? request.body : undefined;

  if (body === undefined) {
    return declared?.required
      ? [violation('request', '/body', 'required', 'the request body is required', undefined)]
      : [];
  }
  if (declared === undefined) {
    const message = 'the operation declares no request body';
    return [violation('request', '/body', 'body', message, body.toString('utf8'))];
  }

  const contentType = request.headers['content-type'];
  const media = findDeclared(declared.content, mediaTypeOf(contentType));
  if (media === undefined) {
    const expected = declared.content.map((candidate) => candidate.mediaType).join(', ');
    const message = `the body must be sent as ${expected}`;
    return [violation('request', '/headers/content-type', 'content-type', message, contentType)];
  }

  // Only JSON bodies are read; the document declares no other kind.
  if (!isJsonMediaType(media.mediaType) || media.validate === undefined) return [];

  const value = parseJson(body);
  if (value === undefined) {
    const message = 'the body is not valid JSON';
    return [violation('request', '/body', 'json', message, body.toString('utf8'))];
  }
  return fromSchemaViolations('request', '/body', media.validate(value));
}
