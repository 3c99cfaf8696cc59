// `npm run registry:try`: the registry round trip once, in a temporary folder removed after,
// with a line for each step. Exits 0 only when the consumer listed every profile in order.
'use strict';

const { mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const { registryRoundTrip } = require('./round-trip.cjs');

async function main() {
  const workDir = mkdtempSync(join(tmpdir(), 'scan-profiles-registry-'));
  const started = Date.now();

  try {
    const trip = await registryRoundTrip(workDir, { onStep: (step) => console.log(step) });
    const same = trip.listed.join('\n') === trip.expected.join('\n');
    if (!same) {
      console.error('The consumer did not list every profile in order: see the lines above.');
      return 1;
    }

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(`Round trip done in ${seconds} s: every profile listed, in order.`);
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
    console.error(`Round trip failed: ${error.message}`);
    process.exitCode = 1;
  },
);
