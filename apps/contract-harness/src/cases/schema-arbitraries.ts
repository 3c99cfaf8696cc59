import fc from 'fast-check';

import {
  escapePointerToken,
  resolveReference,
  type OpenApiDocument,
} from '@scan-profiles/contract';

type Schema = Record<string, unknown>;

/** How a value travels: as JSON in a body, or as text in a path, a query or a header. */
export type Encoding = 'json' | 'text';

/** A value that breaks a schema in one known way; `pointer` is where, inside the value. */
export interface BrokenValue {
  value: unknown;
  pointer: string;
}

/** One way to break a schema: the rule broken, where in the schema, and values that do it. */
export interface Mutation {
  rule: string;
  /** Where in the schema, with `*` for any array item: `/scanProfileIds/*`. */
  where: string;
  arbitrary: fc.Arbitrary<BrokenValue>;
}

const INT32 = { min: -(2 ** 31), max: 2 ** 31 - 1 };
const UUID = /^(?:urn:uuid:)?[0-9a-f]{8}-(?:[0-9a-f]{4}-){3}[0-9a-f]{12}$/i;
const DATE_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?(Z|[+-]\d\d:\d\d)$/i;
// Generated arrays stay short: a case is about one broken rule, not about volume.
const MAX_ITEMS = 5;
const OUT_OF_RANGE = 1000;

/**
 * fast-check arbitraries read from the document's schemas: values a schema accepts, and for
 * each rule it states, values that break that rule and only it. Covers the OpenAPI 3.0 subset
 * the document uses: types, enum, minimum/maximum, int32/int64/uuid/date-time formats, string
 * lengths, array items and sizes, object properties, required and additionalProperties.
 * Composition (allOf, oneOf, anyOf) and `pattern` are not generated: the document has none.
 */
export class SchemaArbitraries {
  constructor(private readonly document: OpenApiDocument) {}

  valid(input: Schema): fc.Arbitrary<unknown> {
    const schema = this.resolve(input);
    if (Array.isArray(schema['enum'])) return fc.constantFrom(...(schema['enum'] as unknown[]));

    switch (schema['type']) {
      case 'integer':
        return fc.integer(integerRange(schema));
      case 'number':
        return fc.double({ ...numberRange(schema), noNaN: true, noDefaultInfinity: true });
      case 'boolean':
        return fc.boolean();
      case 'string':
        return validString(schema);
      case 'array':
        return fc.array(this.valid(this.items(schema)), arraySize(schema));
      case 'object':
        return this.validObject(schema);
      default:
        return fc.jsonValue({ maxDepth: 2 });
    }
  }

  /** Every way to break the schema, each as values that break exactly that rule. */
  invalid(input: Schema, encoding: Encoding): Mutation[] {
    const schema = this.resolve(input);
    const own = (rule: string, values: fc.Arbitrary<unknown> | undefined): Mutation[] =>
      values === undefined
        ? []
        : [{ rule, where: '', arbitrary: values.map((value) => ({ value, pointer: '' })) }];

    const mutations = [
      ...own('type', wrongType(schema, encoding)),
      ...own('enum', outsideEnum(schema)),
      ...own('minimum', belowMinimum(schema)),
      ...own('maximum', aboveMaximum(schema)),
      ...own('format', wrongFormat(schema)),
      ...own('minLength', shorterString(schema)),
      ...own('maxLength', longerString(schema)),
    ];

    // Arrays and objects cannot be written as text without a style to read them back.
    if (encoding === 'json' && schema['type'] === 'array')
      mutations.push(...this.brokenArray(schema));
    if (encoding === 'json' && schema['type'] === 'object')
      mutations.push(...this.brokenObject(schema));

    if (encoding === 'json') return mutations;
    return mutations.map((mutation) => ({
      ...mutation,
      arbitrary: mutation.arbitrary.map((broken) => ({ ...broken, value: String(broken.value) })),
    }));
  }

  private resolve(schema: Schema): Schema {
    const ref = schema['$ref'];
    return typeof ref === 'string'
      ? resolveReference<Schema>(this.document, ref.slice(1)).value
      : schema;
  }

  private items(schema: Schema): Schema {
    return this.resolve((schema['items'] ?? {}) as Schema);
  }

  private properties(schema: Schema): Record<string, Schema> {
    return (schema['properties'] ?? {}) as Record<string, Schema>;
  }

  private validObject(schema: Schema): fc.Arbitrary<Record<string, unknown>> {
    const properties = this.properties(schema);
    const model = Object.fromEntries(
      Object.entries(properties).map(([name, property]) => [name, this.valid(property)]),
    );
    const requiredKeys = ((schema['required'] ?? []) as string[]).filter((name) => name in model);

    return fc.record(model, { requiredKeys }) as fc.Arbitrary<Record<string, unknown>>;
  }

