import { ScanProfilesError } from './scan-profiles-error.js';

/**
 * No response came back: the connection was refused or reset, or the host is unknown; the same
 * on every retry. `cause` is what `fetch` threw.
 */
export class NetworkError extends ScanProfilesError {
  override name = 'NetworkError';
  readonly method: string;
  readonly path: string;
  /** The system error code found among the causes, e.g. `ECONNREFUSED`, if any. */
  readonly code: string | undefined;

  constructor(method: string, path: string, cause: unknown) {
    const code = systemCodeOf(cause);
    super(`Request failed without a response: ${method} ${path}${code ? ` (${code})` : ''}`, {
      cause,
    });

    this.method = method;
    this.path = path;
    this.code = code;
  }
}

function systemCodeOf(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause && depth < 4; depth += 1) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string') return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}
