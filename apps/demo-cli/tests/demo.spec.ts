// `npm run demo` (tools/demo/run-demo.mjs, run here after this project's build): the sample
// customer's scan profiles from a mock of its own, where to go next, and no mock left
// listening afterwards, whether the demo ends on its own or is stopped.
import { WORKSPACE_ROOT } from '@scan-profiles/tools/mock';
import { spawn } from 'node:child_process';
import { join } from 'node:path';

const DEMO = join(WORKSPACE_ROOT, 'tools', 'demo', 'run-demo.mjs');

const MOCK_LINE =
  /^Mock of the scan-profiles API on (http:\/\/127\.0\.0\.1:\d+), for this demo\.$/m;

/**
 * Starting Prism takes a few seconds, more on a busy machine. A demo that has not exited by
 * then is killed, so the test fails on its exit code instead of hanging.
 */
const DEMO_TIMEOUT_MS = 40_000;
const KILL_AFTER_MS = 30_000;

interface DemoRun {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  mockUrl: string;
}

/** Runs the demo with nothing but PATH; `stopWith` is sent once the demo says its mock is up. */
function runDemo(stopWith?: NodeJS.Signals): Promise<DemoRun> {
  const child = spawn(process.execPath, [DEMO], {
    env: { PATH: process.env['PATH'] ?? '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const killer = setTimeout(() => child.kill('SIGKILL'), KILL_AFTER_MS);

  let stdout = '';
  let stderr = '';
  let stopped = false;
  child.stdout.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (!stopWith || stopped || !MOCK_LINE.test(stdout)) return;

    stopped = true;
    child.kill(stopWith);
  });
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));

  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode) => {
      clearTimeout(killer);
      const mockUrl = MOCK_LINE.exec(stdout)?.[1];
      if (!mockUrl) reject(new Error(`The demo named no mock URL:\n${stdout}${stderr}`));
      else resolve({ exitCode, stdout, stderr, mockUrl });
    });
  });
}

/** Whether anything still answers on the mock's port once the demo has exited. */
function stillListening(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

describe('npm run demo, left to finish', () => {
  let run: DemoRun;
  beforeAll(async () => {
    run = await runDemo();
  }, DEMO_TIMEOUT_MS);

  it('exits with 0 and nothing on stderr', () => {
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
  });

  it('shows the command it ran: every page, against its mock', () => {
    expect(run.stdout).toContain(
      `$ scan-profiles list caf9a1d2-2cc6-4e1b-b04b-794c0e2d5ea3 --all --base-url ${run.mockUrl}\n`,
    );
  });

  it.each([
    ['the header', /^NAME {2,}SCAN MODE {2,}MODIFIED \(UTC\) {2,}ID$/m],
    [
      'the seed profile, its scan mode as a word',
      /^Default Microsoft 365 Scan Profile {2}Express /m,
    ],
    ['the footer', /^1 scan profile in all, from 1 page\.$/m],
  ])('prints a table with %s', (_, line) => {
    expect(run.stdout).toMatch(line);
  });

  it('ends with one line on where to go next', () => {
    expect(run.stdout).toMatch(/\n\nNext: README\.md .*`npm run mock`.*`npm test`[^\n]*\n$/);
  });

  it('leaves no mock listening', async () => {
    expect(await stillListening(run.mockUrl)).toBe(false);
  });
});

describe('npm run demo, stopped while it lists', () => {
  it.each([
    ['Ctrl-C', 'SIGINT', 130],
    ['SIGTERM', 'SIGTERM', 143],
  ] as const)(
    'by %s (%s) exits with %d and leaves no mock listening',
    async (by, signal, exitCode) => {
      const run = await runDemo(signal);

      expect(run.exitCode).toBe(exitCode);
      expect(run.stderr).toContain(`Demo stopped by ${by}; its mock is stopped too.\n`);
      expect(run.stdout).not.toContain('Next:');
      expect(await stillListening(run.mockUrl)).toBe(false);
    },
    DEMO_TIMEOUT_MS,
  );
});
