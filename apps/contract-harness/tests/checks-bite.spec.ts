// Suite 5: the checks can fail. A provider that breaks the contract in one known way at a
// time must make the harness report that violation, at that pointer, and nothing else, while
// the caller still gets the provider's answer unchanged. Without this a green run proves
// nothing.
import { VIOLATIONS_HEADER } from '../src/routes/exchange-recorder';
import type { RequestCase } from '../src/cases/request-case';
import { TOKEN, operation } from './support/contract-fixture';
import { startHarness, type HarnessUnderTest } from './support/harness-under-test';
import {
  MISBEHAVIOUR_HEADER,
  startWrongUpstream,
  type Misbehaviour,
  type WrongUpstream,
} from './support/wrong-upstream';

const PATH = operation.pathTemplate.replace('{customerId}', 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3');
let upstream: WrongUpstream;
let harness: HarnessUnderTest;

function misbehaving(misbehaviour: Misbehaviour, query: Array<[string, string]> = []): RequestCase {
  return {
    method: 'POST',
    path: PATH,
    query,
    headers: { authorization: `Bearer ${TOKEN}`, [MISBEHAVIOUR_HEADER]: misbehaviour },
    body: undefined,
  };
}

beforeAll(async () => {
  upstream = await startWrongUpstream();
  harness = await startHarness({ upstream: upstream.url });
});

afterAll(async () => {
  await harness?.stop();
  await upstream?.stop();
});

const wrongAnswers: Array<[string, Misbehaviour, number, string, string]> = [
  ['scanMode as a string', 'scan-mode-as-string', 200, 'type', '/body/data/0/scanMode'],
  ['totalCount missing', 'missing-total-count', 200, 'required', '/body/metadata/totalCount'],
  ['a status the document does not declare', 'undeclared-status', 418, 'status', '/status'],
  ['a text/html body', 'html-body', 200, 'content-type', '/headers/content-type'],
  [
    'a 429 without Retry-After',
    'rate-limit-without-retry-after',
    429,
    'required',
    '/headers/retry-after',
  ],
  [
    'a Retry-After that is not a number',
    'retry-after-not-a-number',
    429,
    'type',
    '/headers/retry-after',
  ],
  ['a JSON body that does not parse', 'json-that-is-not', 200, 'json', '/body'],
  [
    'modifiedTime not a date-time',
    'modified-time-not-a-date',
    200,
    'format',
    '/body/data/0/modifiedTime',
  ],
  [
    'pageSize over 100 in the metadata',
    'page-size-over-maximum',
    200,
    'maximum',
    '/body/metadata/pageSize',
  ],
];

it.each(wrongAnswers)(
  '%s (%s): status %i, reported as rule %s at %s',
  async (_, misbehaviour, status, rule, pointer) => {
    const observed = await harness.send(misbehaving(misbehaviour));
    const violations = observed.record?.violations ?? [];

    expect(observed.status).toBe(status);
    expect(violations).toContainEqual(expect.objectContaining({ side: 'response', rule, pointer }));
    expect(new Set(violations.map((found) => found.pointer))).toEqual(new Set([pointer]));
    expect(observed.headers[VIOLATIONS_HEADER]).toBe(String(violations.length));
  },
);

it('reports a provider that accepts an invalid request (pageSize=101 answered 200)', async () => {
  const observed = await harness.send(misbehaving('conforming', [['pageSize', '101']]));

  expect(observed.record?.violations).toEqual([
    expect.objectContaining({ side: 'request', rule: 'maximum', pointer: '/query/pageSize' }),
    expect.objectContaining({
      side: 'response',
      rule: 'accepts-invalid-request',
      pointer: '/status',
    }),
  ]);
});

it.each<[string, Misbehaviour]>([
  ['a conforming answer', 'conforming'],
  ['a conforming answer compressed with gzip', 'gzip-conforming'],
])('reports nothing for %s', async (_, misbehaviour) => {
  const observed = await harness.send(misbehaving(misbehaviour));

  expect(observed.status).toBe(200);
  expect(observed.record?.violations).toEqual([]);
  expect(observed.headers[VIOLATIONS_HEADER]).toBe('0');
});

it('passes the answer on unchanged: status text, headers and body bytes', async () => {
  const direct = await fetch(`${upstream.url}${PATH}`, {
    method: 'POST',
    headers: { [MISBEHAVIOUR_HEADER]: 'custom-headers' },
  });
  const through = await fetch(`${harness.url}${PATH}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${TOKEN}`, [MISBEHAVIOUR_HEADER]: 'custom-headers' },
  });

  expect(through.status).toBe(direct.status);
  expect(through.statusText).toBe('Fine Indeed');
  expect(through.headers.get('x-provider-trace')).toBe('trace-123');
  expect(through.headers.get('content-type')).toBe(direct.headers.get('content-type'));
  expect(await through.text()).toBe(await direct.text());
});

describe('in strict mode', () => {
  let strict: HarnessUnderTest;

  beforeAll(async () => {
    strict = await startHarness({ upstream: upstream.url, strict: true });
  });

  afterAll(async () => {
    await strict?.stop();
  });

  it('answers a violating exchange with a 502 problem listing the violations', async () => {
    const observed = await strict.send(misbehaving('missing-total-count'));

    expect(observed.status).toBe(502);
    expect(observed.headers['content-type']).toBe('application/problem+json');
    expect(JSON.parse(observed.body)).toMatchObject({
      status: 502,
      title: 'Contract violation',
      violations: [{ side: 'response', rule: 'required', pointer: '/body/metadata/totalCount' }],
    });
  });

  it('passes a conforming exchange through', async () => {
    const observed = await strict.send(misbehaving('conforming'));

    expect(observed.status).toBe(200);
  });
});
