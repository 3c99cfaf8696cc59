import { X509Certificate, createHash, createPrivateKey, type KeyObject } from 'node:crypto';

import type { ClientAssertionAuth } from '../auth/auth.js';
import { InvalidOptionsError } from '../errors/invalid-options-error.js';
import { signClientAssertion } from './client-assertion.js';

export interface CertificateAuthOptions {
  clientId: string;
  /** The certificate's private key, PEM (PKCS#8 or PKCS#1), unencrypted. */
  privateKeyPem: string;
  /** The certificate registered with the app in Elements, PEM. */
  certificatePem: string;
  scope?: string;
  tokenUrl?: string;
}

/**
 * Client credentials proven by a certificate, as the vendor recommends: each token request
 * carries a fresh JWT assertion signed with the private key. The key is read and checked
 * against the certificate here, once; the object returned holds it only in a closure, so
 * logging or serialising that object shows no key.
 */
export function certificateAuth(options: CertificateAuthOptions): ClientAssertionAuth {
  const certificate = certificateFrom(options.certificatePem);
  const privateKey = privateKeyFrom(options.privateKeyPem);
  if (!certificate.checkPrivateKey(privateKey)) {
    throw new InvalidOptionsError('The private key does not belong to the certificate');
  }

  const { clientId } = options;
  const thumbprint = createHash('sha1').update(certificate.raw).digest('base64url');

  return {
    clientId,
    ...(options.scope !== undefined && { scope: options.scope }),
    ...(options.tokenUrl !== undefined && { tokenUrl: options.tokenUrl }),
    clientAssertion: (audience) =>
      signClientAssertion({ clientId, audience, privateKey, thumbprint }),
  };
}

// Node's own messages for unreadable PEM say nothing of the key, but they are not worded for
// the caller either; these say which input is wrong.
function certificateFrom(pem: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (error) {
    throw new InvalidOptionsError('certificatePem is not a PEM certificate', { cause: error });
  }
}

function privateKeyFrom(pem: string): KeyObject {
  let key: KeyObject;
  try {
    key = createPrivateKey(pem);
  } catch (error) {
    const reason = 'privateKeyPem is not an unencrypted PEM private key';
    throw new InvalidOptionsError(reason, { cause: error });
  }

  if (key.asymmetricKeyType !== 'rsa') {
    throw new InvalidOptionsError('privateKeyPem must be an RSA key: assertions are signed RS256');
  }
  return key;
}
