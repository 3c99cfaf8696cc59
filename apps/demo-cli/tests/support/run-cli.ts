// Runs the built CLI as a person's shell would: a separate process, its own environment, and
// pipes for stdout and stderr (so stderr is never a terminal here).
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';

export const CLI = join(__dirname, '..', '..', 'dist', 'main.js');

export const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';

/** Any token will do for the mock; the scripted servers accept this one only. */
export const TOKEN = 'test-token';

export interface CliRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
}

export interface CliOptions {
  /** The whole environment of the CLI, apart from PATH: no AVEPOINT_* leaks in from outside. */
  env?: Record<string, string>;

  /** Called once the process is running, e.g. to interrupt it. */
  onSpawn?: (child: ChildProcess) => void;
}

/**
 * A CLI that never exits would keep jest waiting for ever; past this it is killed, and the
 * test sees the signal instead of an exit code.
 */
const KILL_AFTER_MS = 15_000;

/** Calls `then` once the CLI's stdout has printed `text`, and not on earlier output. */
export function whenPrinted(child: ChildProcess, text: string, then: () => void): void {
  let printed = '';
  const watch = (chunk: Buffer) => {
    printed += chunk.toString();
    if (!printed.includes(text)) return;

    child.stdout?.off('data', watch);
    then();
  };
  child.stdout?.on('data', watch);
}

export function runCli(args: string[], options: CliOptions = {}): Promise<CliRun> {
  const env = { PATH: process.env['PATH'] ?? '', ...(options.env ?? { AVEPOINT_TOKEN: TOKEN }) };
  const child = spawn(process.execPath, [CLI, ...args], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  options.onSpawn?.(child);
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);

  const stdout: Buffer[] = [];
  const stderr: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
  child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => {
      clearTimeout(killer);
      resolve({
        exitCode,
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}
