// @scan-profiles/client/node: everything the main entry has, plus what needs Node's crypto.
// Kept apart so that a browser build of the main entry never pulls in `node:crypto`.
export * from './index.js';

export { certificateAuth, type CertificateAuthOptions } from './node/certificate-auth.js';
export { signClientAssertion, type ClientAssertionClaims } from './node/client-assertion.js';
