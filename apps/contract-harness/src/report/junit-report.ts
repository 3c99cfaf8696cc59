import { SUITES, checkFailed, type CheckResult } from '../cli/check-result';
import type { Finding } from '../suites/finding';

/**
 * The run as JUnit XML, the format CI servers read: a test suite per contract suite, a test
 * case per check. Errors are failures; warnings go to the case's output.
 */
export function junitReport(checks: CheckResult[]): string {
  const suites = SUITES.map((suite) => checks.filter((check) => check.suite === suite)).filter(
    (ran) => ran.length > 0,
  );
  const failures = checks.filter(checkFailed).length;

  const totals = `tests="${checks.length}" failures="${failures}" time="${seconds(checks)}"`;

  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="contract" ${totals}>`,
    ...suites.map(testSuite),
    '</testsuites>',
    '',
  ].join('\n');
}

function testSuite(checks: CheckResult[]): string {
  const name = xml(checks[0]?.suite ?? '');
  const failures = checks.filter(checkFailed).length;
  const totals = `tests="${checks.length}" failures="${failures}" time="${seconds(checks)}"`;

  return [`  <testsuite name="${name}" ${totals}>`, ...checks.map(testCase), '  </testsuite>'].join(
    '\n',
  );
}

function testCase(check: CheckResult): string {
  const errors = check.findings.filter((finding) => finding.severity === 'error');
  const others = check.findings.filter((finding) => finding.severity !== 'error');
  const names = `classname="contract.${xml(check.suite)}" name="${xml(check.name)}"`;
  const open = `    <testcase ${names} time="${seconds([check])}"`;
  if (errors.length === 0 && others.length === 0) return `${open}/>`;

  const lines = [`${open}>`];
  if (errors.length > 0) {
    const message = xml(`${errors.length} error(s): ${errors[0]?.rule}`);
    const text = xml(errors.map(describe).join('\n'));
    lines.push(`      <failure type="contract" message="${message}">${text}</failure>`);
  }
  if (others.length > 0) {
    lines.push(`      <system-out>${xml(others.map(describe).join('\n'))}</system-out>`);
  }
  lines.push('    </testcase>');

  return lines.join('\n');
}

/** A finding in one line: `error response required at /body/metadata/totalCount: ...`. */
export function describe(finding: Finding): string {
  const where = finding.pointer === '' ? '' : ` at ${finding.pointer}`;
  const message = finding.message === '' ? '' : `: ${finding.message}`;
  return `${finding.severity} ${finding.side} ${finding.rule}${where}${message}`;
}

function seconds(checks: CheckResult[]): string {
  return (checks.reduce((sum, check) => sum + check.durationMs, 0) / 1000).toFixed(3);
}

function xml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      // Control characters other than tab and newline are not allowed in XML 1.0.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
  );
}
