// Suite 3: requests generated from the document's schemas to break it, one rule at a time.
// Every one gets a 4xx and never a 5xx, none is accepted, the harness names the rule each one
// breaks at the right pointer, and it is still up afterwards.
import fc from 'fast-check';

import { RequestArbitraries } from '../src/cases/request-arbitraries';
import { problemsIn } from '../src/suites/finding';
import { judgeInvalidRequest, judgeValidRequest } from '../src/suites/judgements';
import { SEED, TOKEN, contract, operation } from './support/contract-fixture';
import { harnessOverMock } from './support/harness-under-test';

const NUM_RUNS = 200;
const BODY_LIMIT_BYTES = 64 * 1024;
const requests = new RequestArbitraries(contract, operation, {
  token: TOKEN,
  fixedPath: {},
  bodyLimitBytes: BODY_LIMIT_BYTES,
});
const harness = harnessOverMock({ bodyLimitBytes: BODY_LIMIT_BYTES });

it(`generates every kind of invalid request within ${NUM_RUNS} cases`, () => {
  const kinds = new Set(requests.invalidKinds().map((kind) => kind.kind));

  const generated = fc.sample(requests.invalid(), { seed: SEED, numRuns: NUM_RUNS });

  expect(new Set(generated.map((request) => request.kind))).toEqual(kinds);
  expect(kinds.size).toBeGreaterThanOrEqual(15);
});

it('answers every invalid request with a 4xx and names the rule it breaks', async () => {
  await fc.assert(
    fc.asyncProperty(requests.invalid(), async (request) => {
      const observed = await harness().send(request);

      expect(problemsIn(judgeInvalidRequest(request, observed, { strict: true }))).toEqual([]);
      expect(observed.status).toBeGreaterThanOrEqual(400);
      expect(observed.status).toBeLessThan(500);
    }),
    { seed: SEED, numRuns: NUM_RUNS },
  );
});

it('is still up afterwards: a valid request gets a conforming 200', async () => {
  const [valid] = fc.sample(requests.valid(), { seed: SEED, numRuns: 1 });

  const observed = await harness().send(valid!);

  expect(problemsIn(judgeValidRequest(observed, { strict: true, mock: true }))).toEqual([]);
  expect(observed.status).toBe(200);
});
