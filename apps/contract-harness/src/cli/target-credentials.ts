import { createScanProfilesClient, type Auth, type EnvironmentName } from '@scan-profiles/client';

/**
 * Credentials for a real provider, from environment variables only, never from a flag: a
 * flag ends up in shell history and CI logs.
 *
 * - `CONTRACT_TARGET_TOKEN`: a bearer token, used as it is.
 * - `CONTRACT_CLIENT_ID` and `CONTRACT_CLIENT_SECRET`: OAuth 2.0 client credentials, exchanged
 *   for a token by the client's own authentication, at the token endpoint of
 *   `CONTRACT_ENVIRONMENT` (commercial, gov, aos2 or fedramp; commercial by default).
 */
export interface TargetCredentials {
  auth: Auth | undefined;
  environment: EnvironmentName | undefined;
  /** Where the credentials came from, for the run's first lines; never the secret. */
  source: string;
}

export function targetCredentials(env: NodeJS.ProcessEnv): TargetCredentials {
  const token = env['CONTRACT_TARGET_TOKEN'];
  const clientId = env['CONTRACT_CLIENT_ID'];
  const clientSecret = env['CONTRACT_CLIENT_SECRET'];
  const environment = env['CONTRACT_ENVIRONMENT'] as EnvironmentName | undefined;

  if (token !== undefined && token !== '') {
    return { auth: { token }, environment, source: 'a bearer token from CONTRACT_TARGET_TOKEN' };
  }
  if (clientId !== undefined && clientSecret !== undefined) {
    return {
      auth: { clientId, clientSecret },
      environment,
      source: `client credentials of ${clientId} (${environment ?? 'commercial'} token endpoint)`,
    };
  }

  return { auth: undefined, environment, source: 'no credentials (no CONTRACT_* variables set)' };
}

/**
 * The bearer token the client's authentication obtains, taken off the client's first request
 * through the harness. The generated cases then send it themselves. That first request is a
 * real exchange: the harness checks and records it like any other.
 */
export async function bearerTokenFrom(
  credentials: TargetCredentials,
  harnessUrl: string,
  customerId: string,
): Promise<string | undefined> {
  if (credentials.auth === undefined) return undefined;
  if ('token' in credentials.auth) return credentials.auth.token;

  let authorization: string | null = null;
  const client = createScanProfilesClient({
    baseUrl: harnessUrl,
    auth: credentials.auth,
    retry: { maxAttempts: 1 },
    ...(credentials.environment === undefined ? {} : { environment: credentials.environment }),
    fetch: (input, init) => {
      const url = input instanceof Request ? input.url : String(input);
      if (url.startsWith(harnessUrl))
        authorization = new Headers(init?.headers).get('authorization');
      return fetch(input, init);
    },
  });

  await client.listScanProfiles(customerId, { pageSize: 1 }).catch(() => undefined);
  const found = /^bearer\s+(\S+)$/i.exec(authorization ?? '');
  return found?.[1];
}
