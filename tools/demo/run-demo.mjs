// `npm run demo`: the toolkit end to end in one command. It starts the Prism mock on a free
// port, lists the sample customer's scan profiles with the built CLI against it, says where to
// go next, and stops the mock whatever happened: success, failure, Ctrl-C or SIGTERM. It exits
// with the CLI's exit code (128 + the signal's number when stopped), and talks to nothing but
// 127.0.0.1.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { constants } from 'node:os';
import { join } from 'node:path';

import mock from '../mock/prism.cjs';

// The customer of the vendor's sample, which is what the mock answers by default.
const CUSTOMER_ID = 'caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3';
const CLI = join(mock.WORKSPACE_ROOT, 'apps', 'demo-cli', 'dist', 'main.js');

// The mock takes any bearer token; this one is worth nothing anywhere else.
const DEMO_TOKEN = 'demo-token';

const FAILURE = 1;

// Within 100 columns, so that it stays one line on a terminal of that width.
const NEXT =
  'Next: README.md (client, mock, CI); `npm run mock` serves the mock on :4010; ' +
  '`npm test` checks all.';

const TROUBLESHOOTING = "README.md's Troubleshooting section covers the usual causes.";

let cli;
let stoppedBy;

// The CLI runs in a process group of its own, so a Ctrl-C in the terminal does not reach it
// directly: it gets exactly one SIGINT, from here, and stops the way Ctrl-C stops it.
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stoppedBy ??= signal;
    cli?.kill('SIGINT');
  });
}

const exitCode = await runDemo();

if (stoppedBy) {
  const by = stoppedBy === 'SIGINT' ? 'Ctrl-C' : stoppedBy;
  process.stderr.write(`Demo stopped by ${by}; its mock is stopped too.\n`);
  process.exitCode = 128 + constants.signals[stoppedBy];
} else {
  if (exitCode === 0) process.stdout.write(`\n${NEXT}\n`);
  process.exitCode = exitCode;
}

/** Resolves with the CLI's exit code once the mock is stopped again; a signal overrides it. */
async function runDemo() {
  if (!existsSync(CLI)) {
    process.stderr.write(`The CLI is not built (${CLI}): \`npm run demo\` builds it first.\n`);
    return FAILURE;
  }

  let running;
  try {
    running = await mock.startMock();
    if (stoppedBy) return FAILURE;

    process.stdout.write(`Mock of the scan-profiles API on ${running.url}, for this demo.\n`);
    const exitCode = await listScanProfiles(running.url);

    if (exitCode !== 0 && !stoppedBy) {
      process.stderr.write(`The listing failed (exit code ${exitCode}). ${TROUBLESHOOTING}\n`);
    }
    return exitCode;
  } catch (error) {
    if (stoppedBy) return FAILURE;

    const reason = error.message.split('\n')[0];
    process.stderr.write(`Could not start the mock (${reason}). ${TROUBLESHOOTING}\n`);
    return FAILURE;
  } finally {
    await running?.stop();
  }
}

/** Runs `scan-profiles list` as a person would type it; resolves with its exit code. */
function listScanProfiles(baseUrl) {
  const args = ['list', CUSTOMER_ID, '--all', '--base-url', baseUrl];
  process.stdout.write(`$ scan-profiles ${args.join(' ')}\n\n`);

  // The demo token and no other credentials: the caller's own stay out of the demo.
  const env = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !name.startsWith('AVEPOINT_')),
  );

  cli = spawn(process.execPath, [CLI, ...args], {
    env: { ...env, AVEPOINT_TOKEN: DEMO_TOKEN },
    stdio: 'inherit',
    detached: true,
  });

  return new Promise((resolve) => {
    cli.once('error', () => resolve(FAILURE));
    cli.once('close', (code) => resolve(code ?? FAILURE));
  });
}
