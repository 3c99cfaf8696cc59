import { ScanProfilesError } from './scan-profiles-error.js';

export interface AuthenticationFailure {
  /** The environment whose token endpoint was asked, e.g. `commercial`. */
  environment: string;
  tokenUrl: string;
  /** The OAuth `error` code the endpoint answered with, e.g. `invalid_client`. */
  oauthError: string | undefined;
  /** The token endpoint's HTTP status; unset when it never answered. */
  status: number | undefined;
  /** Why, in a few words: the endpoint's `error_description`, or what went wrong on the way. */
  reason: string;
}

/**
 * No access token could be had from the token endpoint. The message names the environment and
 * the OAuth error code; it never holds the client secret, the assertion or a token.
 */
export class AuthenticationError extends ScanProfilesError {
  override name = 'AuthenticationError';
  readonly environment: string;
  readonly tokenUrl: string;
  readonly oauthError: string | undefined;
  readonly status: number | undefined;

  constructor(failure: AuthenticationFailure, options?: { cause?: unknown }) {
    const code = failure.oauthError ? `${failure.oauthError}: ` : '';
    super(
      `Authentication failed in the ${failure.environment} environment: ${code}${failure.reason}`,
      options,
    );

    this.environment = failure.environment;
    this.tokenUrl = failure.tokenUrl;
    this.oauthError = failure.oauthError;
    this.status = failure.status;
  }
}
