// What `scan-profiles list` does when it cannot do its job: one line on stderr saying what
// happened and what to do, nothing on stdout, no stack trace, and an exit code a script can use.
import { freePort, mockUrlForTests as mockUrl } from '@scan-profiles/tools/mock';

import { CUSTOMER_ID, runCli, type CliRun } from './support/run-cli.js';
import { startScriptedApi } from './support/scripted-api.js';
import { startTokenDroppingProxy } from './support/token-dropping-proxy.js';

const STACK_FRAME = /^\s+at /m;

/** One line on stderr, nothing on stdout, no stack frame. */
function expectOneLineFailure(run: CliRun, exitCode: number, message: RegExp): void {
  expect(run).toMatchObject({ exitCode, stdout: '' });
  expect(run.stderr).toMatch(message);
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(run.stderr).not.toMatch(STACK_FRAME);
}

describe('bad usage exits with 2 and says how to get it right', () => {
  it.each([
    [
      'no customer ID',
      [],
      /^Missing required argument 'customerId'\. Run "scan-profiles list --help"/,
    ],
    ['a customer ID that is not a GUID', ['not-a-guid'], /customer ID is a GUID/],
    ['page 0', [CUSTOMER_ID, '--page', '0'], /'--page <number>' argument '0' is invalid/],
    ['page size 101', [CUSTOMER_ID, '--page-size', '101'], /page size is from 1 to 100/],
    ['an unknown format', [CUSTOMER_ID, '--format', 'xml'], /choices are table, json, ndjson, csv/],
    ['an unknown environment', [CUSTOMER_ID, '--environment', 'moon'], /choices are commercial/],
    ['--all with --page', [CUSTOMER_ID, '--all', '--page', '2'], /'--all' cannot be used with/],
    ['a misspelt flag', [CUSTOMER_ID, '--pag', '2'], /Unknown option '--pag' \(did you mean/],
    ['a base URL that is not http', [CUSTOMER_ID, '--base-url', 'ftp://host'], /http or https/],
    ['an empty --ids', [CUSTOMER_ID, '--ids', ','], /at least one scan profile ID/],
  ])('%s', async (_, args, message) => {
    const run = await runCli(['list', ...args]);

    expectOneLineFailure(run, 2, message);
    expect(run.stderr).toMatch(/Run "scan-profiles list --help" for usage\.$/m);
  });

  it('an unknown command', async () => {
    const run = await runCli(['lst']);

    expectOneLineFailure(run, 2, /Unknown command 'lst' \(did you mean list\?\)/);
  });

  it('an --ids-file that does not exist', async () => {
    const run = await runCli(['list', CUSTOMER_ID, '--ids-file', '/nonexistent/ids.txt']);

    expectOneLineFailure(run, 2, /^Cannot read --ids-file \/nonexistent\/ids.txt \(ENOENT\)/);
  });
});

describe('missing credentials exit with 2 and name the variables to set', () => {
  it.each([
    ['none at all', {}, /^No credentials: set AVEPOINT_TOKEN, or AVEPOINT_CLIENT_ID with/],
    [
      'a secret without a client ID',
      { AVEPOINT_CLIENT_SECRET: 's' },
      /AVEPOINT_CLIENT_ID is unset/,
    ],
    ['a client ID alone', { AVEPOINT_CLIENT_ID: 'app' }, /set AVEPOINT_CLIENT_SECRET, or/],
    [
      'a certificate without its key',
      { AVEPOINT_CLIENT_ID: 'app', AVEPOINT_CERTIFICATE_PATH: '/c.pem' },
      /AVEPOINT_CERTIFICATE_PATH is set but AVEPOINT_PRIVATE_KEY_PATH is not/,
    ],
  ])('%s', async (_, env, message) => {
    const run = await runCli(['list', CUSTOMER_ID, '--base-url', mockUrl()], { env });

    expectOneLineFailure(run, 2, message);
  });
});

describe('a failed API or network exits with 1', () => {
  it('names the credentials variable to check when the mock answers 401', async () => {
    const proxy = await startTokenDroppingProxy(mockUrl());

    const run = await runCli(['list', CUSTOMER_ID, '--base-url', proxy.url]);
    await proxy.close();

    expectOneLineFailure(run, 1, /^The API answered 401 Unauthorized: check AVEPOINT_TOKEN /);
  });

  it('says which address it could not reach', async () => {
    const unreachable = `http://127.0.0.1:${await freePort()}`;

    const run = await runCli(['list', CUSTOMER_ID, '--base-url', unreachable]);

    expectOneLineFailure(
      run,
      1,
      new RegExp(`^Could not reach ${unreachable} \\(ECONNREFUSED\\): check --base-url`),
    );
  });

  it('prints the stack trace too with --debug', async () => {
    const unreachable = `http://127.0.0.1:${await freePort()}`;

    const run = await runCli(['--debug', 'list', CUSTOMER_ID, '--base-url', unreachable]);

    expect(run.exitCode).toBe(1);
    expect(run.stderr).toMatch(/^Could not reach /);
    expect(run.stderr).toMatch(STACK_FRAME);
  });
});

describe('Ctrl-C', () => {
  it('stops a request that hangs, with exit code 130 and one line', async () => {
    const api = await startScriptedApi({ hang: true });

    const run = await runCli(['list', CUSTOMER_ID, '--base-url', api.url], {
      onSpawn: (child) => void api.firstRequest.then(() => child.kill('SIGINT')),
    });
    await api.close();

    expectOneLineFailure(run, 130, /^Stopped by Ctrl-C\.\n$/);
  });
});
