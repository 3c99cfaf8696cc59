// Scan profiles as the API sends them, and a handler that pages through them as the contract
// says, with hooks to script how a server may misbehave.
import type { ServerResponse } from 'node:http';

import type { RecordedRequest } from './scripted-server.js';
import { sendJson } from './scripted-server.js';

export const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';
export const BATCH_PATH =
  `/partner/external/v3/general/customers/${CUSTOMER_ID}` + '/scan-profiles/batch';

export interface WireProfile {
  profileName: string;
  profileId: string;
  scanMode: number;
  modifiedTime: string;
}

/** `count` distinct profiles, alternating scan modes, one second apart. */
export function wireProfiles(count: number): WireProfile[] {
  return Array.from({ length: count }, (_, index) => ({
    profileName: `Profile ${index + 1}`,
    profileId: `00000000-0000-4000-8000-${String(index + 1).padStart(12, '0')}`,
    scanMode: index % 2,
    modifiedTime: new Date(Date.UTC(2025, 8, 11, 3, 19, 14) + index * 1000).toISOString(),
  }));
}

export interface PagingScript {
  profiles: WireProfile[];
  /** What `totalCount` says on a page; default the number of profiles. */
  totalCountOn?: (pageIndex: number) => number;
  /** Replaces a page's profiles, e.g. with [] to end early. */
  dataOn?: (pageIndex: number, data: WireProfile[]) => WireProfile[];
}

/** Answers the batch endpoint one page at a time, as `pageIndex` and `pageSize` ask. */
export function pagingHandler(script: PagingScript) {
  return (request: RecordedRequest, response: ServerResponse) => {
    const pageIndex = Number(request.query.get('pageIndex') ?? 1);
    const pageSize = Number(request.query.get('pageSize') ?? 50);

    const start = (pageIndex - 1) * pageSize;
    const data = script.profiles.slice(start, start + pageSize);
    sendJson(response, 200, {
      data: script.dataOn ? script.dataOn(pageIndex, data) : data,
      metadata: {
        pageIndex,
        pageSize,
        totalCount: script.totalCountOn?.(pageIndex) ?? script.profiles.length,
      },
    });
  };
}

/** A page with one profile: the smallest answer that parses. */
export function onePage(response: ServerResponse, headers: Record<string, string> = {}): void {
  const data = wireProfiles(1);
  sendJson(
    response,
    200,
    { data, metadata: { pageIndex: 1, pageSize: 100, totalCount: 1 } },
    headers,
  );
}
