// One variant of the client benchmark, in a process of its own so that its memory is its own:
//   node --expose-gc client-throughput-variant.mjs <variant>
// It times its rounds after a warm-up, sampling the heap meanwhile; then, in two more passes,
// measures how the live heap grows while it iterates and how many profiles stay reachable.
// It prints it all as one line of JSON.
import { performance } from 'node:perf_hooks';

import { ITERATIONS } from './profile-iterations.mjs';

const SAMPLE_EVERY_MS = 5;

const [name] = process.argv.slice(2);
const env = process.env;
const server = { baseUrl: env.BENCH_BASE_URL, customerId: env.BENCH_CUSTOMER_ID };
const expected = Number(env.BENCH_PROFILES);
const lastPage = Math.ceil(expected / 100);
const iterate = ITERATIONS[name].create(server);

/** One pass over every profile; the memory passes give `visit` and `onPage`. */
async function round(visit = () => undefined, onPage = undefined) {
  const count = await iterate({ visit, onPage });
  if (count !== expected) throw new Error(`${name} saw ${count} profiles, not ${expected}`);
}

async function timedRounds(rounds) {
  let peakHeapUsed = 0;
  const sampler = setInterval(() => {
    peakHeapUsed = Math.max(peakHeapUsed, process.memoryUsage().heapUsed);
  }, SAMPLE_EVERY_MS);

  const durationsMs = [];
  for (let index = 0; index < rounds; index += 1) {
    const started = performance.now();
    await round();
    durationsMs.push(performance.now() - started);
  }

  clearInterval(sampler);
  return { durationsMs, peakHeapUsed };
}

/** Calls `atPage(n)` as the n-th page arrives, before its profiles are visited. */
function pageCounter(atPage) {
  let pages = 0;
  return () => atPage(++pages);
}

function liveHeap() {
  globalThis.gc();
  return process.memoryUsage().heapUsed;
}

/**
 * How much the live heap (after a full GC) has grown from the first page to the last. A
 * variant that holds a few pages at a time grows by little; one that keeps every profile
 * grows by all of them.
 */
async function heapGrowthWhileIterating() {
  let atFirst = 0;
  let growth = 0;
  await round(
    undefined,
    pageCounter((page) => {
      if (page === 1) atFirst = liveHeap();
      if (page === lastPage) growth = liveHeap() - atFirst;
    }),
  );

  return growth;
}

/**
 * How many of the profiles visited are still reachable, after a full GC, as the last one is
 * visited: counted through a WeakRef to each, which does not keep it alive. The last page's
 * profiles are reachable whatever the variant; every profile is, if the variant keeps them.
 */
async function reachableAtLastProfile() {
  const visited = [];
  let reachable = 0;
  await round((profile, index) => {
    visited.push(new WeakRef(profile));
    if (index !== expected - 1) return;

    globalThis.gc();
    reachable = visited.filter((ref) => ref.deref() !== undefined).length;
  });

  return { reachable, visited: visited.length };
}

for (let index = 0; index < Number(env.BENCH_WARM_UP); index += 1) await round();
const timed = await timedRounds(Number(env.BENCH_ROUNDS));
// The first memory pass is the first with an `onPage`: what compiling for it allocates is no
// profile's, so the second pass is the one reported.
await heapGrowthWhileIterating();
const heapGrowth = await heapGrowthWhileIterating();
const atLastProfile = await reachableAtLastProfile();

// maxRSS is in kilobytes.
const peakRss = process.resourceUsage().maxRSS * 1024;
process.stdout.write(`${JSON.stringify({ name, ...timed, heapGrowth, atLastProfile, peakRss })}\n`);