  private brokenArray(schema: Schema): Mutation[] {
    const validItem = this.valid(this.items(schema));
    const itemMutations = this.invalid(this.items(schema), 'json').map((mutation) => ({
      rule: mutation.rule,
      where: `/*${mutation.where}`,
      arbitrary: fc
        .tuple(fc.array(validItem, { maxLength: MAX_ITEMS - 1 }), mutation.arbitrary, fc.nat())
        .map(([items, broken, position]) => {
          const index = position % (items.length + 1);
          items.splice(index, 0, broken.value);
          return { value: items, pointer: `/${index}${broken.pointer}` };
        }),
    }));

    const maxItems = schema['maxItems'];
    const tooMany =
      typeof maxItems === 'number' && maxItems < 1000
        ? [
            {
              rule: 'maxItems',
              where: '',
              arbitrary: fc
                .array(validItem, { minLength: maxItems + 1, maxLength: maxItems + 3 })
                .map((value) => ({ value, pointer: '' })),
            },
          ]
        : [];

    return [...itemMutations, ...tooMany];
  }

  private brokenObject(schema: Schema): Mutation[] {
    const properties = this.properties(schema);
    const validObject = this.validObject(schema);
    const mutations: Mutation[] = [];

    for (const [name, property] of Object.entries(properties)) {
      const token = `/${escapePointerToken(name)}`;
      for (const mutation of this.invalid(property, 'json')) {
        mutations.push({
          rule: mutation.rule,
          where: `${token}${mutation.where}`,
          arbitrary: fc.tuple(validObject, mutation.arbitrary).map(([value, broken]) => ({
            value: { ...value, [name]: broken.value },
            pointer: `${token}${broken.pointer}`,
          })),
        });
      }
    }

    for (const name of (schema['required'] ?? []) as string[]) {
      mutations.push({
        rule: 'required',
        where: `/${escapePointerToken(name)}`,
        arbitrary: validObject.map((value) => {
          const rest = { ...value };
          delete rest[name];
          return { value: rest, pointer: `/${escapePointerToken(name)}` };
        }),
      });
    }

    if (schema['additionalProperties'] === false) {
      const extraName = fc
        .stringMatching(/^[a-z][a-zA-Z0-9]{0,11}$/)
        .filter((name) => !(name in properties));
      mutations.push({
        rule: 'additionalProperties',
        where: '',
        arbitrary: fc
          .tuple(validObject, extraName, fc.oneof(fc.string(), fc.integer(), fc.boolean()))
          .map(([value, name, extra]) => ({ value: { ...value, [name]: extra }, pointer: '' })),
      });
    }

    return mutations;
  }
}

function integerRange(schema: Schema): { min: number; max: number } {
  const bounds =
    schema['format'] === 'int32'
      ? INT32
      : { min: Number.MIN_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER };
  const { min, max } = numberRange(schema);

  return { min: Math.max(bounds.min, Math.ceil(min)), max: Math.min(bounds.max, Math.floor(max)) };
}

// OpenAPI 3.0 writes an exclusive bound as a boolean beside `minimum`/`maximum`.
function numberRange(schema: Schema): { min: number; max: number } {
  const minimum = typeof schema['minimum'] === 'number' ? schema['minimum'] : -(2 ** 53);
  const maximum = typeof schema['maximum'] === 'number' ? schema['maximum'] : 2 ** 53;

  return {
    min: schema['exclusiveMinimum'] === true ? minimum + 1 : minimum,
    max: schema['exclusiveMaximum'] === true ? maximum - 1 : maximum,
  };
}

function arraySize(schema: Schema): { minLength: number; maxLength: number } {
  const minLength = typeof schema['minItems'] === 'number' ? schema['minItems'] : 0;
  const maxItems = typeof schema['maxItems'] === 'number' ? schema['maxItems'] : MAX_ITEMS;

  return { minLength, maxLength: Math.max(minLength, Math.min(maxItems, MAX_ITEMS)) };
}

function validString(schema: Schema): fc.Arbitrary<string> {
  switch (schema['format']) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return validDate().map((date) => date.toISOString());
    case 'date':
      return validDate().map((date) => date.toISOString().slice(0, 10));
    default:
      return fc.string({
        minLength: typeof schema['minLength'] === 'number' ? schema['minLength'] : 0,
        maxLength: typeof schema['maxLength'] === 'number' ? schema['maxLength'] : 40,
      });
  }
}

function validDate(): fc.Arbitrary<Date> {
  const min = new Date('1970-01-01T00:00:00Z');
  const max = new Date('2100-01-01T00:00:00Z');
  return fc.date({ min, max, noInvalidDate: true });
}

