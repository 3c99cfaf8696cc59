// A consumer's project in a folder of its own, outside this workspace, so that a package it
// imports can only come from its own node_modules: what it installed, nothing of ours.
'use strict';

const { mkdirSync, readFileSync, writeFileSync } = require('node:fs');
const { dirname, join } = require('node:path');

const { runNpm } = require('./run-npm.cjs');

/** Writes package.json (an ES module package unless `type` says otherwise) and `files`. */
function createScratchProject(dir, { files = {}, type = 'module' } = {}) {
  mkdirSync(dir, { recursive: true });
  const manifest = { name: 'scratch-consumer', version: '1.0.0', private: true, type };
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(manifest, null, 2)}\n`);

  for (const [name, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }

  return dir;
}

/**
 * `npm install` of `specs` (names or tarball paths) into the project; `args` adds flags such
 * as `--offline`. Resolves with where npm says each package came from, by name.
 */
async function installPackages(dir, specs, { home, args = [] }) {
  await runNpm(['install', ...specs, ...args], { cwd: dir, home });

  const lock = JSON.parse(readFileSync(join(dir, 'package-lock.json'), 'utf8'));
  return Object.fromEntries(
    Object.entries(lock.packages ?? {})
      .filter(([path]) => path.startsWith('node_modules/'))
      .map(([path, entry]) => [path.slice('node_modules/'.length), entry.resolved]),
  );
}

module.exports = { createScratchProject, installPackages };
