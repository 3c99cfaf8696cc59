const NUMBER = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/**
 * Turns the text of a query parameter, path parameter or header into the value its schema
 * describes, so that `pageSize=101` is checked as the number 101. Text that does not read as
 * the schema's type stays text, and the schema then reports a `type` violation.
 *
 * Arrays follow OpenAPI's default query style (`form`, exploded): one repetition a value.
 */
export function parameterValue(raw: string | string[], schema: Record<string, unknown>): unknown {
  if (schema['type'] === 'array') {
    const items = (schema['items'] ?? {}) as Record<string, unknown>;
    const values = Array.isArray(raw) ? raw : [raw];
    return values.map((value) => scalarValue(value, items));
  }

  // A scalar given twice stays a list, which the schema refuses as the wrong type.
  return Array.isArray(raw) ? raw : scalarValue(raw, schema);
}

function scalarValue(raw: string, schema: Record<string, unknown>): unknown {
  switch (schema['type']) {
    case 'integer':
    case 'number':
      return NUMBER.test(raw) ? Number(raw) : raw;
    case 'boolean':
      return raw === 'true' ? true : raw === 'false' ? false : raw;
    default:
      return raw;
  }
}
