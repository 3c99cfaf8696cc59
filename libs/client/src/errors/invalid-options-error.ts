import { ScanProfilesError } from './scan-profiles-error.js';

/**
 * Options or arguments the client cannot use: an unknown environment, a page size over 100, a
 * private key that does not belong to its certificate. Thrown before any request is sent.
 */
export class InvalidOptionsError extends ScanProfilesError {
  override name = 'InvalidOptionsError';
}
