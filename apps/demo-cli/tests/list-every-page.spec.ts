// `--all` over several pages, and the paging and filter flags, against a scripted server on an
// ephemeral port: Prism's answers do not depend on pageIndex, so it cannot serve three pages.
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { CLI, CUSTOMER_ID, TOKEN, runCli } from './support/run-cli.js';
import { PROFILES, startScriptedApi, type ScriptedApi } from './support/scripted-api.js';

let api: ScriptedApi;

beforeEach(async () => {
  api = await startScriptedApi();
});

afterEach(async () => {
  await api.close();
});

const EVERY_PAGE_TABLE = [
  'NAME                      SCAN MODE  MODIFIED (UTC)    ID',
  'Finance SharePoint sites  Advanced   2025-10-02 08:45  3f1c2b7a-8d4e-4a61-9c0b-2e5f7a8d9b10',
  'HR OneDrive accounts      Express    2025-10-14 16:05  5a9e0d3c-6b2f-4c18-a7e4-0f1d3b5c7e92',
  'Legal, "Teams" and more   Advanced   2025-11-20 11:30  9b2f6c4e-57a1-4d0b-8e3a-1c6d2f9e0b71',
  'Default Microsoft 365     Express    2025-09-11 03:19  47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d',
  'Exchange mailboxes        Express    2025-12-01 00:00  d2e8a0b4-1c3f-4e5a-9b7d-6f8e0a2c4b6d',
  '',
  '5 scan profiles in all, from 3 pages.',
];

const EVERY_PAGE_CSV = [
  'profileName,profileId,scanMode,modifiedTime',
  'Finance SharePoint sites,3f1c2b7a-8d4e-4a61-9c0b-2e5f7a8d9b10,1,2025-10-02T08:45:00Z',
  'HR OneDrive accounts,5a9e0d3c-6b2f-4c18-a7e4-0f1d3b5c7e92,0,2025-10-14T16:05:31Z',
  '"Legal, ""Teams"" and more",9b2f6c4e-57a1-4d0b-8e3a-1c6d2f9e0b71,1,2025-11-20T11:30:12Z',
  'Default Microsoft 365,47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d,0,2025-09-11T03:19:14Z',
  'Exchange mailboxes,d2e8a0b4-1c3f-4e5a-9b7d-6f8e0a2c4b6d,0,2025-12-01T00:00:00.250Z',
];

describe('scan-profiles list --all over three pages', () => {
  it.each([
    ['table', lines(EVERY_PAGE_TABLE)],
    ['json', `${JSON.stringify(PROFILES, null, 2)}\n`],
    ['ndjson', lines(PROFILES.map((profile) => JSON.stringify(profile)))],
    ['csv', lines(EVERY_PAGE_CSV)],
  ])('prints every scan profile as %s, in order', async (format, want) => {
    const run = await list('--all', '--page-size', '2', '--format', format);

    expect(run).toEqual({ exitCode: 0, stdout: want, stderr: '' });
    const pages = api.requests.map(({ pageIndex, pageSize }) => [pageIndex, pageSize]);
    expect(pages.sort()).toEqual([
      [1, 2],
      [2, 2],
      [3, 2],
    ]);
  });
});

describe('scan-profiles list --all on a terminal', () => {
  it('shows a progress line while pages arrive, and erases it before the table', async () => {
    const command = [CLI, 'list', CUSTOMER_ID, '--all', '--page-size', '2', '--base-url', api.url];

    const screen = await onTerminal(command);

    expect(screen).toContain('Fetching scan profiles: page 1 of 3, 2 of 5 scan profiles');
    expect(screen).toContain('Fetching scan profiles: page 3 of 3, 5 of 5 scan profiles');
    const afterProgress = screen.slice(screen.lastIndexOf('\r\u001b[2K') + 5);
    expect(afterProgress).toMatch(/^NAME +SCAN MODE/);
    expect(afterProgress).toContain('5 scan profiles in all, from 3 pages.');
  });
});

describe('scan-profiles list, one page of three', () => {
  it.each([
    ['the middle page', ['--page', '2'], [2, 3], 'Page 2 of 3, 5 scan profiles in all.'],
    ['the last page', ['--page', '3'], [4], 'Page 3 of 3, 5 scan profiles in all.'],
  ])('shows %s with the total and the page in the footer', async (_, flags, rows, footer) => {
    const run = await list('--page-size', '2', ...flags);

    expect(run.exitCode).toBe(0);
    const names = rows.map((row) => PROFILES[row]?.profileName ?? '');
    for (const name of names) expect(run.stdout).toContain(name);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(names.length + 3);
    expect(run.stdout.endsWith(`\n\n${footer}\n`)).toBe(true);
  });

  it('says so when the page asked for is past the last one', async () => {
    const run = await list('--page-size', '2', '--page', '9');

    expect(run.stdout).toBe(
      'No scan profiles on page 9: the last page is 3.\n\nPage 9 of 3, 5 scan profiles in all.\n',
    );
  });
});

describe('scan-profiles list --ids and --ids-file', () => {
  it('sends the IDs of both, once each, as the filter body', async () => {
    const idsFile = join(mkdtempSync(join(tmpdir(), 'scan-profiles-')), 'ids.txt');
    writeFileSync(idsFile, '# one ID a line, or several with commas\nb\nc, a\n\n');

    const run = await list('--ids', 'a,b', '--ids-file', idsFile, '--format', 'json');

    expect(run.exitCode).toBe(0);
    expect(api.requests).toEqual([
      expect.objectContaining({ pageIndex: 1, body: { scanProfileIds: ['a', 'b', 'c'] } }),
    ]);
  });
});

function list(...flags: string[]) {
  return runCli(['list', CUSTOMER_ID, '--base-url', api.url, ...flags]);
}

/**
 * What a person at a terminal sees: util-linux's `script` runs the CLI on a pseudo-terminal,
 * so its stdout and stderr are both a TTY and arrive mixed, as on a screen.
 */
function onTerminal(command: string[]): Promise<string> {
  const quoted = [process.execPath, ...command].map((word) => `'${word}'`).join(' ');
  const child = spawn('script', ['--quiet', '--return', '--command', quoted, '/dev/null'], {
    env: { PATH: process.env['PATH'] ?? '', AVEPOINT_TOKEN: TOKEN, TERM: 'dumb' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });

  const chunks: Buffer[] = [];
  child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code) =>
      code === 0
        ? resolve(Buffer.concat(chunks).toString())
        : reject(new Error(`The CLI on a terminal exited with ${code}`)),
    );
  });
}

function lines(texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}
