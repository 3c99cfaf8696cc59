// The batch endpoint on an ephemeral loopback port, paging through a fixed list of profiles as
// `pageIndex` and `pageSize` ask, in the contract's `{ data, metadata }` envelope. The client
// benchmark and the registry round trip run against it; neither may need the internet.
'use strict';

const { createServer } = require('node:http');

/** The contract's default page size and its largest. */
const DEFAULT_PAGE_SIZE = 50;
const MAX_PAGE_SIZE = 100;

function batchPath(customerId) {
  return `/partner/external/v3/general/customers/${customerId}/scan-profiles/batch`;
}

/**
 * Starts the server; resolves once it listens. Requests need a bearer token, any token.
 * `latencyMs` delays each page, as a network between client and API would.
 */
async function startScanProfilesServer({ customerId, profiles, latencyMs = 0 }) {
  const path = batchPath(customerId);
  const pageBodies = new Map();
  let pageRequests = 0;

  const server = createServer((request, response) => {
    request.resume();

    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== path) return sendJson(response, 404, { message: 'No such customer' });
    if (request.method !== 'POST') return sendJson(response, 405, { message: 'Use POST' });
    if (!/^Bearer \S+$/.test(request.headers.authorization ?? '')) {
      return sendJson(response, 401, { message: 'The access token is missing.' });
    }

    const pageIndex = wholeNumber(url.searchParams.get('pageIndex'), 1);
    const pageSize = wholeNumber(url.searchParams.get('pageSize'), DEFAULT_PAGE_SIZE);
    if (!pageIndex || !pageSize || pageSize > MAX_PAGE_SIZE) {
      return sendJson(response, 400, { message: 'pageIndex must be 1 or more, pageSize 1 to 100' });
    }

    // Each page is serialised once: a benchmark against this server should time the client.
    const key = `${pageIndex}:${pageSize}`;
    if (!pageBodies.has(key)) pageBodies.set(key, pageBody(profiles, pageIndex, pageSize));
    pageRequests += 1;
    const body = pageBodies.get(key);
    if (latencyMs > 0) setTimeout(() => sendJson(response, 200, body), latencyMs);
    else sendJson(response, 200, body);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();

  return {
    url: `http://127.0.0.1:${port}`,
    path,
    pageRequests: () => pageRequests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pageBody(profiles, pageIndex, pageSize) {
  const start = (pageIndex - 1) * pageSize;
  const data = profiles.slice(start, start + pageSize);

  return JSON.stringify({ data, metadata: { pageIndex, pageSize, totalCount: profiles.length } });
}

/** The query value as a whole number of 1 or more, the fallback when absent, else undefined. */
function wholeNumber(text, fallback) {
  if (text === null) return fallback;

  const value = Number(text);
  return /^\d+$/.test(text) && value >= 1 ? value : undefined;
}

function sendJson(response, status, body) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  response.writeHead(status, {
    'content-type': 'application/json',
    'content-length': Buffer.byteLength(text),
  });
  response.end(text);
}

module.exports = { batchPath, startScanProfilesServer };
