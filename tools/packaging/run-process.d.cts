export interface ProcessResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Killed after this long; default 120 s. */
  timeoutMs?: number;
}

export function runProcess(
  command: string,
  args: string[],
  options: RunOptions,
): Promise<ProcessResult>;
export function runOrThrow(command: string, args: string[], options: RunOptions): Promise<string>;
