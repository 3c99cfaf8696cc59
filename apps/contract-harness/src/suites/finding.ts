import type { Side, Violation } from '../validation/violation';

/**
 * `error` fails the run, `warning` is reported and fails only with `--strict`, `info` is what
 * a check meant to cause, such as the violation an invalid request was built to make.
 */
export type Severity = 'error' | 'warning' | 'info';

/** Something a check found: a violation the harness reported, or a check's own judgement. */
export interface Finding {
  severity: Severity;
  side: Side | 'check';
  rule: string;
  pointer: string;
  message: string;
}

export interface JudgeOptions {
  /** A provider that accepts an invalid request is an error, not a warning. */
  strict: boolean;
}

/** The findings that make a check fail in a test: everything but `info`. */
export function problemsIn(findings: Finding[]): Finding[] {
  return findings.filter((finding) => finding.severity !== 'info');
}

export function checkFinding(severity: Severity, rule: string, message: string): Finding {
  return { severity, side: 'check', rule, pointer: '', message };
}

/**
 * A violation as a finding. A provider accepting an invalid request is a warning unless the
 * run is strict; a request violation is `info` where the request was meant to be invalid;
 * anything else breaks the contract and is an error.
 */
export function violationFinding(
  found: Violation,
  options: JudgeOptions & { requestMeantInvalid: boolean },
): Finding {
  const severity: Severity =
    found.rule === 'accepts-invalid-request'
      ? options.strict
        ? 'error'
        : 'warning'
      : found.side === 'request' && options.requestMeantInvalid
        ? 'info'
        : 'error';

  return {
    severity,
    side: found.side,
    rule: found.rule,
    pointer: found.pointer,
    message: found.message,
  };
}
