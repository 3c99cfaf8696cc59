// The way another team gets the client, end to end, in throwaway folders: pack it, publish it
// to a local Verdaccio, install it from there into a scratch project, and run a ten-line
// consumer that lists every profile of a customer from a local server. `npm run registry:try`
// and the client's local-registry test both run this.
'use strict';

const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const { realisticProfiles } = require('../fake-api/realistic-profiles.cjs');
const { startScanProfilesServer } = require('../fake-api/scan-profiles-server.cjs');
const { WORKSPACE_ROOT } = require('../mock/prism.cjs');
const { packLibrary } = require('../packaging/pack-library.cjs');
const { npmHome } = require('../packaging/run-npm.cjs');
const { runOrThrow } = require('../packaging/run-process.cjs');
const { createScratchProject, installPackages } = require('../packaging/scratch-project.cjs');
const { startLocalRegistry } = require('./local-registry.cjs');
const { publishToRegistry } = require('./publish-to-registry.cjs');

const CLIENT_ROOT = join(WORKSPACE_ROOT, 'libs', 'client');
const CONSUMER = join(__dirname, 'list-every-profile.mjs');
const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';
const PROFILE_COUNT = 250;

/**
 * Runs the round trip inside `workDir`, which the caller creates and removes. `onStep` hears
 * of each step as it ends, for a person watching. Everything started is stopped again.
 */
async function registryRoundTrip(workDir, { onStep = () => undefined } = {}) {
  const packed = await packLibrary(CLIENT_ROOT, join(workDir, 'pack'));
  onStep(`packed ${packed.name}@${packed.version} (${packed.files.length} files)`);

  const registry = await startLocalRegistry(join(workDir, 'registry'));
  try {
    onStep(`Verdaccio listens on ${registry.url}, no uplinks`);
    // The publishing team and the consuming team share nothing, not even an npm cache.
    const publisher = npmHome(join(workDir, 'npm-home-publisher'));
    await publishToRegistry(packed.tarball, { registry: registry.url, home: publisher });
    onStep(`published ${packed.name}@${packed.version} to ${registry.url}`);

    const held = await registryHolds(registry.url, packed.name);
    const consumer = npmHome(join(workDir, 'npm-home-consumer'));
    const installed = await installConsumer(join(workDir, 'consumer'), registry.url, consumer);
    onStep(`installed it from ${installed.resolved}`);

    const listing = await listEveryProfile(installed.project);
    onStep(`the consumer listed ${listing.listed.length} of ${listing.expected.length} profiles`);

    const registryReport = { url: registry.url, config: registry.config, ...held };
    return { packed, registry: registryReport, ...installed, ...listing };
  } finally {
    await registry.stop();
  }
}

/** The versions the registry holds of `name`, and what it says of a package it does not hold. */
async function registryHolds(url, name) {
  const packument = await (await fetch(`${url}/${name.replace('/', '%2f')}`)).json();
  const unheld = await fetch(`${url}/left-pad`);

  return { versions: Object.keys(packument.versions ?? {}), unheldStatus: unheld.status };
}

/** A scratch project whose .npmrc takes `@scan-profiles/*` from the local registry only. */
async function installConsumer(project, registryUrl, home) {
  createScratchProject(project, {
    files: {
      '.npmrc': `@scan-profiles:registry=${registryUrl}/\n`,
      'list-every-profile.mjs': readFileSync(CONSUMER, 'utf8'),
    },
  });

  const resolved = await installPackages(project, ['@scan-profiles/client'], { home });
  return { project, resolved: resolved['@scan-profiles/client'] };
}

/** Runs the consumer against a local server; resolves with its lines and the lines expected. */
async function listEveryProfile(project) {
  const profiles = realisticProfiles(PROFILE_COUNT);
  const server = await startScanProfilesServer({ customerId: CUSTOMER_ID, profiles });

  try {
    const env = {
      ...process.env,
      SCAN_PROFILES_BASE_URL: server.url,
      SCAN_PROFILES_TOKEN: 'round-trip-token',
      SCAN_PROFILES_CUSTOMER_ID: CUSTOMER_ID,
    };
    const stdout = await runOrThrow(process.execPath, ['list-every-profile.mjs'], {
      cwd: project,
      env,
    });

    const expected = profiles.map(
      (profile) => `${profile.profileId} ${isoWithMs(profile.modifiedTime)} ${profile.profileName}`,
    );
    return { listed: stdout.trimEnd().split('\n'), expected, pageRequests: server.pageRequests() };
  } finally {
    await server.close();
  }
}

/** The consumer prints `Date#toISOString()`, which always has milliseconds. */
function isoWithMs(text) {
  return new Date(text).toISOString();
}

module.exports = { CUSTOMER_ID, PROFILE_COUNT, registryRoundTrip };
