import { AuthenticationError } from '../errors/authentication-error.js';
import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { send } from '../http/send.js';
import type { Transport } from '../http/transport.js';
import type { IssuedToken } from './token-cache.js';

export interface TokenEndpoint {
  environment: string;
  tokenUrl: string;
  transport: Transport;
}

/** Used when the endpoint leaves `expires_in` out: short enough to be safe, long enough to help. */
const DEFAULT_LIFETIME_S = 300;

/**
 * Asks the token endpoint for a token with the client credentials grant. `form` carries the
 * proof (a client secret or an assertion): it goes in the request body and nowhere else, and
 * `secrets` are struck from anything the endpoint says back before it reaches an error.
 */
export async function requestToken(
  endpoint: TokenEndpoint,
  form: Record<string, string>,
  secrets: readonly string[],
): Promise<IssuedToken> {
  const response = await sendTokenRequest(endpoint, form);
  const json = await jsonObjectOf(response);

  if (!response.ok) {
    const oauthError = typeof json?.['error'] === 'string' ? json['error'] : undefined;
    const description = json?.['error_description'];
    const reason =
      typeof description === 'string' && description
        ? redacted(description, secrets)
        : `the token endpoint answered ${response.status}`;
    throw new AuthenticationError({
      ...failureAt(endpoint),
      oauthError,
      status: response.status,
      reason,
    });
  }

  const accessToken = json?.['access_token'];
  if (typeof accessToken !== 'string' || !accessToken) {
    const reason = 'the token endpoint answered without an access token';
    throw new AuthenticationError({ ...failureAt(endpoint), status: response.status, reason });
  }

  const expiresIn = Number(json?.['expires_in'] ?? DEFAULT_LIFETIME_S);
  const lifetimeS = Number.isFinite(expiresIn) && expiresIn > 0 ? expiresIn : DEFAULT_LIFETIME_S;
  return { accessToken, expiresInMs: lifetimeS * 1000 };
}

async function sendTokenRequest(
  endpoint: TokenEndpoint,
  form: Record<string, string>,
): Promise<Response> {
  try {
    return await send(
      {
        url: endpoint.tokenUrl,
        method: 'POST',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          accept: 'application/json',
        },
        body: new URLSearchParams({ grant_type: 'client_credentials', ...form }).toString(),
        // A refresh is shared by every caller waiting for it: no one caller's signal may end it.
        signal: undefined,
        authorizer: undefined,
      },
      endpoint.transport,
    );
  } catch (error) {
    const reason =
      error instanceof TimeoutError
        ? 'the token endpoint did not answer in time'
        : error instanceof NetworkError
          ? `the token endpoint could not be reached${error.code ? ` (${error.code})` : ''}`
          : 'the token request failed';
    throw new AuthenticationError(
      { ...failureAt(endpoint), status: undefined, reason },
      { cause: error },
    );
  }
}

function failureAt({ environment, tokenUrl }: TokenEndpoint) {
  return { environment, tokenUrl, oauthError: undefined };
}

async function jsonObjectOf(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const value: unknown = await response.json();
    return typeof value === 'object' && value !== null
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Strikes every secret out of text an endpoint wrote, in case it echoes the request. */
function redacted(text: string, secrets: readonly string[]): string {
  return secrets
    .filter(Boolean)
    .reduce((result, secret) => result.split(secret).join('[redacted]'), text);
}
