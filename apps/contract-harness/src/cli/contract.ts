#!/usr/bin/env node
// `npm run contract`: the contract suites against the mock, or against any provider with
// --target. Prints a summary, writes JUnit XML and a JSON report, exits 1 on any error.
import { resolve } from 'node:path';

import { Command, InvalidArgumentError } from 'commander';

import { runContract } from './run-contract';

const program = new Command('contract')
  .description(
    'Checks the mock, the client and any provider against the OpenAPI document, through ' +
      'the contract harness.',
  )
  .option('--target <baseUrl>', 'a provider to check instead of Prism serving the document', url)
  .option('--customer <id>', "a customer the provider knows (default: the document's example)")
  .option('--strict', 'a provider that accepts an invalid request is an error, not a warning')
  .option('--report-dir <dir>', 'where junit.xml and report.json go', 'reports/contract')
  .option('--seed <n>', 'the seed of the generated cases', whole, 20251120)
  .option('--runs <n>', 'generated invalid requests (valid: half as many)', whole, 200)
  .addHelpText(
    'after',
    '\nCredentials for a provider come from the environment only: CONTRACT_TARGET_TOKEN, or\n' +
      'CONTRACT_CLIENT_ID and CONTRACT_CLIENT_SECRET (with CONTRACT_ENVIRONMENT).',
  );

function url(value: string): string {
  if (!/^https?:\/\/./.test(value)) throw new InvalidArgumentError('give an http(s) URL');
  return value.replace(/\/+$/, '');
}

function whole(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 1)
    throw new InvalidArgumentError('give a whole number');
  return parsed;
}

async function main(): Promise<void> {
  const options = program.parse().opts<{
    target?: string;
    customer?: string;
    strict?: boolean;
    reportDir: string;
    seed: number;
    runs: number;
  }>();

  const result = await runContract({
    target: options.target,
    customer: options.customer,
    strict: options.strict ?? false,
    reportDir: resolve(options.reportDir),
    seed: options.seed,
    runs: {
      negative: options.runs,
      positive: Math.ceil(options.runs / 2),
      client: Math.ceil(options.runs / 10),
    },
    env: process.env,
    print: (line) => console.log(line),
  });

  process.exitCode = result.passed ? 0 : 1;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`The contract run could not finish: ${message}`);
  if (process.env['CONTRACT_DEBUG'] !== undefined && error instanceof Error) {
    console.error(error.stack);
  }
  process.exitCode = 1;
});
