// `npm run registry:serve [-- --port 4873] [-- --storage DIR]`: a local Verdaccio that stays up
// until Ctrl-C, for teams who publish and install by hand. Without --storage, what is published
// lives in a temporary folder and goes when the registry stops.
'use strict';

const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join, resolve } = require('node:path');
const { parseArgs } = require('node:util');

const { startLocalRegistry } = require('./local-registry.cjs');

const DEFAULT_PORT = 4873;

async function main() {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, storage: { type: 'string' } },
  });
  const port = Number(values.port ?? DEFAULT_PORT);
  const dir = values.storage
    ? resolve(values.storage)
    : mkdtempSync(join(tmpdir(), 'scan-profiles-registry-'));

  const registry = await startLocalRegistry(dir, { port });
  console.log(`Verdaccio listens on ${registry.url} (storage in ${dir}); Ctrl-C stops it.`);
  console.log(`Publish the client: npm run registry:publish -- --registry ${registry.url}`);

  const stop = async () => {
    await registry.stop();
    if (!values.storage) rmSync(dir, { recursive: true, force: true });
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}

main().catch((error) => {
  console.error(`The registry did not start: ${error.message}`);
  process.exitCode = 1;
});
