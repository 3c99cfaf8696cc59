// Publishes a packed tarball to a registry on loopback. npm will not publish without a
// credential for the registry, so the npm home's user config gets a throwaway token; the
// local registry lets anonymous users publish `@scan-profiles/*` and takes a token it did not
// issue as anonymous, so the token's value does not matter and is no secret.
'use strict';

const { appendFileSync } = require('node:fs');

const { runNpm } = require('../packaging/run-npm.cjs');

const THROWAWAY_TOKEN = 'local-registry-anonymous';

async function publishToRegistry(tarball, { registry, home }) {
  const { host } = new URL(registry);
  appendFileSync(home.userconfig, `//${host}/:_authToken=${THROWAWAY_TOKEN}\n`);

  await runNpm(['publish', tarball, '--registry', `${registry}/`], { cwd: home.dir, home });
}

module.exports = { publishToRegistry };
