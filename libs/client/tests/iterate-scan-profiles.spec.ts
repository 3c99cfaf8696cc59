// Every page: the iterator against servers that page properly, and against servers that do
// not, each of which must still end, in order, at the right count.
import {
  HttpError,
  createScanProfilesClient,
  type IterateOptions,
  type ScanProfile,
  type ScanProfilePage,
} from '../src/index.js';
import {
  CUSTOMER_ID,
  pagingHandler,
  wireProfiles,
  type PagingScript,
  type WireProfile,
} from './support/scan-profiles-api.js';
import { delay, sendJson, startServer, type Handler } from './support/scripted-server.js';

async function iterate(handler: Handler, options: IterateOptions = {}) {
  const server = await startServer(handler);
  const client = createScanProfilesClient({
    baseUrl: server.url,
    auth: { token: 't' },
    retry: { maxAttempts: 1 },
  });

  const pages: ScanProfilePage[] = [];
  const profiles: ScanProfile[] = [];
  try {
    const iterator = client.scanProfiles(CUSTOMER_ID, {
      ...options,
      onPage: (page) => pages.push(page),
    });
    for await (const profile of iterator) profiles.push(profile);
  } finally {
    await server.close();
  }

  const pageIndexes = server.requests.map((request) => Number(request.query.get('pageIndex')));
  return { profiles, pages, pageIndexes, requests: server.requests };
}

function names(profiles: Array<ScanProfile | WireProfile>): string[] {
  return profiles.map((profile) => profile.profileName);
}

describe('a server that pages as the contract says', () => {
  it('yields every profile of three pages, in order, asking 100 a page', async () => {
    const all = wireProfiles(250);

    const run = await iterate(pagingHandler({ profiles: all }));

    expect(names(run.profiles)).toEqual(names(all));
    expect(run.pageIndexes).toEqual([1, 2, 3]);
    expect(run.requests.map((request) => request.query.get('pageSize'))).toEqual([
      '100',
      '100',
      '100',
    ]);
    expect(run.pages.map((page) => page.metadata.pageIndex)).toEqual([1, 2, 3]);
  });

  it.each([
    ['no profiles at all', 0, 1],
    ['exactly one full page', 100, 1],
    ['one profile past a full page', 101, 2],
  ])('with %s asks for the pages needed and no more', async (_, count, requests) => {
    const run = await iterate(pagingHandler({ profiles: wireProfiles(count) }));

    expect(run.profiles).toHaveLength(count);
    expect(run.requests).toHaveLength(requests);
  });

  it('uses the page size asked for', async () => {
    const run = await iterate(pagingHandler({ profiles: wireProfiles(25) }), { pageSize: 10 });

    expect(run.profiles).toHaveLength(25);
    expect(run.pageIndexes).toEqual([1, 2, 3]);
  });

  it('sends the scanProfileIds filter with every page', async () => {
    const run = await iterate(pagingHandler({ profiles: wireProfiles(3) }), {
      pageSize: 1,
      scanProfileIds: ['x'],
    });

    expect(run.requests.map((request) => request.body)).toEqual(
      Array(3).fill('{"scanProfileIds":["x"]}'),
    );
  });
});

