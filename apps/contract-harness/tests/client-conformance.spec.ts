// Suite 2: the client sends its requests through the harness to Prism. None of them breaks
// the contract, and what the client parses equals what came over the wire: the named
// examples, and pages the mock generates from the schema for options generated from it.
import { startMock, type RunningMock } from '@scan-profiles/tools/mock';

import { clientCases, runClientCase } from '../src/suites/client-conformance';
import { problemsIn } from '../src/suites/finding';
import { wireDifferences } from '../src/suites/wire-comparison';
import { SEED, TOKEN, contract, operation } from './support/contract-fixture';
import { startHarness, type HarnessUnderTest } from './support/harness-under-test';

const CUSTOMER_ID = String(
  operation.parameters.find((parameter) => parameter.name === 'customerId')?.example,
);
const cases = clientCases(contract, operation, { mock: true, seed: SEED, numRuns: 30 });
let mock: RunningMock;
let harness: HarnessUnderTest;

beforeAll(async () => {
  mock = await startMock({ seed: SEED });
  harness = await startHarness({ upstream: mock.url });
});

afterAll(async () => {
  await harness?.stop();
  await mock?.stop();
});

it.each(cases.map((clientCase) => [clientCase.name, clientCase] as const))(
  '%s: conforming requests, parsed as sent',
  async (_, clientCase) => {
    const run = { harnessUrl: harness.url, log: harness.harness.exchangeLog };

    const outcome = await runClientCase(clientCase, {
      ...run,
      customerId: CUSTOMER_ID,
      auth: { token: TOKEN },
    });

    expect(problemsIn(outcome.findings)).toEqual([]);
    expect(outcome.exchanges).toHaveLength(1);
  },
);

// The comparison itself must be able to fail, or a green suite 2 proves nothing.
describe('what the client parsed against what was sent', () => {
  const sent = {
    data: [{ profileId: 'a', scanMode: 1, modifiedTime: '2025-10-02T08:45:00Z' }],
    metadata: { totalCount: 5 },
  };
  type Page = {
    data: Array<Record<string, unknown>>;
    metadata: Record<string, unknown>;
  };
  const parsedAs = (change: (copy: Page) => void): Page => {
    const copy: Page = structuredClone(sent);
    copy.data[0]!['modifiedTime'] = new Date('2025-10-02T08:45:00.000Z');
    change(copy);
    return copy;
  };

  it.each([
    ['the same values, the date as a Date', parsedAs(() => undefined), []],
    [
      'another totalCount',
      parsedAs((copy) => (copy.metadata['totalCount'] = 4)),
      [{ severity: 'error', rule: 'client-parse', pointer: '/metadata/totalCount' }],
    ],
    [
      'another instant',
      parsedAs((copy) => (copy.data[0]!['modifiedTime'] = new Date(0))),
      [{ severity: 'error', rule: 'client-parse', pointer: '/data/0/modifiedTime' }],
    ],
    [
      'a dropped field',
      parsedAs((copy) => delete copy.data[0]!['scanMode']),
      [{ severity: 'warning', rule: 'client-drops-field', pointer: '/data/0/scanMode' }],
    ],
    [
      'an invented field',
      parsedAs((copy) => (copy.metadata['pageSize'] = 50)),
      [{ severity: 'error', rule: 'client-parse', pointer: '/metadata/pageSize' }],
    ],
  ])('%s', (_, parsed, want) => {
    expect(wireDifferences(parsed, sent)).toEqual(
      want.map((found) => expect.objectContaining(found)),
    );
  });
});
