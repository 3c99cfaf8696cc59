// Runs a program to its end and hands back what it printed. Asynchronous on purpose: a test
// may serve the program's requests from its own process, which a synchronous wait would stall.
'use strict';

const { spawn } = require('node:child_process');

/** Resolves with the exit code and output whatever the code; rejects only if it cannot start. */
function runProcess(command, args, { cwd, env = process.env, timeoutMs = 120_000 }) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout = [];
    const stderr = [];
    child.stdout.on('data', (chunk) => stdout.push(chunk));
    child.stderr.on('data', (chunk) => stderr.push(chunk));

    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.once('close', (code, signal) => {
      clearTimeout(timer);
      resolve({
        code: code ?? (signal ? 128 : 1),
        stdout: Buffer.concat(stdout).toString(),
        stderr: Buffer.concat(stderr).toString(),
      });
    });
  });
}

/** Like runProcess, but a non-zero exit is an error that says what ran and what it printed. */
async function runOrThrow(command, args, options) {
  const result = await runProcess(command, args, options);
  if (result.code === 0) return result.stdout;

  const output = (result.stderr || result.stdout).trim().split('\n').slice(-15).join('\n');
  const what = [command, ...args].join(' ');
  throw new Error(`${what} exited with code ${result.code} in ${options.cwd}:\n${output}`);
}

module.exports = { runOrThrow, runProcess };
