import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';

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

  /** A validator for the schema at `pointer` in the document, e.g. `#/components/schemas/X`. */
  validatorFor(pointer: string): Validate {
    let validate = this.compiled.get(pointer);
    if (!validate) {
      validate = this.ajv.compile({ $ref: `${DOCUMENT_ID}${pointer}` });
      this.compiled.set(pointer, validate);
    }

    const compiled = validate;
    return (value) =>
      compiled(value) ? [] : (compiled.errors ?? []).map((e) => toViolation(e, value));
  }
}

function isInt32(value: number): boolean {
  return Number.isInteger(value) && value >= -(2 ** 31) && value < 2 ** 31;
}

function toViolation(error: ErrorObject, root: unknown): SchemaViolation {
  // A missing required property is reported on its parent; point at the property instead.
  const missing = error.keyword === 'required' ? String(error.params['missingProperty']) : null;
  const pointer =
    missing === null ? error.instancePath : `${error.instancePath}/${escape(missing)}`;

  return {
    pointer,
    rule: error.keyword,
    message: error.message ?? error.keyword,
    valueType: jsonTypeOf(valueAt(root, pointer)),
  };
}

function escape(token: string): string {
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

/** Reads the value a JSON pointer names, or `undefined` when the path does not exist. */
export function valueAt(root: unknown, pointer: string): unknown {
  if (pointer === '') return root;

  let node: unknown = root;
  for (const raw of pointer.slice(1).split('/')) {
    const token = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[token];
  }
  return node;
}

/** The JSON type name of a value: `null`, `array`, `integer`, `number`, `string`... */
export function jsonTypeOf(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}
