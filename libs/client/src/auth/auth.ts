// The ways a client can prove who it is. A caller passes one of these objects as `auth`.

/** A bearer token the caller already has. It is sent as it is and never refreshed. */
export interface StaticTokenAuth {
  token: string;
}

/**
 * A function that returns a bearer token, called before every request and once more after a
 * 401. It is the caller's to cache.
 */
export interface TokenProviderAuth {
  getToken: () => string | Promise<string>;
}

/** OAuth 2.0 client credentials proven by a client secret. */
export interface ClientSecretAuth {
  clientId: string;
  clientSecret: string;
  /** Default `elements.scanprofiles.read.all`. */
  scope?: string;
  /** Default: the token endpoint of the client's environment. */
  tokenUrl?: string;
}

/**
 * OAuth 2.0 client credentials proven by a signed JWT client assertion. `certificateAuth` from
 * `@scan-profiles/client/node` makes one from a certificate and its private key; any other
 * signer (a key vault, a hardware module) can supply `clientAssertion` itself.
 */
export interface ClientAssertionAuth {
  clientId: string;
  /** A fresh, signed assertion whose audience is `audience`, the token endpoint's URL. */
  clientAssertion: (audience: string) => string | Promise<string>;
  scope?: string;
  tokenUrl?: string;
}

export type Auth = StaticTokenAuth | TokenProviderAuth | ClientSecretAuth | ClientAssertionAuth;

/** The permission the endpoint asks for, as a bare name. */
export const DEFAULT_SCOPE = 'elements.scanprofiles.read.all';
