// `npm run registry:publish [-- --registry http://127.0.0.1:4873]`: packs @scan-profiles/client
// as the round trip does and publishes it to a registry on loopback, such as the one
// `npm run registry:serve` started. A version the registry already holds is refused (409).
'use strict';

const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');
const { parseArgs } = require('node:util');

const { WORKSPACE_ROOT } = require('../mock/prism.cjs');
const { packLibrary } = require('../packaging/pack-library.cjs');
const { npmHome } = require('../packaging/run-npm.cjs');
const { publishToRegistry } = require('./publish-to-registry.cjs');

async function main() {
  const { values } = parseArgs({ options: { registry: { type: 'string' } } });
  const registry = (values.registry ?? 'http://127.0.0.1:4873').replace(/\/+$/, '');
  if (!/^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?$/.test(registry)) {
    console.error(`--registry must be a registry on loopback, not ${registry}`);
    return 1;
  }

  const workDir = mkdtempSync(join(tmpdir(), 'scan-profiles-publish-'));
  try {
    const packed = await packLibrary(join(WORKSPACE_ROOT, 'libs', 'client'), join(workDir, 'pack'));
    const home = npmHome(join(workDir, 'npm-home'));
    await publishToRegistry(packed.tarball, { registry, home });

    console.log(`Published ${packed.name}@${packed.version} to ${registry}.`);
    console.log(`Install it: echo '@scan-profiles:registry=${registry}/' >> .npmrc`);
    console.log(`            npm install ${packed.name}`);
    return 0;
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`Publishing failed: ${error.message}`);
    process.exitCode = 1;
  },
);
