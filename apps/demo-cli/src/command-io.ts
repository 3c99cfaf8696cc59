import type { ProgressStream } from './progress.js';

/** What a command may touch outside itself; main.ts hands it the process's own. */
export interface CommandIo {
  readonly env: NodeJS.ProcessEnv;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & ProgressStream;

  /** Aborted by Ctrl-C. */
  readonly signal: AbortSignal;

  /** Whether a failure also prints its stack trace and causes. */
  readonly debug: boolean;
}
