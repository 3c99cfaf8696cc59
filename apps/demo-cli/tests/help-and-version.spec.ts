// What a person reads before they use the CLI: help with examples, the credentials rule, the
// exit codes, and the version.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { runCli } from './support/run-cli.js';

const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as {
  version: string;
};

describe('scan-profiles --help', () => {
  it.each([
    ['the program', ['--help'], ['list', 'mock', 'Examples:']],
    [
      'list',
      ['list', '--help'],
      ['--all', '--ids-file', '--format <format>', 'choices: "table", "json"', 'Examples:'],
    ],
    ['mock', ['mock', '--help'], ['--port', 'MOCK_SEED', 'Examples:']],
  ])('of %s shows its flags and examples on stdout', async (_, args, phrases) => {
    const run = await runCli(args);

    expect(run).toMatchObject({ exitCode: 0, stderr: '' });
    for (const phrase of phrases) expect(run.stdout).toContain(phrase);
  });

  it.each([[['--help']], [['list', '--help']]])(
    '%j says credentials come from environment variables only',
    async (args) => {
      const run = await runCli(args);

      expect(run.stdout).toContain('environment variables only, never from flags');
      for (const variable of [
        'AVEPOINT_TOKEN',
        'AVEPOINT_CLIENT_ID',
        'AVEPOINT_CLIENT_SECRET',
        'AVEPOINT_CERTIFICATE_PATH',
        'AVEPOINT_PRIVATE_KEY_PATH',
      ]) {
        expect(run.stdout).toContain(variable);
      }
      expect(run.stdout).toMatch(/Exit codes: 0 done, 1 the API or the network failed, 2 bad/);
    },
  );
});

describe('scan-profiles --version', () => {
  it.each([['--version'], ['-V']])('%s prints the package version', async (flag) => {
    const run = await runCli([flag]);

    expect(run).toEqual({ exitCode: 0, stdout: `${version}\n`, stderr: '' });
  });
});

describe('the scan-profiles command npm links', () => {
  it('runs the built CLI', () => {
    const linked = join(__dirname, '..', '..', '..', 'node_modules', '.bin', 'scan-profiles');

    const run = spawnSync(linked, ['--version'], { encoding: 'utf8' });

    expect(run).toMatchObject({ status: 0, stdout: `${version}\n`, stderr: '' });
  });
});
