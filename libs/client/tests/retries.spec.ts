// Retries against a server that fails on purpose: what is retried, how long the client
// waits, and when it gives up.
import {
  HttpError,
  NetworkError,
  createScanProfilesClient,
  type RetryOptions,
} from '../src/index.js';
import { parseRetryAfter } from '../src/http/retry-after.js';
import { backoffDelayMs, DEFAULT_RETRY_POLICY } from '../src/http/retry-policy.js';
import { CUSTOMER_ID, onePage } from './support/scan-profiles-api.js';
import { freePortForTests } from './support/free-port.js';
import { listOnce } from './support/list-once.js';
import { sendJson, startServer, type Handler } from './support/scripted-server.js';

/** Answers with `failures` in turn, then with a page. */
function failingThen(...failures: Array<[number, Record<string, string>?]>): Handler {
  let calls = 0;
  return (_request, response) => {
    const failure = failures[calls++];
    if (!failure) return onePage(response);

    const [status, headers] = failure;
    sendJson(response, status, { statusCode: status, message: 'scripted failure' }, headers);
  };
}

function call(handler: Handler, retry: RetryOptions = { baseDelayMs: 5 }) {
  return listOnce(handler, { retry });
}

describe('a response worth retrying', () => {
  it('429 with Retry-After in seconds, then 200: waits that long, then succeeds', async () => {
    const run = await call(failingThen([429, { 'retry-after': '1' }]));

    expect(run.page?.data).toHaveLength(1);
    expect(run.requests).toBe(2);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(950);
  });

  it('429 with Retry-After as an HTTP date, then 200: waits until then', async () => {
    const inASecond = new Date(Date.now() + 1_000).toUTCString();

    const run = await call(failingThen([429, { 'retry-after': inASecond }]));

    expect(run.page?.data).toHaveLength(1);
    expect(run.requests).toBe(2);
    expect(run.elapsedMs).toBeGreaterThanOrEqual(900);
  });

  it('503 twice, then 200: succeeds on the third attempt', async () => {
    const run = await call(failingThen([503], [503]));

    expect(run.page?.data).toHaveLength(1);
    expect(run.requests).toBe(3);
  });

  it.each([429, 502, 503, 504])('%s every time: gives up after maxAttempts', async (status) => {
    const run = await call(failingThen([status], [status], [status], [status]));

    expect(run.error).toBeInstanceOf(HttpError);
    expect(run.error).toMatchObject({ status });
    expect(run.requests).toBe(DEFAULT_RETRY_POLICY.maxAttempts);
  });

  it('a dropped connection, then 200: succeeds on the second attempt', async () => {
    let calls = 0;
    const run = await call((_request, response) => {
      if (calls++ === 0) return response.socket?.destroy();
      onePage(response);
    });

    expect(run.page?.data).toHaveLength(1);
    expect(run.requests).toBe(2);
  });

  it('a refused connection every time: a NetworkError naming the code', async () => {
    const port = await freePortForTests();
    const client = createScanProfilesClient({
      baseUrl: `http://127.0.0.1:${port}`,
      auth: { token: 't' },
      retry: { baseDelayMs: 5 },
    });

    const failure = client.listScanProfiles(CUSTOMER_ID);

    await expect(failure).rejects.toBeInstanceOf(NetworkError);
    await expect(failure).rejects.toMatchObject({ code: 'ECONNREFUSED' });
  });
});

describe('a response not worth retrying', () => {
  it.each([400, 401, 403, 404, 500])('%s fails at once', async (status) => {
    const run = await call(failingThen([status]));

    expect(run.error).toMatchObject({ status });
    expect(run.requests).toBe(1);
  });

  it('429 asking for a longer wait than maxDelayMs fails at once, saying how long', async () => {
    const run = await call(failingThen([429, { 'retry-after': '120' }]), { maxDelayMs: 10_000 });

    expect(run.error).toMatchObject({ status: 429, retryAfter: 120 });
    expect(run.requests).toBe(1);
    expect(run.elapsedMs).toBeLessThan(1_000);
  });

  it('with maxAttempts 1 nothing is retried', async () => {
    const run = await call(failingThen([503]), { maxAttempts: 1 });

    expect(run.error).toMatchObject({ status: 503 });
    expect(run.requests).toBe(1);
  });
});

describe("the caller's signal", () => {
  it('ends a wait for Retry-After at once', async () => {
    const server = await startServer(failingThen([429, { 'retry-after': '10' }]));
    const client = createScanProfilesClient({ baseUrl: server.url, auth: { token: 't' } });
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('stop waiting')), 100);

    const started = Date.now();
    await expect(
      client.listScanProfiles(CUSTOMER_ID, { signal: controller.signal }),
    ).rejects.toThrow('stop waiting');

    expect(Date.now() - started).toBeLessThan(1_000);
    expect(server.requests).toHaveLength(1);
    await server.close();
  });

  it('already aborted sends nothing', async () => {
    const server = await startServer(failingThen());
    const client = createScanProfilesClient({ baseUrl: server.url, auth: { token: 't' } });

    const failure = client.listScanProfiles(CUSTOMER_ID, { signal: AbortSignal.abort() });

    await expect(failure).rejects.toMatchObject({ name: 'AbortError' });
    expect(server.requests).toHaveLength(0);
    await server.close();
  });
});

describe('the waits', () => {
  const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 300 };

  it.each([
    ['first retry, least jitter', 1, 0, 50],
    ['first retry, most jitter', 1, 1, 100],
    ['second retry doubles', 2, 1, 200],
    ['third retry is capped', 3, 1, 300],
    ['tenth retry is still capped', 10, 0, 150],
  ])('backoff: %s', (_, retry, random, expected) => {
    expect(backoffDelayMs(policy, retry, () => random)).toBe(expected);
  });

  const now = Date.UTC(2025, 10, 20, 11, 30, 0);
  it.each([
    ['seconds', '30', 30],
    ['zero seconds', '0', 0],
    ['an HTTP date 90 s ahead', new Date(now + 90_000).toUTCString(), 90],
    ['an HTTP date in the past', new Date(now - 5_000).toUTCString(), 0],
    ['a negative number', '-5', undefined],
    ['nonsense', 'soon', undefined],
    ['no header', null, undefined],
  ])('Retry-After: %s', (_, header, expected) => {
    expect(parseRetryAfter(header, now)).toBe(expected);
  });
});
