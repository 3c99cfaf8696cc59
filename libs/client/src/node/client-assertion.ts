import { randomUUID, sign, type KeyObject } from 'node:crypto';

export interface ClientAssertionClaims {
  clientId: string;
  /** The token endpoint's URL. */
  audience: string;
  privateKey: KeyObject;
  /** base64url SHA-1 of the certificate's DER, which tells the endpoint which key to check. */
  thumbprint: string;
  now?: number;
}

/** How long an assertion is good for: long enough for one token request, no longer. */
const LIFETIME_S = 300;

/**
 * A JWT client assertion (RFC 7523) signed RS256: iss = sub = the client ID, aud = the token
 * endpoint, a unique jti, and the certificate's thumbprint as `x5t` in the header.
 */
export function signClientAssertion(claims: ClientAssertionClaims): string {
  const issuedAt = Math.floor((claims.now ?? Date.now()) / 1000);

  const header = { alg: 'RS256', typ: 'JWT', x5t: claims.thumbprint };
  const payload = {
    iss: claims.clientId,
    sub: claims.clientId,
    aud: claims.audience,
    jti: randomUUID(),
    iat: issuedAt,
    nbf: issuedAt,
    exp: issuedAt + LIFETIME_S,
  };

  const signingInput = `${base64url(header)}.${base64url(payload)}`;
  const signature = sign('sha256', Buffer.from(signingInput), claims.privateKey);
  return `${signingInput}.${signature.toString('base64url')}`;
}

function base64url(value: object): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}
