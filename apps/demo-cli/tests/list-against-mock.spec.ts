// `scan-profiles list` against Prism serving the contract: its default answer is the vendor's
// sample, one scan profile on one page, so one page and --all print the same profile.
import { mockUrlForTests as mockUrl } from '@scan-profiles/tools/mock';

import { CUSTOMER_ID, runCli } from './support/run-cli.js';

const SAMPLE = {
  profileName: 'Default Microsoft 365 Scan Profile',
  profileId: '47db****-1004-****-b2ce-8f5e****842d',
  scanMode: 0,
  modifiedTime: '2025-09-11T03:19:14Z',
};

const TABLE_ROWS = [
  'NAME                                SCAN MODE  MODIFIED (UTC)    ID',
  'Default Microsoft 365 Scan Profile  Express    2025-09-11 03:19  ' +
    '47db****-1004-****-b2ce-8f5e****842d',
  '',
];

const cases: Array<[string, string[], string]> = [
  ['table', [], lines(...TABLE_ROWS, 'Page 1 of 1, 1 scan profile in all.')],
  ['table', ['--all'], lines(...TABLE_ROWS, '1 scan profile in all, from 1 page.')],
  ['json', [], `${JSON.stringify([SAMPLE], null, 2)}\n`],
  ['json', ['--all'], `${JSON.stringify([SAMPLE], null, 2)}\n`],
  ['ndjson', [], lines(JSON.stringify(SAMPLE))],
  ['ndjson', ['--all'], lines(JSON.stringify(SAMPLE))],
  ['csv', [], lines('profileName,profileId,scanMode,modifiedTime', csvRow(SAMPLE))],
  ['csv', ['--all'], lines('profileName,profileId,scanMode,modifiedTime', csvRow(SAMPLE))],
];

describe('scan-profiles list against the mock', () => {
  it.each(cases)('prints %s %j exactly, and nothing on stderr', async (format, flags, want) => {
    const run = await runCli(['list', CUSTOMER_ID, '--format', format, ...flags, ...target()]);

    expect(run).toEqual({ exitCode: 0, stdout: want, stderr: '' });
  });

  it.each([
    ['a page and a page size', ['--page', '1', '--page-size', '100']],
    ['IDs to filter by', ['--ids', '47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d,b']],
    ['an environment, which --base-url overrides', ['--environment', 'gov']],
  ])('sends %s the contract accepts', async (_, flags) => {
    const run = await runCli(['list', CUSTOMER_ID, '--format', 'json', ...flags, ...target()]);

    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    expect(JSON.parse(run.stdout)).toEqual([SAMPLE]);
  });
});

function target(): string[] {
  return ['--base-url', mockUrl()];
}

function lines(...texts: string[]): string {
  return texts.map((text) => `${text}\n`).join('');
}

function csvRow(profile: typeof SAMPLE): string {
  return [profile.profileName, profile.profileId, profile.scanMode, profile.modifiedTime].join(',');
}
