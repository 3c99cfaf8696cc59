// `npm run mock`: serves the contract with Prism for a frontend developer until Ctrl-C.
// PORT picks the port (default 4010); MOCK_DYNAMIC=1 generates data from the schema, and
// MOCK_SEED repeats its shape (how many profiles, their scan modes, the metadata) on every run.
// Names, IDs and times still vary: they come from the document's x-faker hints, which Prism's
// seed does not reach.
import mock from './prism.cjs';

const port = Number(process.env.PORT ?? 4010);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  process.stderr.write(`PORT must be a number from 1 to 65535, got "${process.env.PORT}".\n`);
  process.exit(2);
}

const options = {
  host: process.env.HOST ?? '127.0.0.1',
  port,
  dynamic: ['1', 'true'].includes(process.env.MOCK_DYNAMIC ?? ''),
  seed: process.env.MOCK_SEED,
  verbosity: process.env.MOCK_LOG_LEVEL ?? 'error',
  inheritOutput: true,
};

let running;
try {
  running = await mock.startMock(options);
} catch (error) {
  const advice =
    error.code === 'EADDRINUSE'
      ? `choose another, e.g. PORT=${port + 1} npm run mock`
      : 'see the line above, or run npm ci if Prism is missing';
  process.stderr.write(`Could not start the mock: ${error.message}: ${advice}.\n`);
  process.exit(1);
}

process.stdout.write(
  `Mock of the scan-profiles API on ${running.url} (Ctrl-C stops it)\n` +
    `  curl -X POST -H 'Authorization: Bearer any' ${running.url}` +
    '/partner/external/v3/general/customers/caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3' +
    '/scan-profiles/batch\n',
);

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, () => running.stop().then(() => process.exit(0)));
}
running.child.once('exit', (code) => process.exit(code ?? 0));
