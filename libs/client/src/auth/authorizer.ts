import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import type { Authorizer, Transport } from '../http/transport.js';
import { DEFAULT_SCOPE, type Auth } from './auth.js';
import { TokenCache } from './token-cache.js';
import { requestToken, type TokenEndpoint } from './token-endpoint.js';

export interface AuthContext {
  environment: string;
  /** The environment's token endpoint, used unless `auth.tokenUrl` names another. */
  tokenUrl: string;
  transport: Transport;
}

const AUTH_SHAPES =
  'auth must be { token }, { getToken }, { clientId, clientSecret }, ' +
  "or certificateAuth(...) from '@scan-profiles/client/node'";

/** Turns the caller's `auth` into where each request gets its token. */
export function authorizerFor(auth: Auth, context: AuthContext): Authorizer {
  if (typeof auth !== 'object' || auth === null) throw new InvalidOptionsError(AUTH_SHAPES);

  if ('token' in auth) {
    if (!isText(auth.token)) throw new InvalidOptionsError('auth.token must be a non-empty string');
    const token = auth.token;
    return { token: async () => token, reject: () => false };
  }

  if ('getToken' in auth) {
    const { getToken } = auth;
    if (typeof getToken !== 'function')
      throw new InvalidOptionsError('auth.getToken must be a function');
    return { token: async () => getToken(), reject: () => true };
  }

  if (!isText(auth.clientId))
    throw new InvalidOptionsError('auth.clientId must be a non-empty string');
  const endpoint: TokenEndpoint = { ...context, tokenUrl: auth.tokenUrl ?? context.tokenUrl };
  const common = { client_id: auth.clientId, scope: auth.scope ?? DEFAULT_SCOPE };

  if ('clientAssertion' in auth) {
    const { clientAssertion } = auth;
    return cachedAuthorizer(async () => {
      const assertion = await clientAssertion(endpoint.tokenUrl);
      const form = {
        ...common,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: assertion,
      };
      return requestToken(endpoint, form, [assertion]);
    });
  }

  if ('clientSecret' in auth && isText(auth.clientSecret)) {
    const { clientSecret } = auth;
    return cachedAuthorizer(() =>
      requestToken(endpoint, { ...common, client_secret: clientSecret }, [clientSecret]),
    );
  }

  throw new InvalidOptionsError(AUTH_SHAPES);
}

function cachedAuthorizer(issue: ConstructorParameters<typeof TokenCache>[0]): Authorizer {
  const cache = new TokenCache(issue);

  return {
    token: () => cache.token(),
    reject: (token) => {
      cache.forget(token);
      return true;
    },
  };
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.length > 0;
}
