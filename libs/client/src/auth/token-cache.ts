/** A token as the token endpoint issued it. */
export interface IssuedToken {
  accessToken: string;
  expiresInMs: number;
}

/** A token is renewed this long before it expires, and never later than a tenth of its life. */
const RENEWAL_MARGIN_MS = 60_000;

/**
 * Keeps one access token until shortly before it expires. Concurrent callers who find none
 * share one request for it (single flight), and so do callers who all saw the same token
 * refused: only the first `forget` of a token drops it.
 */
export class TokenCache {
  #current: { accessToken: string; renewAt: number } | undefined;
  #pending: Promise<string> | undefined;
  readonly #issue: () => Promise<IssuedToken>;
  readonly #now: () => number;

  constructor(issue: () => Promise<IssuedToken>, now: () => number = Date.now) {
    this.#issue = issue;
    this.#now = now;
  }

  token(): Promise<string> {
    if (this.#current && this.#now() < this.#current.renewAt) {
      return Promise.resolve(this.#current.accessToken);
    }

    this.#pending ??= this.#renew().finally(() => {
      this.#pending = undefined;
    });
    return this.#pending;
  }

  /** Drops `accessToken` if it is still the cached one. */
  forget(accessToken: string): void {
    if (this.#current?.accessToken === accessToken) this.#current = undefined;
  }

  async #renew(): Promise<string> {
    const issuedAt = this.#now();
    const { accessToken, expiresInMs } = await this.#issue();

    const margin = Math.min(RENEWAL_MARGIN_MS, expiresInMs / 10);
    this.#current = { accessToken, renewAt: issuedAt + expiresInMs - margin };
    return accessToken;
  }
}
