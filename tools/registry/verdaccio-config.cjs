// The configuration of a throwaway Verdaccio. It has no uplinks, so it never passes a request
// on to another registry: a package it does not hold is a 404, never a download from the
// internet. Anyone may read and publish `@scan-profiles/*`; there are no users (adding one is
// switched off), so nothing else can be published at all.
'use strict';

const { mkdirSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');
const YAML = require('yaml');

function verdaccioConfig(dir) {
  return {
    storage: join(dir, 'storage'),
    auth: { htpasswd: { file: join(dir, 'htpasswd'), max_users: -1 } },
    uplinks: {},
    packages: {
      '@scan-profiles/*': { access: '$all', publish: '$anonymous', unpublish: '$anonymous' },
      '**': { access: '$all', publish: '$authenticated' },
    },
    web: { enable: false },
    middlewares: { audit: { enabled: false } },
    log: { type: 'stdout', format: 'json', level: 'warn' },
  };
}

/** Writes `config.yaml` into `dir` and returns its path. */
function writeVerdaccioConfig(dir) {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'config.yaml');
  writeFileSync(path, YAML.stringify(verdaccioConfig(dir)));

  return path;
}

module.exports = { verdaccioConfig, writeVerdaccioConfig };
