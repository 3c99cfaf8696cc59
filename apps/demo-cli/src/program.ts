// The `scan-profiles` command line: its commands, help and version. A usage mistake throws a
// CommanderError instead of exiting, so main.ts picks the exit code.
import { Command } from 'commander';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import type { CommandIo } from './command-io.js';
import { addListCommand } from './commands/list.js';
import { addMockCommand } from './commands/mock.js';
import { CREDENTIALS_HELP, EXIT_CODES_HELP, SAMPLE_CUSTOMER_ID } from './help-text.js';
import { usageErrorOutput } from './usage-errors.js';

const PROGRAM_EXAMPLES = `
Examples:
  $ scan-profiles list ${SAMPLE_CUSTOMER_ID} --all
  $ scan-profiles list --help
  $ scan-profiles mock`;

export function buildProgram(io: CommandIo): Command {
  const version = packageVersion();

  const program = new Command('scan-profiles')
    .description("Lists AvePoint Elements customers' scan profiles, against any environment.")
    .version(version, '-V, --version', 'print the version')
    .option('--debug', 'print the stack trace of a failure')
    .helpOption('-h, --help', 'print this help')
    .helpCommand(false)
    .exitOverride()
    .configureOutput(usageErrorOutput('scan-profiles'))
    .addHelpText('after', `${PROGRAM_EXAMPLES}\n${CREDENTIALS_HELP}\n${EXIT_CODES_HELP}`);

  addListCommand(program, io, version).configureOutput(usageErrorOutput('scan-profiles list'));
  addMockCommand(program, io).configureOutput(usageErrorOutput('scan-profiles mock'));

  return program;
}

function packageVersion(): string {
  const manifest = readFileSync(join(__dirname, '..', 'package.json'), 'utf8');
  return (JSON.parse(manifest) as { version: string }).version;
}
