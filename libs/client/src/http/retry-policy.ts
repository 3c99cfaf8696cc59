import { InvalidOptionsError } from '../errors/invalid-options-error.js';

export interface RetryOptions {
  /** Attempts in all, the first one included; 1 turns retrying off. Default 3. */
  maxAttempts?: number;
  /** The backoff before the first retry; it doubles on each retry after. Default 500 ms. */
  baseDelayMs?: number;
  /** The longest wait, backoff or `Retry-After`, the client accepts. Default 30 s. */
  maxDelayMs?: number;
}

export type RetryPolicy = Required<RetryOptions>;

export const DEFAULT_RETRY_POLICY: Readonly<RetryPolicy> = {
  maxAttempts: 3,
  baseDelayMs: 500,
  maxDelayMs: 30_000,
};

/**
 * Rate limiting and the gateway failures that say nothing was done. 500 is left out: it may
 * come from a bug that fails the same way every time, and retrying it only delays the error.
 */
const RETRYABLE_STATUSES: ReadonlySet<number> = new Set([429, 502, 503, 504]);

export function isRetryableStatus(status: number): boolean {
  return RETRYABLE_STATUSES.has(status);
}

export function retryPolicyFrom(options: RetryOptions = {}): RetryPolicy {
  const policy = { ...DEFAULT_RETRY_POLICY, ...definedOnly(options) };

  if (!Number.isInteger(policy.maxAttempts) || policy.maxAttempts < 1) {
    throw new InvalidOptionsError('retry.maxAttempts must be a whole number of 1 or more');
  }
  for (const key of ['baseDelayMs', 'maxDelayMs'] as const) {
    if (!Number.isFinite(policy[key]) || policy[key] < 0) {
      throw new InvalidOptionsError(`retry.${key} must be a number of milliseconds, 0 or more`);
    }
  }

  return policy;
}

/**
 * Capped exponential backoff with "equal jitter": half the delay is fixed, half random, so
 * clients that failed together do not all come back at the same moment, yet none comes back
 * at once. `retry` counts from 1.
 */
export function backoffDelayMs(
  policy: RetryPolicy,
  retry: number,
  random: () => number = Math.random,
): number {
  const capped = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (retry - 1));

  return capped / 2 + random() * (capped / 2);
}

function definedOnly(options: RetryOptions): RetryOptions {
  return Object.fromEntries(Object.entries(options).filter(([, value]) => value !== undefined));
}
