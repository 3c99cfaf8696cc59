// Suite 1: every status and every named example of the document, asked of Prism with its
// `Prefer` header, passes through the harness unchanged and with zero violations.
import { exampleCases } from '../src/cases/example-cases';
import { VIOLATIONS_HEADER } from '../src/routes/exchange-recorder';
import { problemsIn } from '../src/suites/finding';
import { judgeExample } from '../src/suites/judgements';
import { TOKEN, operation } from './support/contract-fixture';
import { harnessOverMock } from './support/harness-under-test';

const cases = exampleCases(operation, TOKEN);
const harness = harnessOverMock();

it('has a case for every declared status and every named example', () => {
  const declared = operation.responses.map((response) => Number(response.status));
  const examples = operation.responses.flatMap((response) => response.content[0]?.examples ?? []);

  expect(new Set(cases.map((example) => example.status))).toEqual(new Set(declared));
  expect(cases.filter((example) => example.body !== undefined)).toHaveLength(examples.length);
});

it.each(cases.map((example) => [example.name, example] as const))(
  '%s comes through as documented, with zero violations',
  async (_, example) => {
    const observed = await harness().send(example.request);

    expect(problemsIn(judgeExample(example, observed))).toEqual([]);
    expect(observed.headers[VIOLATIONS_HEADER]).toBe('0');
  },
);

it('lets the 429 through with its Retry-After header', async () => {
  const [rateLimited] = cases.filter((example) => example.status === 429);

  const observed = await harness().send(rateLimited!.request);

  expect(observed.headers['retry-after']).toMatch(/^\d+$/);
});
