import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, relative } from 'node:path';

import {
  describeOperations,
  loadContract,
  type OperationDescription,
} from '@scan-profiles/contract';
import { startMock, type RunningMock } from '@scan-profiles/tools/mock';

import { createHarnessApp, type Harness } from '../app';
import type { HarnessReport } from '../report/exchange-log';
import { describe, junitReport } from '../report/junit-report';
import { redactUrl } from '../report/redact';
import { findingTable, kindTable, suiteTable } from '../report/summary-table';
import { fetchThroughHarness } from '../suites/observed-exchange';
import { checkFailed, checkWarned, type CheckResult } from './check-result';
import {
  runClientConformance,
  runMockConformance,
  runNegativeRequests,
  runPositiveRequests,
  type SuiteContext,
} from './suite-runs';
import { bearerTokenFrom, targetCredentials } from './target-credentials';

export interface ContractRunOptions {
  /** A provider's base URL; without it the run starts Prism on the document. */
  target: string | undefined;
  /** A customer the provider knows; the document's example customer by default. */
  customer: string | undefined;
  strict: boolean;
  reportDir: string;
  seed: number;
  runs: SuiteContext['runs'];
  env: NodeJS.ProcessEnv;
  /** Where the run reports what it does, a line at a time. */
  print: (line: string) => void;
}

export interface ContractRunResult {
  passed: boolean;
  checks: CheckResult[];
  reportFiles: string[];
}

const MOCK_TOKEN = 'contract-run';
const NO_CREDENTIALS_TOKEN = 'no-credentials';
const BODY_LIMIT_BYTES = 1024 * 1024;
const MAX_ERROR_LINES = 12;

/**
 * A contract run: the harness in-process between the suites and the upstream, every check
 * judged, a summary printed, JUnit XML and a JSON report written. Passes without errors.
 */
export async function runContract(options: ContractRunOptions): Promise<ContractRunResult> {
  const document = loadContract();
  const [operation] = describeOperations(document) as [OperationDescription];
  const mock = options.target === undefined ? await startMock({ seed: options.seed }) : undefined;
  const upstream = options.target ?? (mock as RunningMock).url;
  const harness = createHarnessApp({ upstream, document, bodyLimitBytes: BODY_LIMIT_BYTES });
  const server = await listen(harness);

  try {
    const context = await suiteContext(options, { document, operation, harness, server, mock });
    printHeader(options, context, upstream);

    const checks = await runSuites(context);
    const report = harness.exchangeLog.report(redactUrl(upstream), options.strict);
    const reportFiles = writeReports(options, context, checks, report);
    printSummary(options, checks, reportFiles);

    return { passed: !checks.some(checkFailed), checks, reportFiles };
  } finally {
    harness.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await mock?.stop();
  }
}

async function suiteContext(
  options: ContractRunOptions,
  run: {
    document: SuiteContext['document'];
    operation: OperationDescription;
    harness: Harness;
    server: Server;
    mock: RunningMock | undefined;
  },
): Promise<SuiteContext> {
  const harnessUrl = `http://127.0.0.1:${(run.server.address() as AddressInfo).port}`;
  const example = run.operation.parameters.find((parameter) => parameter.in === 'path')?.example;
  const customerId = options.customer ?? String(example);
  const credentials =
    run.mock === undefined
      ? targetCredentials(options.env)
      : { auth: { token: MOCK_TOKEN }, environment: undefined, source: 'any token (the mock)' };
  const obtained = await bearerTokenFrom(credentials, harnessUrl, customerId);
  // Without credentials the requests still carry a bearer token, so that they break nothing
  // but the provider's trust: one that checks tokens answers 401, which the document declares.
  const token = obtained ?? NO_CREDENTIALS_TOKEN;
  const note = obtained === undefined ? '; requests carry a placeholder token' : '';
  options.print(`Credentials: ${credentials.source}${note}`);

  return {
    document: run.document,
    operation: run.operation,
    send: fetchThroughHarness(harnessUrl, run.harness.exchangeLog),
    harnessUrl,
    log: run.harness.exchangeLog,
    mock: run.mock !== undefined,
    strict: options.strict,
    seed: options.seed,
    customerId,
    token,
    // Without credentials the client still needs some: the provider answers 401 to it.
    clientAuth: credentials.auth ?? { token: NO_CREDENTIALS_TOKEN },
    environment: credentials.environment,
    bodyLimitBytes: BODY_LIMIT_BYTES,
    runs: options.runs,
  };
}

