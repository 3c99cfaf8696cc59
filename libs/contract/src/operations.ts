import { childPointer } from './json-pointer';
import type { OpenApiDocument } from './load-contract';
import { resolveReference } from './resolve-reference';

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** A parameter of an operation, with the pointer of its schema for a validator. */
export interface ParameterDescription {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required: boolean;
  schemaPointer: string;
  schema: Record<string, unknown>;
  /** The parameter's own `example`, else its schema's; `undefined` when neither has one. */
  example: unknown;
}

/** A named example of a media type, with its value inlined. */
export interface NamedExample {
  name: string;
  value: unknown;
}

/** One media type of a body: `application/json` and where its schema is. */
export interface MediaDescription {
  mediaType: string;
  schemaPointer: string | undefined;
  examples: NamedExample[];
}

export interface RequestBodyDescription {
  required: boolean;
  content: MediaDescription[];
}

/** A response header; `name` is lower-case, as HTTP header names compare. */
export interface HeaderDescription {
  name: string;
  required: boolean;
  schemaPointer: string;
  schema: Record<string, unknown>;
}

export interface ResponseDescription {
  /** The key the document uses: `200`, `4XX` or `default`. */
  status: string;
  headers: HeaderDescription[];
  content: MediaDescription[];
}

/** A security scheme a request may satisfy, reduced to what a request has to carry. */
export interface SecuritySchemeDescription {
  name: string;
  type: string;
  /** For `http` schemes: `bearer`, `basic`... (OAuth 2.0 and OpenID use bearer tokens). */
  scheme: string | undefined;
  /** For `apiKey` schemes: where the key goes and under which name. */
  in: string | undefined;
  parameterName: string | undefined;
}

export interface OperationDescription {
  method: string;
  pathTemplate: string;
  operationId: string;
  parameters: ParameterDescription[];
  requestBody: RequestBodyDescription | undefined;
  responses: ResponseDescription[];
  /** Alternatives: one inner list must be satisfied whole. Empty means no security. */
  security: SecuritySchemeDescription[][];
}

type Node = Record<string, unknown>;

/**
 * Every operation of the document with its references followed, so that callers read
 * parameters, bodies and responses without knowing where the document keeps them.
 */
export function describeOperations(document: OpenApiDocument): OperationDescription[] {
  return Object.entries(document.paths).flatMap(([pathTemplate, pathItem]) => {
    const pathPointer = childPointer('/paths', pathTemplate);

    return METHODS.filter((method) => pathItem[method] !== undefined).map((method) =>
      describeOperation(document, pathTemplate, method, childPointer(pathPointer, method)),
    );
  });
}

function describeOperation(
  document: OpenApiDocument,
  pathTemplate: string,
  method: string,
  pointer: string,
): OperationDescription {
  const operation = resolveReference<Node>(document, pointer).value;
  const pathPointer = pointer.slice(0, pointer.lastIndexOf('/'));

  return {
    method: method.toUpperCase(),
    pathTemplate,
    operationId: String(operation['operationId'] ?? `${method.toUpperCase()} ${pathTemplate}`),
    parameters: describeParameters(document, pathPointer, pointer),
    requestBody:
      operation['requestBody'] === undefined
        ? undefined
        : describeRequestBody(document, childPointer(pointer, 'requestBody')),
    responses: Object.keys((operation['responses'] ?? {}) as Node).map((status) =>
      describeResponse(document, status, childPointer(pointer, 'responses', status)),
    ),
    security: describeSecurity(document, operation['security'] ?? document['security']),
  };
}

// Path-level parameters apply to every operation unless the operation redefines them.
function describeParameters(
  document: OpenApiDocument,
  pathPointer: string,
  operationPointer: string,
): ParameterDescription[] {
  const byKey = new Map<string, ParameterDescription>();

  for (const owner of [pathPointer, operationPointer]) {
    const list = resolveReference<Node>(document, owner).value['parameters'];
    if (!Array.isArray(list)) continue;

    list.forEach((_, index) => {
      const parameter = describeParameter(document, childPointer(owner, 'parameters', index));
      byKey.set(`${parameter.in}:${parameter.name}`, parameter);
    });
  }

  return [...byKey.values()];
}

function describeParameter(document: OpenApiDocument, pointer: string): ParameterDescription {
  const resolved = resolveReference<Node>(document, pointer);
  const schema = resolveReference<Node>(document, childPointer(resolved.pointer, 'schema'));
  const location = resolved.value['in'] as ParameterDescription['in'];

  return {
    name: String(resolved.value['name']),
    in: location,
    required: location === 'path' || resolved.value['required'] === true,
    schemaPointer: schema.pointer,
    schema: schema.value,
    example: resolved.value['example'] ?? schema.value['example'],
  };
}

function describeRequestBody(document: OpenApiDocument, pointer: string): RequestBodyDescription {
  const resolved = resolveReference<Node>(document, pointer);

  return {
    required: resolved.value['required'] === true,
    content: describeContent(document, resolved.pointer, resolved.value),
  };
}

function describeResponse(
  document: OpenApiDocument,
  status: string,
  pointer: string,
): ResponseDescription {
  const resolved = resolveReference<Node>(document, pointer);
  const headers = Object.keys((resolved.value['headers'] ?? {}) as Node).map((name) => {
    const header = resolveReference<Node>(
      document,
      childPointer(resolved.pointer, 'headers', name),
    );
    const schema = resolveReference<Node>(document, childPointer(header.pointer, 'schema'));

    return {
      name: name.toLowerCase(),
      required: header.value['required'] === true,
      schemaPointer: schema.pointer,
      schema: schema.value,
    };
  });

  return { status, headers, content: describeContent(document, resolved.pointer, resolved.value) };
}

function describeContent(document: OpenApiDocument, owner: string, node: Node): MediaDescription[] {
  const content = (node['content'] ?? {}) as Record<string, Node>;

  return Object.entries(content).map(([mediaType, media]) => {
    const mediaPointer = childPointer(owner, 'content', mediaType);
    const schemaPointer =
      media['schema'] === undefined
        ? undefined
        : resolveReference(document, childPointer(mediaPointer, 'schema')).pointer;
    const examples = Object.keys((media['examples'] ?? {}) as Node).map((name) => ({
      name,
      value: resolveReference<Node>(document, childPointer(mediaPointer, 'examples', name)).value[
        'value'
      ],
    }));

    return { mediaType: mediaType.toLowerCase(), schemaPointer, examples };
  });
}

function describeSecurity(
  document: OpenApiDocument,
  requirements: unknown,
): SecuritySchemeDescription[][] {
  if (!Array.isArray(requirements)) return [];
  return requirements.map((requirement: Node) =>
    Object.keys(requirement).map((name) => {
      const pointer = childPointer('/components/securitySchemes', name);
      const scheme = resolveReference<Node>(document, pointer).value;

      return {
        name,
        type: String(scheme['type']),
        scheme: typeof scheme['scheme'] === 'string' ? scheme['scheme'].toLowerCase() : undefined,
        in: typeof scheme['in'] === 'string' ? scheme['in'] : undefined,
        parameterName: typeof scheme['name'] === 'string' ? scheme['name'] : undefined,
      };
    }),
  );
}