/**
 * Values of another JSON type. As text only some types can be told apart: `abc`, `1.5` and
 * `true` are not integers, but any text is a string.
 */
function wrongType(schema: Schema, encoding: Encoding): fc.Arbitrary<unknown> | undefined {
  const type = schema['type'];
  if (typeof type !== 'string') return undefined;

  const letters = fc.stringMatching(/^[a-z]{1,8}$/);
  const fraction = fc
    .tuple(fc.integer({ min: -1000, max: 1000 }), fc.integer({ min: 1, max: 9 }))
    .map(([whole, tenths]) => `${whole}.${tenths}`);

  if (encoding === 'text') {
    if (type === 'integer') return fc.oneof(letters, fraction, fc.constantFrom('true', 'false'));
    if (type === 'number') return fc.oneof(letters, fc.constantFrom('true', 'false'));
    if (type === 'boolean') return fc.oneof(letters.filter(isNotBoolean), fc.integer().map(String));
    return undefined;
  }

  const byType: Record<string, fc.Arbitrary<unknown>> = {
    string: fc.string(),
    integer: fc.integer(),
    number: fraction.map(Number),
    boolean: fc.boolean(),
    null: fc.constant(null),
    array: fc.array(fc.integer(), { maxLength: 3 }),
    object: fc.dictionary(letters, fc.integer(), { maxKeys: 3 }),
  };
  // An integer is a number too, so only a fraction is the wrong type for `number`'s sake.
  const accepted = type === 'number' ? ['number', 'integer'] : [type];
  if (schema['nullable'] === true) accepted.push('null');

  return fc.oneof(
    ...Object.entries(byType)
      .filter(([name]) => !accepted.includes(name))
      .map(([, arbitrary]) => arbitrary),
  );
}

function isNotBoolean(text: string): boolean {
  return text !== 'true' && text !== 'false';
}

function outsideEnum(schema: Schema): fc.Arbitrary<unknown> | undefined {
  const values = schema['enum'];
  if (!Array.isArray(values)) return undefined;

  const candidates: fc.Arbitrary<unknown> =
    schema['type'] === 'string' ? fc.string() : fc.integer(integerRange({}));
  return candidates.filter((value) => !values.includes(value));
}

function belowMinimum(schema: Schema): fc.Arbitrary<number> | undefined {
  if (!isNumeric(schema) || typeof schema['minimum'] !== 'number') return undefined;

  const last = numberRange(schema).min - 1;
  return fc.integer({ min: Math.ceil(last) - OUT_OF_RANGE, max: Math.ceil(last) });
}

function aboveMaximum(schema: Schema): fc.Arbitrary<number> | undefined {
  if (!isNumeric(schema) || typeof schema['maximum'] !== 'number') return undefined;

  const first = numberRange(schema).max + 1;
  return fc.integer({ min: Math.floor(first), max: Math.floor(first) + OUT_OF_RANGE });
}

// An int32 out of range breaks the format only where no maximum or minimum already forbids it.
function wrongFormat(schema: Schema): fc.Arbitrary<unknown> | undefined {
  switch (schema['format']) {
    case 'int32': {
      const sides: fc.Arbitrary<number>[] = [];
      if (typeof schema['maximum'] !== 'number') {
        sides.push(fc.integer({ min: INT32.max + 1, max: INT32.max + OUT_OF_RANGE }));
      }
      if (typeof schema['minimum'] !== 'number') {
        sides.push(fc.integer({ min: INT32.min - OUT_OF_RANGE, max: INT32.min - 1 }));
      }
      return sides.length === 0 ? undefined : fc.oneof(...sides);
    }
    case 'uuid':
      return fc.stringMatching(/^[0-9a-z-]{1,40}$/).filter((text) => !UUID.test(text));
    case 'date-time':
      return fc
        .oneof(
          fc.constantFrom('yesterday', '2025-13-01T00:00:00Z', '2025-09-11 03:19:14'),
          fc.stringMatching(/^[a-z]{1,12}$/),
        )
        .filter((text) => !DATE_TIME.test(text));
    default:
      return undefined;
  }
}

function shorterString(schema: Schema): fc.Arbitrary<string> | undefined {
  const minLength = schema['minLength'];
  if (schema['type'] !== 'string' || typeof minLength !== 'number' || minLength === 0) {
    return undefined;
  }
  return fc.string({ maxLength: minLength - 1 });
}

function longerString(schema: Schema): fc.Arbitrary<string> | undefined {
  const maxLength = schema['maxLength'];
  if (schema['type'] !== 'string' || typeof maxLength !== 'number') return undefined;

  return fc.string({ minLength: maxLength + 1, maxLength: maxLength + 20 });
}

function isNumeric(schema: Schema): boolean {
  return schema['type'] === 'integer' || schema['type'] === 'number';
}
