import { authorizerFor } from '../auth/authorizer.js';
import { UnexpectedResponseError } from '../errors/unexpected-response-error.js';
import {
  Configuration,
  FetchError,
  ScanProfilesApi,
  type ListScanProfilesRequest,
  type ScanProfile,
  type ScanProfilePage,
} from '../generated/index.js';
import { apiFetch } from '../http/api-fetch.js';
import { pathOf } from '../http/transport.js';
import { iterateScanProfiles } from '../pagination/iterate-scan-profiles.js';
import { clientSettingsFrom } from './client-settings.js';
import { concurrencyFrom, pageRequest } from './page-request.js';
import { pageShapeProblem } from './page-shape.js';
import type {
  IterateOptions,
  ListOptions,
  ScanProfilesClient,
  ScanProfilesClientOptions,
} from './scan-profiles-client.js';

/**
 * A client for one environment and one identity. It checks its options at once (throwing
 * InvalidOptionsError) but sends nothing until a method is called; the first call fetches
 * the token, which later calls share until shortly before it expires.
 */
export function createScanProfilesClient(options: ScanProfilesClientOptions): ScanProfilesClient {
  const settings = clientSettingsFrom(options);
  const authorizer = authorizerFor(options.auth, settings);
  const api = new ScanProfilesApi(
    new Configuration({
      basePath: settings.apiBaseUrl,
      fetchApi: apiFetch(settings.transport, authorizer),
    }),
  );

  async function listScanProfiles(
    customerId: string,
    list: ListOptions = {},
  ): Promise<ScanProfilePage> {
    return fetchPage(api, pageRequest(customerId, list), list.signal);
  }

  function scanProfiles(
    customerId: string,
    iterate: IterateOptions = {},
  ): AsyncIterableIterator<ScanProfile> {
    const request = pageRequest(customerId, { ...iterate, pageIndex: 1 });
    const concurrency = concurrencyFrom(iterate.concurrency);

    return iterateScanProfiles(
      (pageIndex, signal) => fetchPage(api, { ...request, pageIndex }, signal),
      {
        concurrency,
        signal: iterate.signal,
        onPage: iterate.onPage,
      },
    );
  }

  async function getAllScanProfiles(
    customerId: string,
    iterate: IterateOptions = {},
  ): Promise<ScanProfile[]> {
    const profiles: ScanProfile[] = [];
    for await (const profile of scanProfiles(customerId, iterate)) profiles.push(profile);

    return profiles;
  }

  return { listScanProfiles, scanProfiles, getAllScanProfiles };
}

async function fetchPage(
  api: ScanProfilesApi,
  request: ListScanProfilesRequest,
  signal: AbortSignal | undefined,
): Promise<ScanProfilePage> {
  const response = await api
    .listScanProfilesRaw(request, signal ? { signal } : undefined)
    .catch((error: unknown) => {
      // The generated runtime wraps whatever the fetch function threw: give back the original.
      throw error instanceof FetchError ? error.cause : error;
    });

  const path = pathOf(response.raw.url);
  const page = await response.value().catch((error: unknown) => {
    throw new UnexpectedResponseError('POST', path, 'the body is not JSON of that shape', {
      cause: error,
    });
  });

  const problem = pageShapeProblem(page);
  if (problem) throw new UnexpectedResponseError('POST', path, problem);
  return page;
}
