// The harness never crashes on what comes in or goes out, and never lets a secret into its
// report or its log. Each failure becomes a problem response and the next exchange works.
import { freePort } from '@scan-profiles/tools/mock';

import type { RequestCase } from '../src/cases/request-case';
import type { HarnessReport } from '../src/report/exchange-log';
import { REPORT_PATH } from '../src/routes/report-route';
import { TOKEN, operation } from './support/contract-fixture';
import { startHarness, type HarnessUnderTest } from './support/harness-under-test';
import {
  MISBEHAVIOUR_HEADER,
  startWrongUpstream,
  type WrongUpstream,
} from './support/wrong-upstream';

const PATH = operation.pathTemplate.replace('{customerId}', 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3');
const SECRET = 'secret-token-do-not-print';
let upstream: WrongUpstream;

function call(
  headers: Record<string, string> = {},
  overrides: Partial<RequestCase> = {},
): RequestCase {
  return {
    method: 'POST',
    path: PATH,
    query: [],
    headers: { authorization: `Bearer ${TOKEN}`, [MISBEHAVIOUR_HEADER]: 'conforming', ...headers },
    body: undefined,
    ...overrides,
  };
}

async function withHarness(
  options: Partial<Parameters<typeof startHarness>[0]>,
  use: (harness: HarnessUnderTest) => Promise<void>,
): Promise<void> {
  const harness = await startHarness({ upstream: upstream.url, ...options });
  try {
    await use(harness);
  } finally {
    await harness.stop();
  }
}

beforeAll(async () => {
  upstream = await startWrongUpstream();
});

afterAll(async () => {
  await upstream?.stop();
});

describe('an upstream that fails', () => {
  it.each([
    [
      'answers too late',
      { upstreamTimeoutMs: 200 },
      { 'x-delay-ms': '1000' },
      504,
      'Upstream timeout',
    ],
    [
      'answers with too much',
      { upstreamBodyLimitBytes: 1024 },
      { [MISBEHAVIOUR_HEADER]: 'huge-answer' },
      502,
      'Upstream body too large',
    ],
  ])(
    '%s gets a problem, and the next exchange works',
    async (_, options, headers, status, title) => {
      await withHarness(options, async (harness) => {
        const failed = await harness.send(call(headers));
        const next = await harness.send(call());

        expect(failed.status).toBe(status);
        expect(failed.headers['content-type']).toBe('application/problem+json');
        expect(JSON.parse(failed.body)).toMatchObject({ status, title });
        expect(next.status).toBe(200);
      });
    },
  );

  it('that cannot be reached gets a 502 problem naming the method and path', async () => {
    const nobody = `http://127.0.0.1:${await freePort()}`;
    const harness = await startHarness({ upstream: nobody });

    try {
      const failed = await harness.send(call());

      expect(failed.status).toBe(502);
      expect(JSON.parse(failed.body)).toMatchObject({
        title: 'Upstream unreachable',
        detail: `The upstream could not be reached (ECONNREFUSED): POST ${PATH}`,
      });
    } finally {
      await harness.stop();
    }
  });
});

describe('a request the harness answers itself', () => {
  it.each([
    [
      'a body over the limit',
      413,
      call({ 'content-type': 'application/json' }, { body: `"${'x'.repeat(2048)}"` }),
      'body-limit',
    ],
    ['an unknown path', 404, call({}, { path: '/partner/external/v3/unknown' }), 'path'],
    ['an unknown method', 405, call({}, { method: 'DELETE' }), 'method'],
  ])('%s gets a %i problem and never reaches the upstream', async (_, status, request, rule) => {
    await withHarness({ bodyLimitBytes: 1024 }, async (harness) => {
      const before = upstream.hits();

      const observed = await harness.send(request);

      expect(observed.status).toBe(status);
      expect(JSON.parse(observed.body)).toMatchObject({ status, violations: [{ rule }] });
      expect(upstream.hits()).toBe(before);
    });
  });
});

describe('the report', () => {
  it('lists every exchange with its violations and counts them by rule', async () => {
    await withHarness({}, async (harness) => {
      await harness.send(call({ [MISBEHAVIOUR_HEADER]: 'missing-total-count' }));
      await harness.send(call({}, { query: [['pageSize', '0']] }));

      const report = (await fetch(`${harness.url}${REPORT_PATH}`).then((r) =>
        r.json(),
      )) as HarnessReport;

      expect(report.totals).toMatchObject({ exchanges: 2, violatingExchanges: 2, violations: 3 });
      expect(report.totals.byRule).toEqual(
        expect.arrayContaining([
          { side: 'response', rule: 'required', count: 1 },
          { side: 'request', rule: 'minimum', count: 1 },
          { side: 'response', rule: 'accepts-invalid-request', count: 1 },
        ]),
      );
      expect(report.exchanges.map((exchange) => exchange.operationId)).toEqual([
        'listScanProfiles',
        'listScanProfiles',
      ]);
    });
  });

  it('keeps a bounded number of exchanges but counts them all', async () => {
    await withHarness({ maxExchanges: 2 }, async (harness) => {
      for (let sent = 0; sent < 5; sent += 1) await harness.send(call());

      const report = (await fetch(`${harness.url}${REPORT_PATH}`).then((r) =>
        r.json(),
      )) as HarnessReport;

      expect(report.exchanges).toHaveLength(2);
      expect(report).toMatchObject({ totals: { exchanges: 5 }, omittedExchanges: 3 });
    });
  });

  it('and the log never show a credential', async () => {
    const lines: string[] = [];
    const upstreamWithSecret = upstream.url.replace('http://', `http://user:${SECRET}@`);

    await withHarness(
      { log: (line) => lines.push(line), upstream: upstreamWithSecret },
      async (harness) => {
        await harness.send(
          call(
            { authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET, cookie: `session=${SECRET}` },
            { query: [['access_token', SECRET]] },
          ),
        );

        const report = await fetch(`${harness.url}${REPORT_PATH}`).then((r) => r.text());

        expect(lines).toHaveLength(1);
        expect(lines.join('\n')).not.toContain(SECRET);
        expect(report).not.toContain(SECRET);
        expect(JSON.parse(report).exchanges[0].request.headers).toMatchObject({
          authorization: '[redacted]',
          'x-api-key': '[redacted]',
          cookie: '[redacted]',
        });
      },
    );
  });
});
