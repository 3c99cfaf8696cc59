// Suite 4: requests generated from the document's schemas to satisfy it. Every one gets a
// documented answer that validates against its status's schema; from the mock, a 200.
import fc from 'fast-check';

import { RequestArbitraries } from '../src/cases/request-arbitraries';
import { problemsIn } from '../src/suites/finding';
import { judgeValidRequest } from '../src/suites/judgements';
import { SEED, TOKEN, contract, operation } from './support/contract-fixture';
import { harnessOverMock } from './support/harness-under-test';

const NUM_RUNS = 100;
const requests = new RequestArbitraries(contract, operation, {
  token: TOKEN,
  fixedPath: {},
  bodyLimitBytes: 1024 * 1024,
});
const harness = harnessOverMock();

it('answers every valid request with a conforming 200', async () => {
  await fc.assert(
    fc.asyncProperty(requests.valid(), async (request) => {
      const observed = await harness().send(request);

      expect(problemsIn(judgeValidRequest(observed, { strict: true, mock: true }))).toEqual([]);
      expect(observed.record?.violations).toEqual([]);
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
});

it('varies what it sends: paging, bodies and customers', () => {
  const generated = fc.sample(requests.valid(), { seed: SEED, numRuns: NUM_RUNS });

  expect(generated.filter((request) => request.body !== undefined).length).toBeGreaterThan(20);
  expect(generated.filter((request) => request.query.length === 0).length).toBeGreaterThan(0);
  expect(new Set(generated.map((request) => request.path)).size).toBeGreaterThan(50);
});
