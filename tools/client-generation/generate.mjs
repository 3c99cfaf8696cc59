// Runs openapi-generator (typescript-fetch) over the contract into a folder. Both the
// `client:generate` target and the drift check use it, so they can never disagree on options.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const WORKSPACE_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CONTRACT = join(WORKSPACE_ROOT, 'openapi', 'scan-profiles.openapi.yaml');
export const GENERATED_DIR = join(WORKSPACE_ROOT, 'libs', 'client', 'src', 'generated');

const CLIENT_DIR = join(WORKSPACE_ROOT, 'libs', 'client');
const WRAPPER = join(
  WORKSPACE_ROOT,
  'node_modules',
  '@openapitools',
  'openapi-generator-cli',
  'main.js',
);

/** A generator that cannot start is one line of advice, not the wrapper's stack trace. */
export class GeneratorUnavailableError extends Error {}

function ensureJava() {
  const java = spawnSync('java', ['-version'], { stdio: 'ignore' });
  if (java.error || java.status !== 0) {
    throw new GeneratorUnavailableError(
      'openapi-generator needs Java 11 or later, and `java -version` does not run here: ' +
        'install a JDK, then run `npm ci` again.',
    );
  }
}

/** Writes the client generated from `contract` into `outputDir`, replacing what was there. */
export function generateClient(outputDir, contract = CONTRACT) {
  ensureJava();
  rmSync(outputDir, { recursive: true, force: true });

  const args = [
    WRAPPER,
    'generate',
    '--generator-name',
    'typescript-fetch',
    '--input-spec',
    contract,
    '--output',
    outputDir,
    '--config',
    join(CLIENT_DIR, 'generator-config.yaml'),
    '--ignore-file-override',
    join(CLIENT_DIR, '.openapi-generator-ignore'),
  ];

  // The wrapper finds openapitools.json (the pinned generator version) in its working folder.
  execFileSync(process.execPath, args, {
    cwd: WORKSPACE_ROOT,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

/** Runs a command-line step, printing a GeneratorUnavailableError as its one line. */
export function runOrExplain(step) {
  try {
    step();
  } catch (error) {
    if (!(error instanceof GeneratorUnavailableError)) throw error;
    process.stderr.write(`${error.message}\n`);
    process.exitCode = 1;
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  runOrExplain(() => {
    generateClient(GENERATED_DIR);
    process.stdout.write(`Generated the client into ${GENERATED_DIR}\n`);
  });
}
