// Tokens: where they come from, how long they are kept, how many requests fetch them, and
// that no secret or token ever shows in an error.
import { inspect } from 'node:util';

import {
  AuthenticationError,
  DEFAULT_SCOPE,
  HttpError,
  createScanProfilesClient,
  type Auth,
  type ScanProfilesClientOptions,
} from '../src/index.js';
import { BATCH_PATH, CUSTOMER_ID } from './support/scan-profiles-api.js';
import { delay, sendJson, startServer, type ScriptedServer } from './support/scripted-server.js';
import {
  TOKEN_PATH,
  formOf,
  identityAndApi,
  type IdentityScript,
} from './support/token-endpoint.js';
import { freePortForTests } from './support/free-port.js';

const SECRET = 'S3cr3t-never-shown';

let server: ScriptedServer | undefined;
afterEach(() => server?.close());

async function clientWith(
  script: IdentityScript,
  auth: (tokenUrl: string) => Auth = (tokenUrl) => ({
    clientId: 'app-1',
    clientSecret: SECRET,
    tokenUrl,
  }),
  options: Partial<ScanProfilesClientOptions> = {},
) {
  server = await startServer(identityAndApi(script));
  const client = createScanProfilesClient({
    baseUrl: server.url,
    auth: auth(`${server.url}${TOKEN_PATH}`),
    retry: { baseDelayMs: 5 },
    ...options,
  });
  return { client, server };
}

function bearerTokens(on: ScriptedServer): string[] {
  return on.requestsTo(BATCH_PATH).map((request) => request.headers.authorization ?? '');
}

describe('a static token', () => {
  it('is sent as it is, and a 401 is final: there is nothing to refresh', async () => {
    const { client, server } = await clientWith({ accepts: () => false }, () => ({
      token: 'fixed',
    }));

    await expect(client.listScanProfiles(CUSTOMER_ID)).rejects.toMatchObject({ status: 401 });

    expect(bearerTokens(server)).toEqual(['Bearer fixed']);
    expect(server.requestsTo(TOKEN_PATH)).toHaveLength(0);
  });
});

describe('a token function', () => {
  it('is asked before every request, and once more after a 401', async () => {
    let calls = 0;
    const getToken = async () => `from-function-${++calls}`;
    const { client, server } = await clientWith(
      { accepts: (token) => token !== 'from-function-1' },
      () => ({
        getToken,
      }),
    );

    await client.listScanProfiles(CUSTOMER_ID);
    await client.listScanProfiles(CUSTOMER_ID);

    expect(bearerTokens(server)).toEqual([
      'Bearer from-function-1',
      'Bearer from-function-2',
      'Bearer from-function-3',
    ]);
  });
});

