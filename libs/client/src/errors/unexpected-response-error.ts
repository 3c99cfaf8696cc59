import { ScanProfilesError } from './scan-profiles-error.js';

/** The API answered 2xx with a body that is not a page of scan profiles. */
export class UnexpectedResponseError extends ScanProfilesError {
  override name = 'UnexpectedResponseError';
  readonly method: string;
  readonly path: string;

  constructor(method: string, path: string, problem: string, options?: { cause?: unknown }) {
    super(`Response is not a page of scan profiles (${problem}): ${method} ${path}`, options);

    this.method = method;
    this.path = path;
  }
}
