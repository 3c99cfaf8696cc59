import type { Finding } from '../suites/finding';

export const SUITES = [
  'mock conformance',
  'client conformance',
  'negative requests',
  'positive requests',
] as const;

export type SuiteName = (typeof SUITES)[number];

/** One check of a contract run: a case sent, judged, and the exchanges it caused. */
export interface CheckResult {
  suite: SuiteName;
  name: string;
  /** For a negative case, the kind of request it is: `query pageSize: maximum`. */
  kind?: string;
  findings: Finding[];
  exchanges: number[];
  durationMs: number;
}

/** A check fails on an error; a warning is reported but does not fail it. */
export function checkFailed(check: CheckResult): boolean {
  return check.findings.some((finding) => finding.severity === 'error');
}

export function checkWarned(check: CheckResult): boolean {
  return check.findings.some((finding) => finding.severity === 'warning');
}
