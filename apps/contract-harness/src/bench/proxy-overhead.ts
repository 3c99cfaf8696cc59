// `npm run bench:harness`: the same load straight to Prism and through the harness, in one run,
// to show what the harness costs next to the mock. A benchmark, not a test: it asserts
// nothing but prints requests per second and p99 latency of each, and their ratios.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

import autocannon from 'autocannon';

import { describeOperations, loadContract } from '@scan-profiles/contract';
import { startMock } from '@scan-profiles/tools/mock';

import type { HarnessReport } from '../report/exchange-log';
import { table } from '../report/summary-table';
import { REPORT_PATH } from '../routes/report-route';

const DURATION_S = Number(process.env['BENCH_DURATION_S'] ?? 10);
const WARM_UP_S = 2;
const CONNECTIONS = 10;
const REPORT = join('reports', 'bench', 'contract-harness.json');

interface Measurement {
  target: string;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  requests: number;
  errors: number;
  non2xx: number;
}

async function main(): Promise<void> {
  const mock = await startMock();
  const harness = await startHarnessProcess(mock.url);

  try {
    const path = requestPath();
    const load = {
      method: 'POST',
      headers: { authorization: 'Bearer bench', 'content-type': 'application/json' },
      body: JSON.stringify({ scanProfileIds: ['47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d'] }),
    };
    console.log(`${CONNECTIONS} connections, ${DURATION_S} s each after ${WARM_UP_S} s of warm-up`);
    console.log(`POST ${path}?pageSize=50 with a filter body\n`);

    // Two rounds in alternating order, so that neither target always runs on a warmer JIT.
    const rounds: Measurement[][] = [];
    for (const order of [
      ['direct', 'through'],
      ['through', 'direct'],
    ] as const) {
      const round: Measurement[] = [];
      for (const which of order) {
        round.push(
          which === 'direct'
            ? await measure('Prism, direct', `${mock.url}${path}?pageSize=50`, load)
            : await measure('through the harness', `${harness.url}${path}?pageSize=50`, load),
        );
      }
      rounds.push(round);
    }
    const of = (target: string) => rounds.flat().filter((m) => m.target === target);
    const direct = mean('Prism, direct', of('Prism, direct'));
    const through = mean('through the harness', of('through the harness'));
    report(rounds.flat(), direct, through);
    await reportChecks(harness.url);
  } finally {
    harness.child.kill('SIGTERM');
    await mock.stop();
  }
}

function requestPath(): string {
  const [operation] = describeOperations(loadContract());
  const customerId = operation?.parameters.find((parameter) => parameter.in === 'path')?.example;
  return String(operation?.pathTemplate).replace('{customerId}', String(customerId));
}

async function measure(
  target: string,
  url: string,
  load: { method: string; headers: Record<string, string>; body: string },
): Promise<Measurement> {
  await autocannon({ url, ...load, connections: CONNECTIONS, duration: WARM_UP_S });
  const result = await autocannon({ url, ...load, connections: CONNECTIONS, duration: DURATION_S });

  return {
    target,
    // The total over the duration: the mean of per-second samples drops a partial second.
    requestsPerSecond: Math.round(result.requests.total / result.duration),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  };
}

function mean(target: string, measurements: Measurement[]): Measurement {
  const average = (pick: (m: Measurement) => number) =>
    Math.round(measurements.reduce((sum, m) => sum + pick(m), 0) / measurements.length);

  return {
    target: `${target} (mean)`,
    requestsPerSecond: average((m) => m.requestsPerSecond),
    p50Ms: average((m) => m.p50Ms),
    p99Ms: average((m) => m.p99Ms),
    requests: measurements.reduce((sum, m) => sum + m.requests, 0),
    errors: measurements.reduce((sum, m) => sum + m.errors, 0),
    non2xx: measurements.reduce((sum, m) => sum + m.non2xx, 0),
  };
}

function report(all: Measurement[], direct: Measurement, through: Measurement): void {
  const rows = [...all, direct, through].map((m, index) => [
    index < all.length ? `round ${Math.floor(index / 2) + 1}: ${m.target}` : m.target,
    m.requestsPerSecond,
    m.p50Ms,
    m.p99Ms,
    m.requests,
    m.errors + m.non2xx,
  ]);
  console.log(table(['target', 'requests/s', 'p50 ms', 'p99 ms', 'requests', 'failed'], rows));

  const throughputRatio = through.requestsPerSecond / direct.requestsPerSecond;
  const latencyRatio = through.p99Ms / Math.max(direct.p99Ms, 1);
  console.log(
    `\nThrough the harness: ${(throughputRatio * 100).toFixed(0)} % of Prism's requests/s, ` +
      `p99 latency x${latencyRatio.toFixed(2)}`,
  );

  const figures = {
    connections: CONNECTIONS,
    durationS: DURATION_S,
    rounds: all,
    direct,
    through,
    throughputRatio,
    latencyRatio,
  };
  mkdirSync(join('reports', 'bench'), { recursive: true });
  writeFileSync(REPORT, `${JSON.stringify(figures, null, 2)}\n`);
  console.log(`Figures written to ${REPORT}`);
}

// The harness must have checked every request, not waved them through.
async function reportChecks(harnessUrl: string): Promise<void> {
  const report = (await fetch(`${harnessUrl}${REPORT_PATH}`).then((r) =>
    r.json(),
  )) as HarnessReport;
  const { exchanges, violations } = report.totals;
  console.log(`The harness checked ${exchanges} exchanges and found ${violations} violations.`);
}

// The harness runs in its own process, as it would in front of a real provider: in this one
// it would share a core with autocannon and the figures would measure the load generator.
async function startHarnessProcess(
  upstream: string,
): Promise<{ url: string; child: ChildProcess }> {
  const child = spawn(
    process.execPath,
    [join(__dirname, '..', 'serve.js'), '--upstream', upstream],
    {
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const [first] = await Promise.race([
    createInterface({ input: child.stdout as NodeJS.ReadableStream })
      [Symbol.asyncIterator]()
      .next()
      .then((line) => [line.value as string | undefined]),
    new Promise<[undefined]>((resolve) => child.once('exit', () => resolve([undefined]))),
  ]);

  const url = /http:\/\/\S+/.exec(first ?? '')?.[0];
  if (url === undefined) throw new Error('The harness process did not start');
  return { url, child };
}

main().catch((error: unknown) => {
  console.error(`The benchmark could not finish: ${(error as Error).message}`);
  process.exitCode = 1;
});
