// What the process's exit code tells a script, and the one failure that is the caller's to fix.

export const EXIT_CODES = {
  success: 0,
  /** The API, the token endpoint or the network failed. */
  failure: 1,
  /** A flag, an argument or a credentials variable is wrong or missing. */
  usage: 2,
  /** Ctrl-C: 128 + SIGINT, as shells report it. */
  interrupted: 130,
} as const;

/** A mistake in how the CLI was called or configured; its message says what to change. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A failure whose message already says what happened and what to do; exit code 1. */
export class CommandFailure extends Error {
  override name = 'CommandFailure';
}
