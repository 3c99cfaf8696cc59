/**
 * The base of every error this package throws, so a caller can tell the client's failures from
 * its own with one `instanceof`. No subclass ever holds a secret, an assertion or a token.
 */
export class ScanProfilesError extends Error {
  override name = 'ScanProfilesError';
}
