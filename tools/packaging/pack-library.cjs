// Packs a library as it would be published, without touching its own dist folder: the project
// is copied, all but dist and node_modules, into a staging folder, built into that folder's
// dist, and packed there with `npm pack`. The whole project is copied, sources and tests too,
// so that the `files` list in package.json, and nothing else, decides what the tarball holds.
'use strict';

const { cpSync, readFileSync, writeFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

const { WORKSPACE_ROOT } = require('../mock/prism.cjs');
const { runNpm, npmHome } = require('./run-npm.cjs');
const { runOrThrow } = require('./run-process.cjs');

const BUILD_LIBRARY = join(WORKSPACE_ROOT, 'tools', 'build', 'build-library.mjs');
const LEFT_BEHIND = new Set(['dist', 'node_modules']);

/** Builds and packs `projectRoot` inside `workDir`; resolves with the tarball and its files. */
async function packLibrary(projectRoot, workDir) {
  const project = resolve(projectRoot);
  const staging = join(workDir, 'staging');
  cpSync(project, staging, {
    recursive: true,
    filter: (source) => !LEFT_BEHIND.has(relative(project, source)),
  });

  withoutWorkspaceOnlyFields(join(staging, 'package.json'));

  const build = [BUILD_LIBRARY, project, '--out-dir', join(staging, 'dist')];
  await runOrThrow(process.execPath, build, { cwd: WORKSPACE_ROOT });

  const home = npmHome(join(workDir, 'npm-home-pack'));
  const json = await runNpm(['pack', '--json', '--pack-destination', workDir], {
    cwd: staging,
    home,
  });
  const [packed] = JSON.parse(json);

  return {
    name: packed.name,
    version: packed.version,
    tarball: join(workDir, packed.filename),
    files: packed.files.map((file) => file.path).sort(),
  };
}

/**
 * The workspace's own devDependencies (private packages such as @scan-profiles/tools) mean
 * nothing to a consumer and name internals; the published manifest goes without them.
 */
function withoutWorkspaceOnlyFields(manifestPath) {
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'));
  delete manifest.devDependencies;
  writeFileSync(manifestPath, `${JSON.stringify(manifest, null, 2)}\n`);
}

module.exports = { packLibrary };
