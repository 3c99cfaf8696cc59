import type { WireProfile } from './realistic-profiles.cjs';

export interface ScanProfilesServer {
  /** `http://127.0.0.1:<port>`, the base URL to give the client. */
  url: string;
  /** The batch endpoint's path for the customer. */
  path: string;
  /** How many pages the server has answered so far. */
  pageRequests(): number;
  close(): Promise<void>;
}

export function batchPath(customerId: string): string;
export function startScanProfilesServer(options: {
  customerId: string;
  profiles: WireProfile[];
  /** How long each page waits before it is sent; default 0. */
  latencyMs?: number;
}): Promise<ScanProfilesServer>;
