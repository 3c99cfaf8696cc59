// The contract run behind `npm run contract -- --target <baseUrl>`, against providers on
// ephemeral ports: it fails on a response that breaks the document, counts a provider that
// accepts invalid requests as a warning (an error with --strict), and writes its reports.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { runContract, type ContractRunOptions } from '../src/cli/run-contract';
import { startWrongUpstream, type WrongUpstream } from './support/wrong-upstream';

let reportDir: string;
let breaking: WrongUpstream;
let lenient: WrongUpstream;

function run(target: string, overrides: Partial<ContractRunOptions> = {}) {
  const lines: string[] = [];
  const result = runContract({
    target,
    customer: undefined,
    strict: false,
    reportDir,
    seed: 7,
    runs: { negative: 30, positive: 10, client: 2 },
    env: {},
    print: (line) => lines.push(line),
    ...overrides,
  });
  return result.then((outcome) => ({ ...outcome, output: lines.join('\n') }));
}

beforeAll(async () => {
  reportDir = mkdtempSync(join(tmpdir(), 'contract-run-'));
  breaking = await startWrongUpstream();
  lenient = await startWrongUpstream(0, 'conforming');
});

afterAll(async () => {
  await breaking?.stop();
  await lenient?.stop();
  rmSync(reportDir, { recursive: true, force: true });
});

it('fails against a provider whose answers break the document, and says where', async () => {
  const outcome = await run(breaking.url);

  expect(outcome.passed).toBe(false);
  expect(outcome.output).toContain('error response required at /body/metadata/totalCount');
  expect(outcome.output).toContain('error response type at /body/data/0/scanMode');
  expect(outcome.output).toMatch(/^FAILED: \d+ checks/m);
});

it.each([
  ['passes with warnings by default', false, true, 'warning'],
  ['fails with --strict', true, false, 'error'],
])('against a provider that accepts invalid requests, %s', async (_, strict, passed, severity) => {
  const outcome = await run(lenient.url, { strict });
  const accepted = outcome.checks
    .flatMap((check) => check.findings)
    .filter((finding) => finding.rule === 'accepts-invalid-request');

  expect(outcome.passed).toBe(passed);
  expect(accepted.length).toBeGreaterThan(0);
  expect(new Set(accepted.map((finding) => finding.severity))).toEqual(new Set([severity]));
});

it('writes JUnit XML and a JSON report a CI job can keep', async () => {
  const outcome = await run(breaking.url);
  const junit = readFileSync(join(reportDir, 'junit.xml'), 'utf8');
  const report = JSON.parse(readFileSync(join(reportDir, 'report.json'), 'utf8'));

  expect(outcome.reportFiles.every((file) => existsSync(file))).toBe(true);
  expect(junit).toMatch(/<testsuites name="contract" tests="\d+" failures="[1-9]\d*"/);
  expect(junit).toContain('<testsuite name="negative requests"');
  expect(report).toMatchObject({ passed: false, mock: false, seed: 7 });
  expect(report.checks).toHaveLength(outcome.checks.length);
  expect(report.harness.totals.exchanges).toBeGreaterThan(0);
});
