// The generated client against Prism serving the contract: what the contract promises, the
// generated code parses; what the contract forbids, the mock refuses and the client reports.
import { mockUrlForTests as mockUrl } from '@scan-profiles/tools/mock';
import {
  Configuration,
  ResponseError,
  ScanMode,
  ScanProfilesApi,
  type InitOverrideFunction,
  type ListScanProfilesRequest,
} from '../src/index.js';

const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';
const BATCH_PATH = `/partner/external/v3/general/customers/${CUSTOMER_ID}/scan-profiles/batch`;

function api(token: string | null = 'any-token'): ScanProfilesApi {
  const accessToken = token === null ? undefined : async () => `Bearer ${token}`;
  return new ScanProfilesApi(new Configuration({ basePath: mockUrl(), accessToken }));
}

/** Adds Prism's `Prefer` header while keeping the headers the generated code set. */
function prefer(value: string): InitOverrideFunction {
  return async ({ init }) => ({ headers: { ...init.headers, Prefer: value } });
}

/** Awaits a call that must fail with an HTTP error; returns its status and parsed body. */
async function failureOf(call: Promise<unknown>): Promise<{ status: number; body: unknown }> {
  const error: unknown = await call.then(
    () => new Error('expected the call to fail'),
    (failure: unknown) => failure,
  );
  if (!(error instanceof ResponseError)) throw error;

  return { status: error.response.status, body: await error.response.json() };
}

describe('a valid request', () => {
  it('parses the seed sample into typed models', async () => {
    const page = await api().listScanProfiles({ customerId: CUSTOMER_ID });

    expect(page.metadata).toEqual({ pageIndex: 1, pageSize: 50, totalCount: 1 });
    expect(page.data).toHaveLength(1);
    const [profile] = page.data;
    expect(profile?.modifiedTime).toBeInstanceOf(Date);
    expect(profile?.modifiedTime.toISOString()).toBe('2025-09-11T03:19:14.000Z');
    expect(profile?.scanMode).toBe(ScanMode.Express);
    expect(profile?.profileName).toBe('Default Microsoft 365 Scan Profile');
  });

  it.each([
    ['empty', 0, 0],
    ['middlePage', 2, 5],
    ['fullPage', 100, 240],
    ['filtered', 2, 2],
  ])('returns the named example %s', async (example, length, totalCount) => {
    const page = await api().listScanProfiles(
      { customerId: CUSTOMER_ID },
      prefer(`example=${example}`),
    );

    expect(page.data).toHaveLength(length);
    expect(page.metadata.totalCount).toBe(totalCount);
    for (const profile of page.data) {
      expect(profile.modifiedTime.getTime()).not.toBeNaN();
      expect([ScanMode.Express, ScanMode.Advanced]).toContain(profile.scanMode);
    }
  });

  it('mixes both scan modes on the full page', async () => {
    const page = await api().listScanProfiles(
      { customerId: CUSTOMER_ID },
      prefer('example=fullPage'),
    );

    const modes = new Set(page.data.map((profile) => profile.scanMode));
    expect(modes).toEqual(new Set([ScanMode.Express, ScanMode.Advanced]));
  });

  it('sends the filter body and paging parameters the contract accepts', async () => {
    const request: ListScanProfilesRequest = {
      customerId: CUSTOMER_ID,
      pageIndex: 2,
      pageSize: 100,
      scanProfileFilter: { scanProfileIds: ['47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d'] },
    };

    await expect(api().listScanProfiles(request)).resolves.toHaveProperty('metadata');
  });
});

describe('a request the contract forbids', () => {
  const invalidParameters: Array<
    [string, Partial<Record<keyof ListScanProfilesRequest, unknown>>]
  > = [
    ['pageIndex 0', { pageIndex: 0 }],
    ['pageSize 0', { pageSize: 0 }],
    ['pageSize 101', { pageSize: 101 }],
    ['pageSize "abc"', { pageSize: 'abc' }],
    ['scanProfileIds not an array', { scanProfileFilter: { scanProfileIds: 'a,b' } }],
    ['a customerId that is not a GUID', { customerId: 'not-a-guid' }],
  ];

  it.each(invalidParameters)('%s gets the documented 400 as an error', async (_, change) => {
    const request = { customerId: CUSTOMER_ID, ...change } as ListScanProfilesRequest;

    const failure = await failureOf(api().listScanProfiles(request));

    expect(failure).toMatchObject({ status: 400, body: { statusCode: 400 } });
  });

  it('without a bearer token gets 401 as an error', async () => {
    const failure = await failureOf(api(null).listScanProfiles({ customerId: CUSTOMER_ID }));

    expect(failure).toMatchObject({ status: 401, body: { statusCode: 401 } });
  });

  it.each([
    ['a body that is not JSON', 'application/json', '{"scanProfileIds": [', 400],
    ['a wrong content type', 'text/plain', 'scanProfileIds=a', 400],
  ])('%s gets a 4xx, never a 5xx', async (_, contentType, body, status) => {
    const response = await fetch(`${mockUrl()}${BATCH_PATH}`, {
      method: 'POST',
      headers: { Authorization: 'Bearer any-token', 'Content-Type': contentType },
      body,
    });

    expect(response.status).toBe(status);
  });
});