describe('client credentials with a secret', () => {
  it('asks the token endpoint with a form, the default scope and the secret', async () => {
    const { client, server } = await clientWith({});

    await client.listScanProfiles(CUSTOMER_ID);

    const [tokenRequest] = server.requestsTo(TOKEN_PATH);
    expect(tokenRequest?.headers['content-type']).toBe('application/x-www-form-urlencoded');
    expect(formOf(tokenRequest)).toEqual({
      grant_type: 'client_credentials',
      client_id: 'app-1',
      client_secret: SECRET,
      scope: DEFAULT_SCOPE,
    });
    expect(bearerTokens(server)).toEqual(['Bearer token-1']);
  });

  it('sends a scope of its own when given one', async () => {
    const { client, server } = await clientWith({}, (tokenUrl) => ({
      clientId: 'app-1',
      clientSecret: SECRET,
      scope: 'custom.scope',
      tokenUrl,
    }));

    await client.listScanProfiles(CUSTOMER_ID);

    expect(formOf(server.requestsTo(TOKEN_PATH)[0]).scope).toBe('custom.scope');
  });

  it('keeps the token for later calls', async () => {
    const { client, server } = await clientWith({});

    for (let call = 0; call < 3; call += 1) await client.listScanProfiles(CUSTOMER_ID);

    expect(server.requestsTo(TOKEN_PATH)).toHaveLength(1);
    expect(bearerTokens(server)).toEqual(Array(3).fill('Bearer token-1'));
  });

  it('shares one token request among 20 concurrent calls (single flight)', async () => {
    const { client, server } = await clientWith({ delayMs: 50 });

    await Promise.all(Array.from({ length: 20 }, () => client.listScanProfiles(CUSTOMER_ID)));

    expect(server.requestsTo(TOKEN_PATH)).toHaveLength(1);
    expect(new Set(bearerTokens(server))).toEqual(new Set(['Bearer token-1']));
  });

  it('renews the token shortly before it expires', async () => {
    const { client, server } = await clientWith({ expiresIn: 0.3 });

    await client.listScanProfiles(CUSTOMER_ID);
    await client.listScanProfiles(CUSTOMER_ID);
    await delay(300);
    await client.listScanProfiles(CUSTOMER_ID);

    expect(bearerTokens(server)).toEqual(['Bearer token-1', 'Bearer token-1', 'Bearer token-2']);
  });

  it('refreshes once on a 401 and retries once', async () => {
    const { client, server } = await clientWith({ accepts: (token) => token !== 'token-1' });

    await client.listScanProfiles(CUSTOMER_ID);

    expect(bearerTokens(server)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('does not refresh or retry a second time when the new token is refused too', async () => {
    const { client, server } = await clientWith({ accepts: () => false });

    await expect(client.listScanProfiles(CUSTOMER_ID)).rejects.toBeInstanceOf(HttpError);

    expect(bearerTokens(server)).toEqual(['Bearer token-1', 'Bearer token-2']);
  });

  it('refreshes once when 20 concurrent calls all see the same token refused', async () => {
    const { client, server } = await clientWith({ accepts: (token) => token !== 'token-1' });

    await Promise.all(Array.from({ length: 20 }, () => client.listScanProfiles(CUSTOMER_ID)));

    expect(server.requestsTo(TOKEN_PATH)).toHaveLength(2);
    const tokens = bearerTokens(server);
    expect(tokens.filter((token) => token === 'Bearer token-1')).toHaveLength(20);
    expect(tokens.filter((token) => token === 'Bearer token-2')).toHaveLength(20);
  });

  it('retries a token endpoint that is briefly unavailable', async () => {
    let calls = 0;
    const { client, server } = await clientWith({
      tokenResponse: (_request, response) => {
        if (calls++ > 0) return false;
        sendJson(response, 503, {});
        return true;
      },
    });

    await client.listScanProfiles(CUSTOMER_ID);

    expect(server.requestsTo(TOKEN_PATH)).toHaveLength(2);
  });
});

describe('a token endpoint that refuses', () => {
  const refusals: Array<[string, number, unknown, { oauthError?: string; reason: RegExp }]> = [
    [
      'invalid_client with a description',
      401,
      { error: 'invalid_client', error_description: 'Unknown client or wrong secret.' },
      { oauthError: 'invalid_client', reason: /invalid_client: Unknown client or wrong secret\.$/ },
    ],
    [
      'invalid_scope without a description',
      400,
      { error: 'invalid_scope' },
      { oauthError: 'invalid_scope', reason: /invalid_scope: the token endpoint answered 400$/ },
    ],
    [
      '500 with no OAuth body',
      500,
      'Internal error',
      { reason: /the token endpoint answered 500$/ },
    ],
    [
      '200 without an access token',
      200,
      { token_type: 'Bearer' },
      { reason: /answered without an access token$/ },
    ],
  ];

  it.each(refusals)(
    'with %s is an AuthenticationError naming the environment',
    async (_, status, body, want) => {
      const { client } = await clientWith(
        {
          tokenResponse: (_request, response) => {
            sendJson(response, status, body);
            return true;
          },
        },
        undefined,
        { environment: 'gov', retry: { maxAttempts: 1 } },
      );

      const error: unknown = await client
        .listScanProfiles(CUSTOMER_ID)
        .catch((failure: unknown) => failure);

      expect(error).toBeInstanceOf(AuthenticationError);
      expect(error).toMatchObject({ environment: 'gov', oauthError: want.oauthError, status });
      expect((error as Error).message).toMatch(/^Authentication failed in the gov environment: /);
      expect((error as Error).message).toMatch(want.reason);
    },
  );

  it('out of reach is an AuthenticationError saying so', async () => {
    const port = await freePortForTests();
    const { client } = await clientWith({}, () => ({
      clientId: 'app-1',
      clientSecret: SECRET,
      tokenUrl: `http://127.0.0.1:${port}/connect/token`,
    }));

    await expect(client.listScanProfiles(CUSTOMER_ID)).rejects.toThrow(
      'Authentication failed in the commercial environment: ' +
        'the token endpoint could not be reached (ECONNREFUSED)',
    );
  });
});

describe('secrets and tokens', () => {
  /** Everything of an error a log could show: message, enumerable fields, causes, stack. */
  function everythingShownOf(error: unknown): string {
    return [
      String(error),
      JSON.stringify(error),
      inspect(error, { depth: 10, showHidden: true }),
    ].join('\n');
  }

  it('never show in an authentication error, even when the endpoint echoes them', async () => {
    const { client } = await clientWith(
      {
        tokenResponse: (request, response) => {
          sendJson(response, 400, {
            error: 'invalid_request',
            error_description: `Bad: ${request.body}`,
          });
          return true;
        },
      },
      undefined,
      { retry: { maxAttempts: 1 } },
    );

    const error: unknown = await client
      .listScanProfiles(CUSTOMER_ID)
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(AuthenticationError);
    expect(everythingShownOf(error)).not.toContain(SECRET);
    expect((error as Error).message).toContain('[redacted]');
  });

  it('never show in an HTTP error after the token was used', async () => {
    const { client } = await clientWith({ accepts: () => false });

    const error: unknown = await client
      .listScanProfiles(CUSTOMER_ID)
      .catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(HttpError);
    const shown = everythingShownOf(error);
    expect(shown).not.toContain('token-1');
    expect(shown).not.toContain('token-2');
    expect(shown).not.toContain(SECRET);
  });

  it('never show when the client itself is logged', async () => {
    const { client } = await clientWith({});
    await client.listScanProfiles(CUSTOMER_ID);

    const shown = inspect(client, { depth: 10, showHidden: true });

    expect(shown).not.toContain(SECRET);
    expect(shown).not.toContain('token-1');
  });
});
