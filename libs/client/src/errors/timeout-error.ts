import { ScanProfilesError } from './scan-profiles-error.js';

/** An attempt took longer than `timeoutMs`, and so did every retry of it. */
export class TimeoutError extends ScanProfilesError {
  override name = 'TimeoutError';
  readonly method: string;
  readonly path: string;
  readonly timeoutMs: number;

  constructor(method: string, path: string, timeoutMs: number) {
    super(`Request timed out after ${timeoutMs} ms: ${method} ${path}`);

    this.method = method;
    this.path = path;
    this.timeoutMs = timeoutMs;
  }
}
