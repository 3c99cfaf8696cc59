// `scan-profiles mock`: the same Prism `npm run mock` starts, on the port asked for, until the
// CLI is interrupted; then the mock stops with it.
import { freePort } from '@scan-profiles/tools/mock';

import { CUSTOMER_ID, runCli, whenPrinted, type CliRun } from './support/run-cli.js';

// Prism prints a line of its own before it listens; the CLI's line comes once it does.
const READY = '(Ctrl-C stops it)';

const BATCH_PATH = `/partner/external/v3/general/customers/${CUSTOMER_ID}/scan-profiles/batch`;

describe('scan-profiles mock', () => {
  it('serves the contract until Ctrl-C, then stops the mock and exits 0', async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    let answered = 0;

    const run = await runCli(['mock', '--port', String(port)], {
      env: {},
      onSpawn: (child) =>
        whenPrinted(child, READY, () => {
          void fetch(`${url}${BATCH_PATH}`, {
            method: 'POST',
            headers: { Authorization: 'Bearer any' },
          }).then((response) => {
            answered = response.status;
            child.kill('SIGINT');
          });
        }),
    });

    expect(answered).toBe(200);
    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(run.stdout).toContain(`Mock of the scan-profiles API on ${url} (Ctrl-C stops it)`);
    await expect(fetch(url)).rejects.toThrow();
  });

  it('says what to do when the port is taken', async () => {
    const port = await freePort();
    let second: CliRun | undefined;

    const first = await runCli(['mock', '--port', String(port)], {
      env: {},
      onSpawn: (child) =>
        whenPrinted(child, READY, () => {
          void runCli(['mock', '--port', String(port)], { env: {} }).then((run) => {
            second = run;
            child.kill('SIGINT');
          });
        }),
    });

    expect(first.exitCode).toBe(0);
    expect(second).toEqual({
      exitCode: 1,
      stdout: '',
      stderr: `Port ${port} is taken: choose another with --port or PORT.\n`,
    });
  });
});
