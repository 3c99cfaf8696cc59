import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';

import { parse } from 'yaml';

/** The OpenAPI document of the endpoint, as the `@scan-profiles/openapi` package ships it. */
export const CONTRACT_PATH = require.resolve('@scan-profiles/openapi/scan-profiles.openapi.yaml');

export type OpenApiDocument = Record<string, unknown> & {
  paths: Record<string, Record<string, unknown>>;
  components: Record<string, Record<string, unknown>>;
};

/**
 * Reads the document and inlines every `$ref` to another file, so that what remains holds
 * only local `#/...` references and can be handed whole to a JSON Schema validator.
 */
export function loadContract(path: string = CONTRACT_PATH): OpenApiDocument {
  return inlineFileReferences(readYaml(path), dirname(path)) as OpenApiDocument;
}

function readYaml(path: string): unknown {
  try {
    return parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`Cannot read the OpenAPI document ${path}: ${(error as Error).message}`);
  }
}

function inlineFileReferences(node: unknown, baseDir: string): unknown {
  if (Array.isArray(node)) return node.map((item) => inlineFileReferences(item, baseDir));
  if (node === null || typeof node !== 'object') return node;

  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref === 'string' && !ref.startsWith('#')) {
    const file = resolve(baseDir, ref);
    return inlineFileReferences(readYaml(file), dirname(file));
  }

  return Object.fromEntries(
    Object.entries(node).map(([key, value]) => [key, inlineFileReferences(value, baseDir)]),
  );
}
