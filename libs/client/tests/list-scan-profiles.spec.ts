// One page: what the client sends for it, and what it makes of the answer.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  CLIENT_VERSION,
  ENVIRONMENTS,
  InvalidOptionsError,
  ScanMode,
  UnexpectedResponseError,
  createScanProfilesClient,
  type EnvironmentName,
  type ScanProfilesClientOptions,
} from '../src/index.js';
import {
  BATCH_PATH,
  CUSTOMER_ID,
  onePage,
  pagingHandler,
  wireProfiles,
} from './support/scan-profiles-api.js';
import { sendJson, startServer, type ScriptedServer } from './support/scripted-server.js';

let server: ScriptedServer;

beforeAll(async () => {
  server = await startServer(pagingHandler({ profiles: wireProfiles(5) }));
});
afterAll(() => server.close());
beforeEach(() => server.requests.splice(0));

function client(options: Partial<ScanProfilesClientOptions> = {}) {
  return createScanProfilesClient({ baseUrl: server.url, auth: { token: 'token-1' }, ...options });
}

describe('a page', () => {
  it('arrives typed: modifiedTime a Date, scanMode the named enum, metadata as sent', async () => {
    const page = await client().listScanProfiles(CUSTOMER_ID, { pageSize: 2, pageIndex: 2 });

    expect(page.metadata).toEqual({ pageIndex: 2, pageSize: 2, totalCount: 5 });
    expect(page.data.map((profile) => profile.profileName)).toEqual(['Profile 3', 'Profile 4']);
    expect(page.data[0]?.modifiedTime).toBeInstanceOf(Date);
    expect(page.data[0]?.modifiedTime.toISOString()).toBe('2025-09-11T03:19:16.000Z');
    expect(page.data.map((profile) => profile.scanMode)).toEqual([
      ScanMode.Express,
      ScanMode.Advanced,
    ]);
  });

  it.each([
    ['no options', {}, { pageIndex: '1', pageSize: '100' }],
    ['a page index', { pageIndex: 3 }, { pageIndex: '3', pageSize: '100' }],
    ['a page size', { pageSize: 7 }, { pageIndex: '1', pageSize: '7' }],
  ])('with %s always sends pageIndex and pageSize', async (_, options, query) => {
    await client().listScanProfiles(CUSTOMER_ID, options);

    const [request] = server.requests;
    expect(request?.method).toBe('POST');
    expect(request?.path).toBe(BATCH_PATH);
    expect(Object.fromEntries(request?.query ?? [])).toEqual(query);
  });

  it.each([
    ['without scanProfileIds sends no body', undefined, ''],
    ['with scanProfileIds sends them as the filter', ['a', 'b'], '{"scanProfileIds":["a","b"]}'],
  ])('%s', async (_, scanProfileIds, body) => {
    await client().listScanProfiles(CUSTOMER_ID, scanProfileIds ? { scanProfileIds } : {});

    expect(server.requests[0]?.body).toBe(body);
  });

  it.each([
    ['the default user agent', undefined, `scan-profiles-client/${CLIENT_VERSION}`],
    ['a given user agent', 'billing-sync/2.1', 'billing-sync/2.1'],
  ])('sends the bearer token, JSON and %s', async (_, userAgent, expected) => {
    await client(userAgent ? { userAgent } : {}).listScanProfiles(CUSTOMER_ID);

    expect(server.requests[0]?.headers).toMatchObject({
      authorization: 'Bearer token-1',
      'content-type': 'application/json',
      'user-agent': expected,
    });
  });

  it('takes a base URL with a trailing slash', async () => {
    await client({ baseUrl: `${server.url}/` }).listScanProfiles(CUSTOMER_ID);

    expect(server.requests[0]?.path).toBe(BATCH_PATH);
  });

  it('reports its version as package.json does', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));

    expect(CLIENT_VERSION).toBe(manifest.version);
  });
});

