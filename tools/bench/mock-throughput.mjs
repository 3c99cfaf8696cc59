// `npm run bench:mock`: requests per second Prism serves at 10 connections, with its default
// logging and with the settings `npm run mock` uses, in one run. A benchmark, not a test.
import autocannon from 'autocannon';

import mock from '../mock/prism.cjs';

const DURATION_S = Number(process.env.BENCH_DURATION_S ?? 10);
const CONNECTIONS = 10;
const PATH =
  '/partner/external/v3/general/customers/caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3/scan-profiles/batch';

const SETUPS = [
  { name: 'Prism defaults (info logging)', options: { verbosity: 'info', production: false } },
  { name: 'npm run mock (error logging, production)', options: {} },
];

async function measure({ options }) {
  const running = await mock.startMock(options);
  try {
    const result = await autocannon({
      url: `${running.url}${PATH}`,
      method: 'POST',
      headers: { authorization: 'Bearer bench' },
      connections: CONNECTIONS,
      duration: DURATION_S,
    });
    return { rps: result.requests.average, p99: result.latency.p99, non2xx: result.non2xx };
  } finally {
    await running.stop();
  }
}

const rows = [];
for (const setup of SETUPS) {
  rows.push({ setup: setup.name, ...(await measure(setup)) });
}

process.stdout.write(`Prism at ${CONNECTIONS} connections, ${DURATION_S} s each\n`);
process.stdout.write('| setup | requests/s | p99 ms | non-2xx |\n| --- | ---: | ---: | ---: |\n');
for (const row of rows) {
  process.stdout.write(`| ${row.setup} | ${Math.round(row.rps)} | ${row.p99} | ${row.non2xx} |\n`);
}
const ratio = rows[1].rps / rows[0].rps;
process.stdout.write(`Quiet settings serve ${ratio.toFixed(2)}x the requests of the defaults.\n`);
