// One page or every page of a customer's scan profiles, as a Listing for the output formats.
import type { ScanProfilesClient } from '@scan-profiles/client';

import { pageCountOf, type Listing } from './listing.js';
import type { PageProgress } from './progress.js';

export interface ListingRequest {
  readonly customerId: string;
  readonly signal: AbortSignal;
  readonly pageIndex?: number;
  readonly pageSize?: number;
  readonly scanProfileIds?: string[];
}

export async function fetchPage(
  client: ScanProfilesClient,
  { customerId, ...options }: ListingRequest,
): Promise<Listing> {
  const { data, metadata } = await client.listScanProfiles(customerId, options);

  return {
    profiles: data,
    totalCount: metadata.totalCount,
    pageIndex: metadata.pageIndex,
    pageCount: pageCountOf(metadata.totalCount, metadata.pageSize),
  };
}

export async function fetchEveryPage(
  client: ScanProfilesClient,
  { customerId, ...options }: Omit<ListingRequest, 'pageIndex'>,
  progress: PageProgress,
): Promise<Listing> {
  let pages = 0;

  try {
    const profiles = await client.getAllScanProfiles(customerId, {
      ...options,
      onPage: (page) => {
        pages += 1;
        progress.page(page);
      },
    });
    return { profiles, totalCount: profiles.length, pageCount: Math.max(1, pages) };
  } finally {
    progress.clear();
  }
}
