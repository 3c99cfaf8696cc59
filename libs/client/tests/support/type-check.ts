// tsc over a consumer's scratch project, as a consumer would run it, with the workspace's own
// TypeScript (installing it again would need the network). Diagnostics come back as data.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { WORKSPACE_ROOT } from '@scan-profiles/tools/mock';
import { runProcess } from '@scan-profiles/tools/packaging/run-process';

const TSC = join(WORKSPACE_ROOT, 'node_modules', 'typescript', 'bin', 'tsc');

export type ConsumerKind = 'node' | 'browser';

export interface Diagnostic {
  file: string;
  line: number;
  code: string;
}

/**
 * A strict consumer's compiler options. A Node consumer takes Node's types (from the
 * workspace, for the same reason as tsc) and skips checking libraries, as most projects do; a
 * browser consumer takes the DOM's types and no Node types, and checks the package's own
 * declarations too, so that nothing in them leans on Node.
 */
function compilerOptions(kind: ConsumerKind): Record<string, unknown> {
  const strict = {
    target: 'ES2022',
    module: 'NodeNext',
    moduleResolution: 'NodeNext',
    strict: true,
    exactOptionalPropertyTypes: true,
    noUncheckedIndexedAccess: true,
    noEmit: true,
  };
  if (kind === 'browser')
    return { ...strict, lib: ['ES2022', 'DOM'], types: [], skipLibCheck: false };

  const typeRoots = [join(WORKSPACE_ROOT, 'node_modules', '@types')];
  return { ...strict, lib: ['ES2022'], types: ['node'], typeRoots, skipLibCheck: true };
}

/** Writes `tsconfig.<kind>.json` over `files` and runs tsc on it. */
export async function typeCheck(
  project: string,
  kind: ConsumerKind,
  files: string[],
): Promise<Diagnostic[]> {
  const tsconfig = `tsconfig.${kind}.json`;
  const config = { compilerOptions: compilerOptions(kind), files };
  writeFileSync(join(project, tsconfig), `${JSON.stringify(config, null, 2)}\n`);

  const result = await runProcess(process.execPath, [TSC, '-p', tsconfig, '--pretty', 'false'], {
    cwd: project,
  });
  const diagnostics = [...result.stdout.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+):/gm)].map(
    ([, file = '', line = '0', code = '']) => ({ file, line: Number(line), code }),
  );

  // tsc failing without a diagnostic is a broken set-up (say, a bad config), not a type error.
  if (result.code !== 0 && diagnostics.length === 0) {
    throw new Error(`tsc failed in ${project}: ${result.stdout}${result.stderr}`);
  }
  return diagnostics;
}