// A real provider ignores Prism's `Prefer`, so the named examples are asked of the mock only.
async function runSuites(context: SuiteContext): Promise<CheckResult[]> {
  return [
    ...(context.mock ? await runMockConformance(context) : []),
    ...(await runClientConformance(context)),
    ...(await runNegativeRequests(context)),
    ...(await runPositiveRequests(context)),
  ];
}

function listen(harness: Harness): Promise<Server> {
  const server = createServer(harness.app);
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve(server));
  });
}

function printHeader(options: ContractRunOptions, context: SuiteContext, upstream: string): void {
  const what = context.mock ? 'Prism serving the document' : 'the target provider';
  options.print(`Upstream: ${what} at ${redactUrl(upstream)}`);
  const accepting = options.strict ? 'strict: accepting' : 'not strict: accepting';
  options.print(
    `Seed ${context.seed}, customer ${context.customerId}; ${accepting} an invalid request is ` +
      `${options.strict ? 'an error' : 'a warning'}`,
  );
  options.print('');
}

function writeReports(
  options: ContractRunOptions,
  context: SuiteContext,
  checks: CheckResult[],
  harness: HarnessReport,
): string[] {
  mkdirSync(options.reportDir, { recursive: true });
  const junit = join(options.reportDir, 'junit.xml');
  const json = join(options.reportDir, 'report.json');

  writeFileSync(junit, junitReport(checks));
  writeFileSync(
    json,
    `${JSON.stringify(
      {
        passed: !checks.some(checkFailed),
        upstream: harness.upstream,
        mock: context.mock,
        strict: options.strict,
        seed: context.seed,
        customerId: context.customerId,
        checks: checks.map((check) => ({
          ...check,
          passed: !checkFailed(check),
        })),
        harness,
      },
      null,
      2,
    )}\n`,
  );

  return [junit, json];
}

function printSummary(options: ContractRunOptions, checks: CheckResult[], files: string[]): void {
  const failed = checks.filter(checkFailed);
  const errors = checks.flatMap((check) => check.findings).filter((f) => f.severity === 'error');
  const warnings = checks.filter(checkWarned).length;

  for (const block of [suiteTable(checks), findingTable(checks), kindTable(checks)]) {
    options.print(block);
    options.print('');
  }

  const groups = errorGroups(failed);
  for (const [what, { count, example }] of groups.slice(0, MAX_ERROR_LINES)) {
    options.print(`ERROR in ${count} check(s), e.g. ${example}: ${what}`);
  }
  if (groups.length > MAX_ERROR_LINES) {
    options.print(
      `... and ${groups.length - MAX_ERROR_LINES} more kinds of error: see the reports`,
    );
  }

  const where = files.map((file) => relative(process.cwd(), file)).join(', ');
  const verdict = failed.length === 0 ? 'PASSED' : 'FAILED';
  options.print(
    `${verdict}: ${checks.length} checks, ${failed.length} failed, ${errors.length} errors, ` +
      `${warnings} checks with warnings. Reports: ${where}`,
  );
}

/** The errors of the failed checks, one entry per rule and place, most frequent first. */
function errorGroups(failed: CheckResult[]): Array<[string, { count: number; example: string }]> {
  const groups = new Map<string, { count: number; example: string }>();

  for (const check of failed) {
    const errors = check.findings.filter((finding) => finding.severity === 'error');
    for (const what of new Set(errors.map((finding) => describe({ ...finding, message: '' })))) {
      const group = groups.get(what) ?? { count: 0, example: `${check.suite} ${check.name}` };
      group.count += 1;
      groups.set(what, group);
    }
  }

  return [...groups.entries()].sort(([, a], [, b]) => b.count - a.count);
}
