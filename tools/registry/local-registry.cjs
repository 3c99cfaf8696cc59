// Verdaccio 6.8.0 as a child process on a free loopback port, with its config and storage in
// a folder the caller owns. (6.8.0 because later releases need a newer Node than 20.)
'use strict';

const { spawn } = require('node:child_process');
const { join } = require('node:path');

const { WORKSPACE_ROOT, freePort } = require('../mock/prism.cjs');
const { writeVerdaccioConfig } = require('./verdaccio-config.cjs');

const VERDACCIO_BIN = join(WORKSPACE_ROOT, 'node_modules', 'verdaccio', 'bin', 'verdaccio');
const READY_TIMEOUT_MS = 30_000;
const STOP_GRACE_MS = 5_000;

/** Starts the registry and resolves once it answers `/-/ping`; `stop()` always ends it. */
async function startLocalRegistry(dir, { port } = {}) {
  const config = writeVerdaccioConfig(dir);
  const listen = `127.0.0.1:${port ?? (await freePort())}`;
  const child = spawn(process.execPath, [VERDACCIO_BIN, '--config', config, '--listen', listen], {
    cwd: dir,
    stdio: ['ignore', 'pipe', 'pipe'],
  });

  const output = [];
  child.stdout.on('data', (chunk) => output.push(chunk));
  child.stderr.on('data', (chunk) => output.push(chunk));

  const url = `http://${listen}`;
  const stop = () => stopChild(child);
  try {
    await waitUntilReady(url, child);
  } catch (error) {
    await stop();
    const said = Buffer.concat(output).toString().trim().split('\n').slice(-10).join('\n');
    throw new Error(`${error.message}${said ? `\nVerdaccio said: ${said}` : ''}`);
  }

  return { url, config, stop };
}

async function waitUntilReady(url, child) {
  const deadline = Date.now() + READY_TIMEOUT_MS;

  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`Verdaccio exited with code ${child.exitCode} before it was ready`);
    }

    const ping = await fetch(`${url}/-/ping`).catch(() => undefined);
    if (ping?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  throw new Error(`Verdaccio did not answer on ${url} within ${READY_TIMEOUT_MS / 1000} s`);
}

function stopChild(child) {
  return new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();

    const force = setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS);
    child.once('exit', () => {
      clearTimeout(force);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

module.exports = { startLocalRegistry };
