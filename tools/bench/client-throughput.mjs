// `npm run bench:client`: how fast the client goes through 10,000 scan profiles over 100 pages
// from a local server, sequentially and with 4 pages in flight, against a hand-written loop of
// plain `fetch` calls, in one run; and how much memory each holds. A benchmark, not a test.
//
// Each variant runs in child processes of its own, so that one's garbage is not another's
// peak, and the variants take turns, so that a machine busy for a while slows all of them.
// BENCH_LATENCY_MS makes the server wait before each page, as a network would.
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';

import { realisticProfiles } from '../fake-api/realistic-profiles.cjs';
import { startScanProfilesServer } from '../fake-api/scan-profiles-server.cjs';
import { runOrThrow } from '../packaging/run-process.cjs';
import { memoryVerdict, summary, table } from './client-throughput-report.mjs';
import { ITERATIONS } from './profile-iterations.mjs';

const PROFILES = 10_000;
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const WARM_UP = Number(process.env.BENCH_WARM_UP ?? 2);
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 0);
const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';
const VARIANT_SCRIPT = join(import.meta.dirname, 'client-throughput-variant.mjs');

async function runVariant(name, server) {
  const env = {
    ...process.env,
    BENCH_BASE_URL: server.url,
    BENCH_CUSTOMER_ID: CUSTOMER_ID,
    BENCH_PROFILES: String(PROFILES),
    BENCH_ROUNDS: String(ROUNDS),
    BENCH_WARM_UP: String(WARM_UP),
  };
  const args = ['--expose-gc', VARIANT_SCRIPT, name];
  const stdout = await runOrThrow(process.execPath, args, { cwd: import.meta.dirname, env });

  return JSON.parse(stdout);
}

async function runAll() {
  const server = await startScanProfilesServer({
    customerId: CUSTOMER_ID,
    profiles: realisticProfiles(PROFILES),
    latencyMs: LATENCY_MS,
  });

  const runs = Object.fromEntries(Object.keys(ITERATIONS).map((name) => [name, []]));
  try {
    for (let turn = 0; turn < TURNS; turn += 1) {
      for (const name of Object.keys(runs)) runs[name].push(await runVariant(name, server));
    }
  } finally {
    await server.close();
  }

  return Object.entries(runs).map(([name, variantRuns]) => summary(name, variantRuns, PROFILES));
}

function setting() {
  const latency = LATENCY_MS > 0 ? `, each page sent after ${LATENCY_MS} ms` : '';
  const machine = `${availableParallelism()} cores (${cpus()[0]?.model.trim()})`;

  const processes = TURNS === 1 ? '1 process' : `${TURNS} processes`;

  return (
    `${PROFILES.toLocaleString('en-US')} profiles, 100 pages of 100, from a local server` +
    `${latency}. Per variant: ${processes} taking turns with the others, each ` +
    `${WARM_UP} warm-up and ${ROUNDS} timed passes. ${machine}, Node ${process.version}.`
  );
}

const rows = await runAll();
console.log(`${setting()}\n\n${table(rows)}\n`);

const { holdsLittle, line } = memoryVerdict(rows);
console.log(line);
if (!holdsLittle) {
  console.error('Iterating kept more than a tenth of the profiles it saw: it should hold pages.');
  process.exitCode = 1;
}
