import type { Auth } from '../auth/auth.js';
import type { EnvironmentName } from '../environments.js';
import type { ScanProfile, ScanProfilePage } from '../generated/index.js';
import type { RetryOptions } from '../http/retry-policy.js';

export interface ScanProfilesClientOptions {
  /** Where the API and its token endpoint are; default `commercial`. See ENVIRONMENTS. */
  environment?: EnvironmentName;
  /** Replaces the environment's API URL, e.g. for a mock or a proxy; tokens still come from
   * the environment's endpoint unless `auth.tokenUrl` says otherwise. */
  baseUrl?: string;
  auth: Auth;
  /** Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Per attempt, until the whole response is read; default 30 s. */
  timeoutMs?: number;
  retry?: RetryOptions;
  /** Default `scan-profiles-client/<version>`. Browsers may not send it. */
  userAgent?: string;
}

export interface ListOptions {
  /** Counted from 1; default 1. */
  pageIndex?: number;
  /** 1 to 100; default 100. Always sent, so the server's own default never matters. */
  pageSize?: number;
  /** Only these scan profiles. */
  scanProfileIds?: string[];
  signal?: AbortSignal;
}

export interface IterateOptions {
  /** 1 to 100; default 100, the fewest round trips. */
  pageSize?: number;
  scanProfileIds?: string[];
  /**
   * How many pages may be in flight at once after the first, 1 to 10; default 1. Profiles are
   * yielded in order whatever it is.
   */
  concurrency?: number;
  signal?: AbortSignal;
  /** Called once per page, in page order, before that page's profiles are yielded. */
  onPage?: (page: ScanProfilePage) => void;
}

export interface ScanProfilesClient {
  /** One page of a customer's scan profiles. */
  listScanProfiles(customerId: string, options?: ListOptions): Promise<ScanProfilePage>;

  /** Every scan profile of a customer, across all pages, a few pages in memory at a time. */
  scanProfiles(customerId: string, options?: IterateOptions): AsyncIterableIterator<ScanProfile>;

  /** Every scan profile of a customer, collected into one array. */
  getAllScanProfiles(customerId: string, options?: IterateOptions): Promise<ScanProfile[]>;
}