describe('an environment', () => {
  const names = Object.keys(ENVIRONMENTS) as EnvironmentName[];

  // The environments' hosts are real and out of reach here: a fake fetch records the URL.
  it.each(names)('%s sends requests to its own API host', async (environment) => {
    const urls: string[] = [];
    const recordingFetch = async (url: string | URL | Request) => {
      urls.push(String(url));
      return new Response(
        JSON.stringify({ data: [], metadata: { pageIndex: 1, pageSize: 100, totalCount: 0 } }),
      );
    };

    await createScanProfilesClient({
      environment,
      auth: { token: 't' },
      fetch: recordingFetch as typeof fetch,
    }).listScanProfiles(CUSTOMER_ID);

    expect(urls).toEqual([
      `${ENVIRONMENTS[environment].apiBaseUrl}${BATCH_PATH}?pageIndex=1&pageSize=100`,
    ]);
  });
});

describe('options the client cannot use', () => {
  const badClientOptions: Array<[string, Partial<ScanProfilesClientOptions>]> = [
    ['an unknown environment', { environment: 'moon' as EnvironmentName }],
    ['an empty base URL', { baseUrl: ' ' }],
    ['a timeout of 0', { timeoutMs: 0 }],
    ['0 attempts', { retry: { maxAttempts: 0 } }],
    ['a negative delay', { retry: { baseDelayMs: -1 } }],
    ['auth of no known shape', { auth: {} as never }],
    ['an empty token', { auth: { token: '' } }],
    ['client credentials without a secret', { auth: { clientId: 'app' } as never }],
  ];

  it.each(badClientOptions)('%s fail when the client is made', (_, options) => {
    expect(() => client(options)).toThrow(InvalidOptionsError);
  });

  const badCalls: Array<[string, string, Record<string, unknown>]> = [
    ['an empty customer ID', '', {}],
    ['page size 0', CUSTOMER_ID, { pageSize: 0 }],
    ['page size 101', CUSTOMER_ID, { pageSize: 101 }],
    ['page size 1.5', CUSTOMER_ID, { pageSize: 1.5 }],
    ['page index 0', CUSTOMER_ID, { pageIndex: 0 }],
    ['scanProfileIds not an array', CUSTOMER_ID, { scanProfileIds: 'a,b' }],
  ];

  it.each(badCalls)('%s fails before any request is sent', async (_, customerId, options) => {
    await expect(client().listScanProfiles(customerId, options)).rejects.toThrow(
      InvalidOptionsError,
    );

    expect(server.requests).toHaveLength(0);
  });

  it.each([0, 11, 2.5])('concurrency %s fails before any request is sent', (concurrency) => {
    expect(() => client().scanProfiles(CUSTOMER_ID, { concurrency })).toThrow(InvalidOptionsError);
    expect(server.requests).toHaveLength(0);
  });
});

describe('a 200 that is not a page', () => {
  const bodies: Array<[string, string]> = [
    ['a body that is not JSON', 'Service is up'],
    ['data missing', '{"metadata":{"pageIndex":1,"pageSize":100,"totalCount":0}}'],
    ['totalCount missing', '{"data":[],"metadata":{"pageIndex":1,"pageSize":100}}'],
    [
      'a profile that is null',
      '{"data":[null],"metadata":{"pageIndex":1,"pageSize":100,"totalCount":1}}',
    ],
  ];

  it.each(bodies)('with %s is an UnexpectedResponseError naming the request', async (_, body) => {
    const odd = await startServer((_request, response) => sendJson(response, 200, body));

    const failure = createScanProfilesClient({
      baseUrl: odd.url,
      auth: { token: 't' },
    }).listScanProfiles(CUSTOMER_ID);

    await expect(failure).rejects.toThrow(UnexpectedResponseError);
    await expect(failure).rejects.toThrow(`: POST ${BATCH_PATH}`);
    await odd.close();
  });

  it('is never confused with a good one', async () => {
    const good = await startServer((_request, response) => onePage(response));

    const page = await createScanProfilesClient({
      baseUrl: good.url,
      auth: { token: 't' },
    }).listScanProfiles(CUSTOMER_ID);

    expect(page.data).toHaveLength(1);
    await good.close();
  });
});
