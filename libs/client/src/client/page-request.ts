import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import type { ListScanProfilesRequest } from '../generated/index.js';

/** The most the API serves on one page, and so the default: the fewest round trips. */
export const MAX_PAGE_SIZE = 100;
export const MAX_CONCURRENCY = 10;

interface PageRequestOptions {
  pageIndex?: number | undefined;
  pageSize?: number | undefined;
  scanProfileIds?: string[] | undefined;
}

/**
 * The generated API's request for one page, checked. `pageSize` is always set, so the client
 * pages the same way whatever the server's default is (the vendor's page says 100, then 50).
 */
export function pageRequest(
  customerId: string,
  options: PageRequestOptions,
): ListScanProfilesRequest & { pageIndex: number; pageSize: number } {
  if (typeof customerId !== 'string' || !customerId.trim()) {
    throw new InvalidOptionsError('customerId must be the ID (a GUID) of a customer');
  }

  const pageIndex = wholeNumber('pageIndex', options.pageIndex ?? 1, 1, Number.MAX_SAFE_INTEGER);
  const pageSize = wholeNumber('pageSize', options.pageSize ?? MAX_PAGE_SIZE, 1, MAX_PAGE_SIZE);

  const { scanProfileIds } = options;
  if (scanProfileIds !== undefined && !isListOfText(scanProfileIds)) {
    throw new InvalidOptionsError('scanProfileIds must be an array of scan profile IDs');
  }

  return {
    customerId,
    pageIndex,
    pageSize,
    ...(scanProfileIds && { scanProfileFilter: { scanProfileIds } }),
  };
}

export function concurrencyFrom(concurrency: number | undefined): number {
  return wholeNumber('concurrency', concurrency ?? 1, 1, MAX_CONCURRENCY);
}

function wholeNumber(name: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `${min} or more` : `from ${min} to ${max}`;
    throw new InvalidOptionsError(`${name} must be a whole number ${range}, not ${value}`);
  }
  return value;
}

function isListOfText(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((id) => typeof id === 'string');
}
