// One listScanProfiles call against a scripted server: what it returned or threw, how many
// requests it took to get there, and how long, for the tests of retries and timeouts.
import { createScanProfilesClient, type ScanProfilesClientOptions } from '../../src/index.js';
import { CUSTOMER_ID } from './scan-profiles-api.js';
import { startServer, type Handler } from './scripted-server.js';

export async function listOnce(
  handler: Handler,
  options: Omit<ScanProfilesClientOptions, 'baseUrl' | 'auth'>,
) {
  const server = await startServer(handler);
  const client = createScanProfilesClient({
    ...options,
    baseUrl: server.url,
    auth: { token: 't' },
  });

  const started = Date.now();
  const outcome = await client.listScanProfiles(CUSTOMER_ID).then(
    (page) => ({ page, error: undefined }),
    (error: unknown) => ({ page: undefined, error }),
  );
  await server.close();

  return { ...outcome, requests: server.requests.length, elapsedMs: Date.now() - started };
}
