#!/usr/bin/env node
// The entry point: wires the process (arguments, streams, Ctrl-C) to the program and turns the
// outcome into an exit code. It never calls process.exit on success, so output always drains.
import { CommanderError } from 'commander';

import type { CommandIo } from './command-io.js';
import { EXIT_CODES } from './errors.js';
import { buildProgram } from './program.js';
import { reportFailure } from './report.js';

async function main(argv: string[]): Promise<number | undefined> {
  const interruption = new AbortController();
  process.once('SIGINT', () => {
    interruption.abort();
    process.once('SIGINT', () => process.exit(EXIT_CODES.interrupted));
  });

  // A reader that stops early (`| head`) is not a failure of ours.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    process.exit(error.code === 'EPIPE' ? EXIT_CODES.success : EXIT_CODES.failure);
  });

  const io: CommandIo = {
    env: process.env,
    stdout: process.stdout,
    stderr: process.stderr,
    signal: interruption.signal,
    debug: argv.includes('--debug'),
  };

  try {
    await buildProgram(io).parseAsync(argv);
    return undefined;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? EXIT_CODES.success : EXIT_CODES.usage;
    }
    return reportFailure(error, { target: 'the API' }, io);
  }
}

void main(process.argv).then((exitCode) => {
  if (exitCode !== undefined) process.exitCode = exitCode;
});
