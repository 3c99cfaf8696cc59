import type { RetryPolicy } from './retry-policy.js';

/** `fetch` as the client calls it: always with a string URL and an init. */
export type FetchFunction = (url: string, init: RequestInit) => Promise<Response>;

/** How requests leave the client, alike for the API and for the token endpoint. */
export interface Transport {
  fetch: FetchFunction;
  /** Per attempt, from sending the request to having read the whole response. */
  timeoutMs: number;
  retry: RetryPolicy;
  userAgent: string;
}

/** Where a request's access token comes from. */
export interface Authorizer {
  /** The token to send now. */
  token(): Promise<string>;

  /**
   * Forgets a token the API refused with 401. True when asking again may give a different
   * token, which makes one more attempt worth it; false for a fixed token.
   */
  reject(token: string): boolean;
}

export interface OutgoingRequest {
  url: string;
  method: string;
  headers: Record<string, string>;
  /** A string, so that each retry can send it again. */
  body: string | undefined;
  signal: AbortSignal | undefined;
  authorizer: Authorizer | undefined;
}

/** The path of a URL, for messages: no host, no query. Works for relative URLs too. */
export function pathOf(url: string): string {
  return new URL(url, 'http://relative.invalid').pathname;
}
