import type { ChildProcess } from 'node:child_process';

export interface MockOptions {
  host?: string;
  port?: number;
  dynamic?: boolean;
  seed?: string | number;
  verbosity?: 'trace' | 'debug' | 'info' | 'warn' | 'error' | 'fatal' | 'silent';
  inheritOutput?: boolean;
  /** Runs Prism with NODE_ENV=production (the default), which makes it faster. */
  production?: boolean;
}

export interface RunningMock {
  url: string;
  port: number;
  child: ChildProcess;
  stop(): Promise<void>;
}

export const CONTRACT: string;
export const WORKSPACE_ROOT: string;
export function freePort(host?: string): Promise<number>;
export function startMock(options?: MockOptions): Promise<RunningMock>;
export function mockUrlForTests(): string;
