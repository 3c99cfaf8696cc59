#!/usr/bin/env node
// The harness as a standing proxy: point a client or a browser at it instead of the provider.
//   node apps/contract-harness/dist/serve.js --upstream http://127.0.0.1:4010 --port 4030
import type { AddressInfo } from 'node:net';

import { Command } from 'commander';

import { createHarnessApp } from './app';
import { redactUrl } from './report/redact';
import { REPORT_PATH } from './routes/report-route';

const options = new Command('contract-harness-serve')
  .requiredOption('--upstream <baseUrl>', 'the provider to forward to, e.g. Prism')
  .option('--port <port>', 'where to listen on 127.0.0.1 (default: any free port)', '0')
  .option('--strict', 'answer an exchange that breaks the contract with a 502 problem')
  .option('--log', 'print one line per exchange')
  .parse()
  .opts<{ upstream: string; port: string; strict?: boolean; log?: boolean }>();

const harness = createHarnessApp({
  upstream: options.upstream,
  strict: options.strict ?? false,
  ...(options.log ? { log: (line: string) => console.log(line) } : {}),
});
const server = harness.app.listen(Number(options.port), '127.0.0.1', () => {
  const { port } = server.address() as AddressInfo;
  // The first line is what a parent process waits for; keep its shape.
  console.log(`Contract harness listening on http://127.0.0.1:${port}`);
  console.log(`Forwarding to ${redactUrl(options.upstream)}; report at ${REPORT_PATH}`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    harness.close();
    server.close(() => process.exit(0));
    server.closeAllConnections();
  });
}
