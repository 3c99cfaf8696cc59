// `scan-profiles mock`: Prism serving the contract until Ctrl-C, started the way `npm run mock`
// starts it, with the same environment variables as defaults for the flags.
import { startMock, type MockOptions, type RunningMock } from '@scan-profiles/tools/mock';
import type { Command } from 'commander';

import type { CommandIo } from '../command-io.js';
import { CommandFailure, EXIT_CODES, UsageError } from '../errors.js';
import { MOCK_EXAMPLES, SAMPLE_CUSTOMER_ID } from '../help-text.js';
import { reportFailure } from '../report.js';
import { parsePort } from './arguments.js';

const DEFAULT_PORT = 4010;

// The seed reaches Prism's choices (how many profiles, which scan modes) but not faker, which
// fills in the document's `x-faker` names, IDs and times: those still differ from run to run.
const SEED_HELP = 'the same shape of generated answers on every run (default: MOCK_SEED)';

const LOG_LEVELS = ['trace', 'debug', 'info', 'warn', 'error', 'fatal', 'silent'] as const;

export interface MockCommandOptions {
  port?: number;
  dynamic?: boolean;
  seed?: string;
}

export function addMockCommand(program: Command, io: CommandIo): Command {
  return program
    .command('mock')
    .summary('serve the mock API until Ctrl-C (as npm run mock)')
    .description('Serves the contract with the Prism mock on 127.0.0.1 until Ctrl-C.')
    .option('--port <number>', `the port (default: PORT, else ${DEFAULT_PORT})`, parsePort)
    .option('--dynamic', 'generate answers from the schema (default: MOCK_DYNAMIC)')
    .option('--seed <seed>', SEED_HELP)
    .addHelpText('after', MOCK_EXAMPLES)
    .action(async (options: MockCommandOptions) => {
      process.exitCode = await serveMock(options, io);
    });
}

export async function serveMock(options: MockCommandOptions, io: CommandIo): Promise<number> {
  let running: RunningMock | undefined;

  try {
    const mockOptions = mockOptionsFrom(options, io.env);
    running = await startMock(mockOptions).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new CommandFailure(
          `Port ${mockOptions.port} is taken: choose another with --port or PORT.`,
        );
      }
      throw new CommandFailure(
        `Could not start the mock on port ${mockOptions.port} (${firstLine(error.message)}): ` +
          'if the port is taken, choose another with --port.',
      );
    });

    io.stdout.write(
      `Mock of the scan-profiles API on ${running.url} (Ctrl-C stops it). Try:\n` +
        `  AVEPOINT_TOKEN=any scan-profiles list ${SAMPLE_CUSTOMER_ID} --base-url ${running.url}\n`,
    );

    const exitCode = await untilExitOrAbort(running, io.signal);
    if (io.signal.aborted || exitCode === 0) return EXIT_CODES.success;

    io.stderr.write(`The mock stopped on its own (exit code ${exitCode}): see Prism's output.\n`);
    return EXIT_CODES.failure;
  } catch (error) {
    if (io.signal.aborted) return EXIT_CODES.success;
    return reportFailure(error, { target: 'the mock' }, io);
  } finally {
    await running?.stop();
  }
}

function mockOptionsFrom(options: MockCommandOptions, env: NodeJS.ProcessEnv): MockOptions {
  const port = options.port ?? (env.PORT ? portFromEnvironment(env.PORT) : DEFAULT_PORT);
  const verbosity = env.MOCK_LOG_LEVEL ?? 'error';
  if (!isLogLevel(verbosity)) {
    throw new UsageError(`MOCK_LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}.`);
  }

  const seed = options.seed ?? env.MOCK_SEED;
  return {
    host: '127.0.0.1',
    port,
    dynamic: options.dynamic ?? ['1', 'true'].includes(env.MOCK_DYNAMIC ?? ''),
    verbosity,
    inheritOutput: true,
    ...(seed !== undefined && { seed }),
  };
}

function portFromEnvironment(value: string): number {
  try {
    return parsePort(value);
  } catch {
    throw new UsageError(`PORT must be a number from 1 to 65535, got "${value}".`);
  }
}

function isLogLevel(value: string): value is (typeof LOG_LEVELS)[number] {
  return (LOG_LEVELS as readonly string[]).includes(value);
}

function untilExitOrAbort(running: RunningMock, signal: AbortSignal): Promise<number | null> {
  return new Promise((resolve) => {
    running.child.once('exit', (code) => resolve(code));
    signal.addEventListener('abort', () => resolve(null), { once: true });
  });
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
