// `scan-profiles list <customerId>`: one page, or every page with --all, in the format asked for.
import {
  createScanProfilesClient,
  ENVIRONMENTS,
  type EnvironmentName,
} from '@scan-profiles/client';
import { Option, type Command } from 'commander';
import { readFileSync } from 'node:fs';

import type { CommandIo } from '../command-io.js';
import { credentialsFromEnvironment } from '../credentials.js';
import { EXIT_CODES, UsageError } from '../errors.js';
import type { FailureContext } from '../failure.js';
import { fetchEveryPage, fetchPage, type ListingRequest } from '../fetch-listing.js';
import { CREDENTIALS_HELP, EXIT_CODES_HELP, LIST_EXAMPLES } from '../help-text.js';
import { OUTPUT_FORMATS, render, type OutputFormat } from '../output/formats.js';
import { pageProgress } from '../progress.js';
import { reportFailure } from '../report.js';
import {
  parseBaseUrl,
  parseCustomerId,
  parseIds,
  parsePageIndex,
  parsePageSize,
  splitIds,
} from './arguments.js';

export interface ListOptions {
  page?: number;
  pageSize?: number;
  ids?: string[];
  idsFile?: string;
  all?: boolean;
  format: OutputFormat;
  environment: EnvironmentName;
  baseUrl?: string;
}

export function addListCommand(program: Command, io: CommandIo, version: string): Command {
  return program
    .command('list')
    .summary("list a customer's scan profiles")
    .description("Lists a customer's scan profiles: one page, or every page with --all.")
    .argument('<customerId>', "the customer's ID, a GUID", parseCustomerId)
    .option('--page <number>', 'the page to show, counted from 1 (default: 1)', parsePageIndex)
    .option('--page-size <number>', 'scan profiles a page, 1 to 100 (default: 100)', parsePageSize)
    .option('--ids <ids>', 'only these scan profiles: IDs separated by commas', parseIds)
    .option('--ids-file <path>', 'only the scan profiles whose IDs a file lists ("-": stdin)')
    .addOption(new Option('--all', 'fetch every page, not just one').conflicts('page'))
    .addOption(
      new Option('--format <format>', 'how to print them').choices(OUTPUT_FORMATS).default('table'),
    )
    .addOption(
      new Option('--environment <name>', 'the AvePoint environment')
        .choices(Object.keys(ENVIRONMENTS))
        .default('commercial'),
    )
    .option('--base-url <url>', "call this API instead of the environment's", parseBaseUrl)
    .addHelpText('after', `${LIST_EXAMPLES}\n${CREDENTIALS_HELP}\n${EXIT_CODES_HELP}`)
    .action(async (customerId: string, options: ListOptions) => {
      process.exitCode = await listScanProfiles(customerId, options, io, version);
    });
}

export async function listScanProfiles(
  customerId: string,
  options: ListOptions,
  io: CommandIo,
  version: string,
): Promise<number> {
  let context: FailureContext = {
    target: options.baseUrl ?? `the ${options.environment} API`,
    customerId,
  };

  try {
    const credentials = credentialsFromEnvironment(io.env);
    context = { ...context, credentialVariables: credentials.variables };

    const client = createScanProfilesClient({
      environment: options.environment,
      ...(options.baseUrl !== undefined && { baseUrl: options.baseUrl }),
      auth: credentials.auth,
      userAgent: `scan-profiles-cli/${version}`,
    });

    const request = listingRequest(customerId, options, io);
    const listing = options.all
      ? await fetchEveryPage(client, request, pageProgress(io.stderr))
      : await fetchPage(client, request);

    io.stdout.write(render(options.format, listing));
    return EXIT_CODES.success;
  } catch (error) {
    return reportFailure(error, context, io);
  }
}

function listingRequest(customerId: string, options: ListOptions, io: CommandIo): ListingRequest {
  const ids = [...(options.ids ?? []), ...idsFromFile(options.idsFile)];

  return {
    customerId,
    signal: io.signal,
    ...(options.page !== undefined && { pageIndex: options.page }),
    ...(options.pageSize !== undefined && { pageSize: options.pageSize }),
    ...(ids.length > 0 && { scanProfileIds: [...new Set(ids)] }),
  };
}

function idsFromFile(path: string | undefined): string[] {
  if (path === undefined) return [];

  let text: string;
  try {
    text = readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`Cannot read --ids-file ${path} (${code}): check the path.`);
  }

  const ids = splitIds(text);
  if (ids.length === 0) throw new UsageError(`--ids-file ${path} lists no scan profile IDs.`);
  return ids;
}
