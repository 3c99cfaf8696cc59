// The public surface of @scan-profiles/client, for Node 20+ and browsers alike: nothing in
// this entry's module graph imports a `node:` module. Node-only parts (certificate auth) are
// in `@scan-profiles/client/node`. The generated code is re-exported as it is.
export * from './generated/index.js';

export { createScanProfilesClient } from './client/create-scan-profiles-client.js';
export type {
  IterateOptions,
  ListOptions,
  ScanProfilesClient,
  ScanProfilesClientOptions,
} from './client/scan-profiles-client.js';
export { MAX_CONCURRENCY, MAX_PAGE_SIZE } from './client/page-request.js';

export type {
  Auth,
  ClientAssertionAuth,
  ClientSecretAuth,
  StaticTokenAuth,
  TokenProviderAuth,
} from './auth/auth.js';
export { DEFAULT_SCOPE } from './auth/auth.js';

export { ENVIRONMENTS, type Environment, type EnvironmentName } from './environments.js';
export { DEFAULT_RETRY_POLICY, type RetryOptions } from './http/retry-policy.js';
export { CLIENT_VERSION } from './version.js';

export { AuthenticationError } from './errors/authentication-error.js';
export { HttpError, type HttpErrorDetails } from './errors/http-error.js';
export { InvalidOptionsError } from './errors/invalid-options-error.js';
export { NetworkError } from './errors/network-error.js';
export type { ProblemDetails } from './errors/problem-details.js';
export { ScanProfilesError } from './errors/scan-profiles-error.js';
export { TimeoutError } from './errors/timeout-error.js';
export { UnexpectedResponseError } from './errors/unexpected-response-error.js';
