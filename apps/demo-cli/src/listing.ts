import type { ScanProfile } from '@scan-profiles/client';

/** What `list` fetched: the scan profiles, and where they sit in the whole result. */
export interface Listing {
  readonly profiles: readonly ScanProfile[];

  /** The number of scan profiles matching the request, over all pages. */
  readonly totalCount: number;

  /** The number of pages the whole result spans at the page size used; at least 1. */
  readonly pageCount: number;

  /** The page shown, counted from 1; unset when every page was fetched. */
  readonly pageIndex?: number;
}

/** How many pages `totalCount` scan profiles fill at `pageSize` a page; an empty result is 1. */
export function pageCountOf(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / Math.max(1, pageSize)));
}
