// The way other teams get the client: published to a local Verdaccio on loopback, installed
// from there into a scratch project, and used by a ten-line consumer that lists every profile
// of a customer. The same round trip as `npm run registry:try`.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  PROFILE_COUNT,
  registryRoundTrip,
  type RoundTrip,
} from '@scan-profiles/tools/registry/round-trip';
import { parse } from 'yaml';

let workDir: string;
let trip: RoundTrip;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'scan-profiles-registry-'));
  trip = await registryRoundTrip(workDir);
}, 90_000);

afterAll(() => {
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('through a local registry', () => {
  it('the consumer lists every profile of the customer, in order, across pages', () => {
    expect(trip.listed).toEqual(trip.expected);
    expect(trip.listed).toHaveLength(PROFILE_COUNT);
    expect(trip.pageRequests).toBe(Math.ceil(PROFILE_COUNT / 100));
  });

  it('npm installed the package from the local registry', () => {
    const { name, version } = trip.packed;
    const tarball = `${name}/-/${name.split('/')[1]}-${version}.tgz`;

    expect(trip.registry.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(trip.resolved).toBe(`${trip.registry.url}/${tarball}`);
  });

  it('the registry holds the version published', () => {
    expect(trip.registry.versions).toEqual([trip.packed.version]);
  });

  it('the registry passes nothing on: it ran with no uplinks, and what it lacks is a 404', () => {
    const config = parse(readFileSync(trip.registry.config, 'utf8'));
    const proxied = Object.values(config.packages).filter((rule) => 'proxy' in Object(rule));

    expect({ uplinks: config.uplinks, proxied, unheld: trip.registry.unheldStatus }).toEqual({
      uplinks: {},
      proxied: [],
      unheld: 404,
    });
  });
});
