#!/usr/bin/env node
// `scan-profiles` as npm links it into node_modules/.bin. npm links a workspace's commands
// when it installs, before anything is built, so the link points at this file, which is
// always there, and this file runs the build.
'use strict';

const { join } = require('node:path');

const BUILT_CLI = join(__dirname, '..', 'dist', 'main.js');

try {
  require.resolve(BUILT_CLI);
} catch {
  process.stderr.write(
    'scan-profiles is not built yet: run `npx nx run demo-cli:build` (or `npm run demo`).\n',
  );
  process.exit(2);
}

require(BUILT_CLI);
