// Runs openapi-generator (typescript-fetch) over the contract into a folder. Both the
// `client:generate` target and the drift check use it, so they can never disagree on options.
import { execFileSync } from 'node:child_process';
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

/** Writes the client generated from `contract` into `outputDir`, replacing what was there. */
export function generateClient(outputDir, contract = CONTRACT) {
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

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  generateClient(GENERATED_DIR);
  process.stdout.write(`Generated the client into ${GENERATED_DIR}\n`);
}
