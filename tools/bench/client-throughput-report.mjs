// The client benchmark's results as a markdown table, and the verdict on memory: iterating must
// keep a page or so of profiles reachable, never all of them.
import { ITERATIONS } from './profile-iterations.mjs';

const count = (value) => Math.round(value).toLocaleString('en-US');
const mib = (bytes) => (bytes / 2 ** 20).toFixed(1);
const kib = (bytes) => count(bytes / 2 ** 10);

export function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);

  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** One variant's runs as one row: timings pooled, memory at its worst. */
export function summary(name, runs, profiles) {
  const medianMs = median(runs.flatMap((run) => run.durationsMs));
  const worst = (pick) => Math.max(...runs.map(pick));

  return {
    name,
    medianMs,
    profilesPerSecond: (profiles / medianMs) * 1000,
    peakRss: worst((run) => run.peakRss),
    peakHeapUsed: worst((run) => run.peakHeapUsed),
    heapGrowth: worst((run) => run.heapGrowth),
    reachable: worst((run) => run.atLastProfile.reachable),
    visited: runs[0].atLastProfile.visited,
  };
}

export function table(rows) {
  const plain = rows.find((row) => row.name === 'plain-fetch');
  const lines = [
    '| variant | median ms per pass | profiles/s | vs plain fetch | peak RSS MiB ' +
      '| peak heap MiB | live heap growth KiB | profiles reachable at the last |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];

  for (const row of rows) {
    const ratio = (row.profilesPerSecond / plain.profilesPerSecond).toFixed(2);
    const cells = [
      ITERATIONS[row.name].label,
      row.medianMs.toFixed(0),
      count(row.profilesPerSecond),
      `${ratio}x`,
      mib(row.peakRss),
      mib(row.peakHeapUsed),
      kib(row.heapGrowth),
      `${count(row.reachable)} of ${count(row.visited)}`,
    ];
    lines.push(`| ${cells.join(' | ')} |`);
  }
  return lines.join('\n');
}

/** Whether iterating, at either concurrency, kept less than a tenth of the profiles it saw. */
export function memoryVerdict(rows) {
  const collected = rows.find((row) => row.name === 'client-collect');
  const iterating = rows.filter((row) => row.name.startsWith('client-') && row !== collected);
  const most = Math.max(...iterating.map((row) => row.reachable));

  const line =
    `As the last profile is visited, iterating keeps at most ${count(most)} of the ` +
    `${count(collected.visited)} profiles reachable; getAllScanProfiles keeps ` +
    `${count(collected.reachable)}.`;
  return { holdsLittle: most * 10 < collected.visited, line };
}
