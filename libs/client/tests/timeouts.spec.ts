// Timeouts against a server that is slow on purpose: per attempt, retried, and reported.
import { TimeoutError } from '../src/index.js';
import { BATCH_PATH, onePage } from './support/scan-profiles-api.js';
import { listOnce } from './support/list-once.js';
import { delay, type Handler } from './support/scripted-server.js';

function call(handler: Handler, maxAttempts: number) {
  return listOnce(handler, { timeoutMs: 100, retry: { maxAttempts, baseDelayMs: 5 } });
}

describe('a response slower than the timeout', () => {
  const slow: Handler = async (_request, response) => {
    await delay(1_000);
    if (!response.destroyed) onePage(response);
  };

  it('fails with a TimeoutError once every attempt has timed out', async () => {
    const run = await call(slow, 2);

    expect(run.error).toBeInstanceOf(TimeoutError);
    expect(run.error).toMatchObject({
      message: `Request timed out after 100 ms: POST ${BATCH_PATH}`,
      timeoutMs: 100,
    });
    expect(run.requests).toBe(2);
    expect(run.elapsedMs).toBeLessThan(900);
  });

  it('that stalls mid-body times out too', async () => {
    const stalling: Handler = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.write('{"data":[');
    };

    const run = await call(stalling, 1);

    expect(run.error).toBeInstanceOf(TimeoutError);
  });

  it('only once is retried and succeeds', async () => {
    let calls = 0;
    const run = await call(
      (request, response) => (calls++ === 0 ? slow(request, response) : onePage(response)),
      3,
    );

    expect(run.page?.data).toHaveLength(1);
    expect(run.requests).toBe(2);
  });
});
