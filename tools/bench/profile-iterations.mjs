// The ways the client benchmark goes through every profile of a customer. Each makes a function
// `iterate({ visit, onPage })` that calls `visit(profile, index)` once per profile and, when
// given, `onPage()` as each page arrives, before its profiles; it resolves with the count.
import { createScanProfilesClient } from '@scan-profiles/client';

import { batchPath } from '../fake-api/scan-profiles-server.cjs';

const PAGE_SIZE = 100;
const TOKEN = 'bench-token';

function clientIteration({ baseUrl, customerId }, concurrency) {
  const client = createScanProfilesClient({ baseUrl, auth: { token: TOKEN } });

  return async ({ visit, onPage }) => {
    let seen = 0;
    const options = { pageSize: PAGE_SIZE, concurrency, onPage };
    for await (const profile of client.scanProfiles(customerId, options)) visit(profile, seen++);

    return seen;
  };
}

/** getAllScanProfiles: the whole list in one array before the first visit. */
function collectingIteration({ baseUrl, customerId }) {
  const client = createScanProfilesClient({ baseUrl, auth: { token: TOKEN } });

  return async ({ visit, onPage }) => {
    const profiles = await client.getAllScanProfiles(customerId, { pageSize: PAGE_SIZE, onPage });
    profiles.forEach(visit);

    return profiles.length;
  };
}

/** What a caller writes without the client: the same pages, `fetch` and `JSON.parse`. */
function plainFetchIteration({ baseUrl, customerId }) {
  const url = `${baseUrl}${batchPath(customerId)}`;
  const init = { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } };

  return async ({ visit, onPage }) => {
    let seen = 0;
    for (let pageIndex = 1; ; pageIndex += 1) {
      const response = await fetch(`${url}?pageIndex=${pageIndex}&pageSize=${PAGE_SIZE}`, init);
      if (!response.ok) throw new Error(`Request failed with status ${response.status}: ${url}`);

      const page = JSON.parse(await response.text());
      onPage?.();
      for (const profile of page.data) visit(profile, seen++);
      if (page.data.length === 0 || seen >= page.metadata.totalCount) return seen;
    }
  };
}

export const ITERATIONS = {
  'client-sequential': {
    label: 'client `scanProfiles`, sequential',
    create: (server) => clientIteration(server, 1),
  },
  'client-concurrency-4': {
    label: 'client `scanProfiles`, concurrency 4',
    create: (server) => clientIteration(server, 4),
  },
  'plain-fetch': {
    label: 'plain `fetch` loop + `JSON.parse`',
    create: plainFetchIteration,
  },
  'client-collect': {
    label: 'client `getAllScanProfiles` (collects all)',
    create: collectingIteration,
  },
};
