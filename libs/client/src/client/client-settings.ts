import { ENVIRONMENTS, isEnvironmentName, type EnvironmentName } from '../environments.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { retryPolicyFrom } from '../http/retry-policy.js';
import type { FetchFunction, Transport } from '../http/transport.js';
import { CLIENT_VERSION } from '../version.js';
import type { ScanProfilesClientOptions } from './scan-profiles-client.js';

export interface ClientSettings {
  environment: EnvironmentName;
  apiBaseUrl: string;
  tokenUrl: string;
  transport: Transport;
}

const DEFAULT_TIMEOUT_MS = 30_000;

/** Checks the options and fills in the defaults; throws InvalidOptionsError on a bad one. */
export function clientSettingsFrom(options: ScanProfilesClientOptions): ClientSettings {
  const environment = options.environment ?? 'commercial';
  if (!isEnvironmentName(environment)) {
    const names = Object.keys(ENVIRONMENTS).join(', ');
    throw new InvalidOptionsError(`environment must be one of ${names}, not "${environment}"`);
  }

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) {
    throw new InvalidOptionsError('timeoutMs must be a number of milliseconds above 0');
  }

  const { apiBaseUrl, tokenUrl } = ENVIRONMENTS[environment];
  return {
    environment,
    apiBaseUrl: baseUrlFrom(options.baseUrl) ?? apiBaseUrl,
    tokenUrl,
    transport: {
      fetch: fetchFrom(options.fetch),
      timeoutMs,
      retry: retryPolicyFrom(options.retry),
      userAgent: options.userAgent ?? `scan-profiles-client/${CLIENT_VERSION}`,
    },
  };
}

function baseUrlFrom(baseUrl: string | undefined): string | undefined {
  if (baseUrl === undefined) return undefined;
  if (typeof baseUrl !== 'string' || !baseUrl.trim()) {
    throw new InvalidOptionsError('baseUrl must be a URL such as http://127.0.0.1:4010');
  }

  return baseUrl.trim().replace(/\/+$/, '');
}

/**
 * Calls the given `fetch`, or the global one looked up at call time, as a plain function: a
 * browser's `fetch` called as a method of another object throws "Illegal invocation".
 */
function fetchFrom(given: typeof fetch | undefined): FetchFunction {
  if (given !== undefined && typeof given !== 'function') {
    throw new InvalidOptionsError('fetch must be a function with the signature of fetch');
  }

  return given ? (url, init) => given(url, init) : (url, init) => globalThis.fetch(url, init);
}
