// The vendor's own response sample, taken verbatim from its reference page, must satisfy the
// contract's 200 schema; the contract's examples must too. Breaking a copy of the sample
// proves the check bites.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { SchemaValidator, loadContract } from '../src/index';

const REFERENCE_PAGE = join(__dirname, '../../../openapi/reference/vendor-reference-page.md');
const PAGE_SCHEMA = '#/components/schemas/ScanProfilePage';

/** The JSON block under "## Response Sample", without the `//` comments the vendor added. */
function vendorResponseSample(): unknown {
  const page = readFileSync(REFERENCE_PAGE, 'utf8');
  const section = page.slice(page.indexOf('## Response Sample'));
  const block = /```json\s*([\s\S]*?)```/.exec(section)?.[1];
  if (block === undefined) throw new Error(`No JSON response sample in ${REFERENCE_PAGE}`);

  return JSON.parse(stripLineComments(block));
}

/** Removes `// ...` up to the end of a line, except inside JSON strings. */
function stripLineComments(text: string): string {
  return text.replace(/("(?:\\.|[^"\\])*")|\/\/[^\n]*/g, (match, string?: string) => string ?? '');
}

const contract = loadContract();
const validatePage = new SchemaValidator(contract).validatorFor(PAGE_SCHEMA);

describe("the vendor's response sample", () => {
  const sample = vendorResponseSample() as { data: Array<Record<string, unknown>> };

  it('satisfies the 200 schema', () => {
    expect(validatePage(sample)).toEqual([]);
  });

  it.each([
    ['scanMode as a string', '/data/0/scanMode', '0', 'enum'],
    ['scanMode outside 0 and 1', '/data/0/scanMode', 2, 'enum'],
    ['modifiedTime not a date-time', '/data/0/modifiedTime', 'yesterday', 'format'],
    ['profileName missing', '/data/0/profileName', undefined, 'required'],
  ])('breaks the schema with %s', (_, pointer, value, rule) => {
    const broken = structuredClone(sample);
    const field = pointer.split('/').pop() as string;
    if (value === undefined) delete broken.data[0]?.[field];
    else (broken.data[0] as Record<string, unknown>)[field] = value;

    expect(validatePage(broken)).toContainEqual(expect.objectContaining({ pointer, rule }));
  });
});

describe("the contract's own 200 examples", () => {
  const examples = contract.components['examples'] as Record<string, { value: unknown }>;
  const operation = contract.paths[
    '/partner/external/v3/general/customers/{customerId}/scan-profiles/batch'
  ]?.['post'] as { responses: Record<string, { content: Record<string, { examples: object }> }> };
  const named = operation.responses['200']?.content['application/json']?.examples ?? {};

  it.each(Object.keys(named))('%s satisfies the 200 schema', (name) => {
    const example = (named as Record<string, { $ref?: string; value?: unknown }>)[name];
    const value = example?.$ref
      ? examples[example.$ref.split('/').pop() as string]?.value
      : example?.value;

    expect(value).toBeDefined();
    expect(validatePage(value)).toEqual([]);
  });
});
