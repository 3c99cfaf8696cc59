import type { NpmHome } from './run-npm.cjs';

export function createScratchProject(
  dir: string,
  options?: { files?: Record<string, string>; type?: 'module' | 'commonjs' },
): string;

/** Resolves with each installed package's `resolved` URL or path, by package name. */
export function installPackages(
  dir: string,
  specs: string[],
  options: { home: NpmHome; args?: string[] },
): Promise<Record<string, string | undefined>>;
