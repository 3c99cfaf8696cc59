// Starts Prism on the contract as a child process and knows when it is ready. `npm run mock`,
// the demo and every test that needs the mock go through here, so they all run it alike.
'use strict';

const { spawn } = require('node:child_process');
const { connect, createServer } = require('node:net');
const { join } = require('node:path');

const WORKSPACE_ROOT = join(__dirname, '..', '..');
const CONTRACT = join(WORKSPACE_ROOT, 'openapi', 'scan-profiles.openapi.yaml');
const PRISM_BIN = join(
  WORKSPACE_ROOT,
  'node_modules',
  '@stoplight',
  'prism-cli',
  'dist',
  'index.js',
);
const READY_TIMEOUT_MS = 30_000;

/** Asks the kernel for a port nobody is listening on. */
function freePort(host = '127.0.0.1') {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, host, () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Prism on a taken port exits only after the other server has answered the readiness check
 * below, which would report it ready; asking the kernel first gives one clear error instead.
 */
function ensurePortIsFree(host, port) {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', (error) => {
      const taken = error.code === 'EADDRINUSE';
      const failure = new Error(taken ? `Port ${port} is taken` : error.message);
      failure.code = error.code;
      reject(failure);
    });
    probe.listen(port, host, () => probe.close(() => resolve()));
  });
}

function prismArguments({ host, port, dynamic, seed, verbosity }) {
  const args = [PRISM_BIN, 'mock', CONTRACT, '--host', host, '--port', String(port)];
  args.push('--cors', '--errors', 'false', '--verboseLevel', verbosity);
  if (dynamic) args.push('--dynamic');
  if (seed !== undefined) args.push('--seed', String(seed));
  return args;
}

/**
 * Starts the mock and resolves once it accepts requests.
 * Prism logs at `error` by default: with its default `info` logging it serves about half as
 * many requests per second.
 */
async function startMock(options = {}) {
  const host = options.host ?? '127.0.0.1';
  const port = options.port ?? (await freePort(host));
  if (options.port !== undefined) await ensurePortIsFree(host, port);
  const verbosity = options.verbosity ?? 'error';
  const child = spawn(process.execPath, prismArguments({ ...options, host, port, verbosity }), {
    cwd: WORKSPACE_ROOT,
    env: { ...process.env, NODE_ENV: options.production === false ? undefined : 'production' },
    stdio: options.inheritOutput ? 'inherit' : ['ignore', 'ignore', 'pipe'],
  });

  const url = `http://${host}:${port}`;
  const stderr = [];
  child.stderr?.on('data', (chunk) => stderr.push(chunk));

  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
    });

  try {
    await waitUntilListening(host, port, child);
  } catch (error) {
    await stop();
    const detail = Buffer.concat(stderr).toString().trim();
    throw new Error(`${error.message}${detail ? `\nPrism said: ${detail}` : ''}`);
  }

  return { url, port, child, stop };
}

function acceptsConnections(host, port) {
  return new Promise((resolve) => {
    const socket = connect({ host, port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

// Prism opens its port only once it has loaded the document, so a connection means ready.
async function waitUntilListening(host, port, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Prism exited with code ${child.exitCode} before it was ready`);
    }
    if (await acceptsConnections(host, port)) return;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }

  throw new Error(`Prism did not listen on ${host}:${port} within ${READY_TIMEOUT_MS / 1000} s`);
}

/** The URL of the mock that tools/testing/start-mock.cjs started for this jest run. */
function mockUrlForTests() {
  const url = process.env.SCAN_PROFILES_MOCK_URL;
  if (!url) {
    throw new Error('SCAN_PROFILES_MOCK_URL is unset: run the tests through their jest.config.cjs');
  }
  return url;
}

module.exports = { CONTRACT, WORKSPACE_ROOT, freePort, mockUrlForTests, startMock };