describe('a server that misbehaves', () => {
  const all = wireProfiles(300);
  const scripts: Array<[string, PagingScript, { count: number; maxRequests: number }]> = [
    [
      'returns an empty page early',
      { profiles: all, dataOn: (index, data) => (index >= 2 ? [] : data) },
      { count: 100, maxRequests: 3 },
    ],
    [
      'raises totalCount mid-way',
      { profiles: all, totalCountOn: (index) => (index === 1 ? 300 : 5_000) },
      { count: 300, maxRequests: 3 },
    ],
    [
      'lowers totalCount mid-way',
      { profiles: all, totalCountOn: (index) => (index === 1 ? 300 : 150) },
      { count: 150, maxRequests: 3 },
    ],
    [
      'returns every profile on every page, larger than asked',
      { profiles: all, dataOn: () => all },
      { count: 300, maxRequests: 1 },
    ],
    [
      'ignores pageIndex and repeats the first page',
      { profiles: all, dataOn: () => all.slice(0, 100) },
      { count: 300, maxRequests: 3 },
    ],
    [
      'says there are more profiles than it ever returns',
      { profiles: all, totalCountOn: () => 1_000_000 },
      { count: 300, maxRequests: 5 },
    ],
  ];

  it.each(scripts)('that %s still ends, at the right count', async (_, script, expected) => {
    const run = await iterate(pagingHandler(script));

    expect(run.profiles).toHaveLength(expected.count);
    expect(run.requests.length).toBeLessThanOrEqual(expected.maxRequests);
  });

  // With pages in flight ahead of the one being read, a few more requests may go out.
  it.each(scripts)('that %s still ends with 4 pages in flight', async (_, script, expected) => {
    const run = await iterate(pagingHandler(script), { concurrency: 4 });

    expect(run.profiles).toHaveLength(expected.count);
    expect(run.requests.length).toBeLessThanOrEqual(expected.maxRequests + 4);
  });

  it('that pages smaller than asked gets every profile, at its own page size', async () => {
    const capped = pagingHandler({ profiles: all });
    const run = await iterate((request, response) => {
      request.query.set('pageSize', String(Math.min(50, Number(request.query.get('pageSize')))));
      return capped(request, response);
    });

    expect(names(run.profiles)).toEqual(names(all));
    expect(run.pageIndexes).toEqual([1, 2, 3, 4, 5, 6]);
  });

  it('that fails on a later page stops the iteration with its error', async () => {
    const paging = pagingHandler({ profiles: all });
    const failing: Handler = (request, response) =>
      request.query.get('pageIndex') === '2'
        ? sendJson(response, 404, { statusCode: 404, message: 'Gone' })
        : paging(request, response);

    await expect(iterate(failing)).rejects.toMatchObject({ status: 404 });
    await expect(iterate(failing)).rejects.toBeInstanceOf(HttpError);
  });
});

describe('concurrency', () => {
  const all = wireProfiles(1_000);

  /** Later pages answer sooner, so any reordering would show; counts requests in flight. */
  function slowFirstPages() {
    const paging = pagingHandler({ profiles: all });
    const state = { inFlight: 0, maxInFlight: 0 };
    const handler: Handler = async (request, response) => {
      state.inFlight += 1;
      state.maxInFlight = Math.max(state.maxInFlight, state.inFlight);
      await delay(40 - 3 * Number(request.query.get('pageIndex')));
      state.inFlight -= 1;
      paging(request, response);
    };
    return { handler, state };
  }

  it.each([1, 4])('%s at a time yields every profile in order', async (concurrency) => {
    const { handler, state } = slowFirstPages();

    const run = await iterate(handler, { concurrency });

    expect(names(run.profiles)).toEqual(names(all));
    expect(run.pages.map((page) => page.metadata.pageIndex)).toEqual([
      1, 2, 3, 4, 5, 6, 7, 8, 9, 10,
    ]);
    expect(state.maxInFlight).toBe(concurrency);
  });

  it('collects everything with getAllScanProfiles', async () => {
    const server = await startServer(pagingHandler({ profiles: all }));
    const client = createScanProfilesClient({ baseUrl: server.url, auth: { token: 't' } });

    const profiles = await client.getAllScanProfiles(CUSTOMER_ID, { concurrency: 3 });

    expect(names(profiles)).toEqual(names(all));
    await server.close();
  });
});

describe('stopping early', () => {
  const all = wireProfiles(1_000);

  it('after a break asks for no page beyond the ones in flight', async () => {
    const server = await startServer(pagingHandler({ profiles: all }));
    const client = createScanProfilesClient({ baseUrl: server.url, auth: { token: 't' } });

    let seen = 0;
    for await (const _profile of client.scanProfiles(CUSTOMER_ID, { concurrency: 2 })) {
      seen += 1;
      if (seen === 150) break;
    }
    await delay(50);

    expect(seen).toBe(150);
    expect(server.requests.length).toBeLessThanOrEqual(4);
    await server.close();
  });

  it("on the caller's signal rejects with the signal's reason", async () => {
    const controller = new AbortController();
    const paging = pagingHandler({ profiles: all });
    const server = await startServer(async (request, response) => {
      if (request.query.get('pageIndex') === '3') controller.abort(new Error('caller gave up'));
      await delay(20);
      paging(request, response);
    });
    const client = createScanProfilesClient({ baseUrl: server.url, auth: { token: 't' } });

    const all$ = client.getAllScanProfiles(CUSTOMER_ID, { signal: controller.signal });

    await expect(all$).rejects.toThrow('caller gave up');
    expect(server.requests.length).toBeLessThanOrEqual(3);
    await server.close();
  });
});
