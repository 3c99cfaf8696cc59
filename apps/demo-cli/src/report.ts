import { inspect } from 'node:util';

import type { CommandIo } from './command-io.js';
import { EXIT_CODES } from './errors.js';
import { describeFailure, type FailureContext } from './failure.js';

/** Prints the one line a failure deserves (the stack only with --debug); returns the exit code. */
export function reportFailure(error: unknown, context: FailureContext, io: CommandIo): number {
  if (io.signal.aborted) {
    io.stderr.write('Stopped by Ctrl-C.\n');
    return EXIT_CODES.interrupted;
  }

  const { message, exitCode } = describeFailure(error, context);
  io.stderr.write(`${message}\n`);
  if (io.debug) io.stderr.write(`${inspect(error, { depth: 6 })}\n`);

  return exitCode;
}
