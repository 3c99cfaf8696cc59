import { isDeepStrictEqual } from 'node:util';

import type { ExampleCase } from '../cases/example-cases';
import type { InvalidRequestCase } from '../cases/request-case';
import { checkFinding, violationFinding, type Finding, type JudgeOptions } from './finding';
import type { ObservedExchange } from './observed-exchange';

/**
 * Suite 1: the mock serves the documented response it was asked for, exactly, and the
 * exchange breaks nothing.
 */
export function judgeExample(example: ExampleCase, observed: ObservedExchange): Finding[] {
  const findings = recordedFindings(observed, { strict: true, requestMeantInvalid: false });

  if (observed.status !== example.status) {
    const message = `asked for ${example.status} with Prefer, got ${observed.status}`;
    findings.push(checkFinding('error', 'unexpected-status', message));
  }
  if (example.body !== undefined && !isDeepStrictEqual(parsed(observed.body), example.body)) {
    const message = `the body is not the example ${example.name} of the document`;
    findings.push(checkFinding('error', 'example-mismatch', message));
  }

  return findings;
}

/**
 * Suite 4: a valid request gets a documented answer that conforms. From the mock that answer
 * must be a 200; a real provider may also answer with another documented status, but a 400
 * to a valid request, or a 5xx, is worth a warning.
 */
export function judgeValidRequest(
  observed: ObservedExchange,
  options: JudgeOptions & { mock: boolean },
): Finding[] {
  const findings = recordedFindings(observed, { ...options, requestMeantInvalid: false });

  if (options.mock && observed.status !== 200) {
    const message = `the mock answered ${observed.status} to a valid request, not 200`;
    findings.push(checkFinding('error', 'unexpected-status', message));
  } else if (!options.mock && (observed.status === 400 || observed.status >= 500)) {
    const message = `the provider answered ${observed.status} to a valid request`;
    findings.push(checkFinding('warning', 'rejects-valid-request', message));
  }

  return findings;
}

/**
 * Suite 3: an invalid request gets a 4xx, the harness names the rule it breaks at the right
 * pointer, and the answer itself conforms.
 */
export function judgeInvalidRequest(
  request: InvalidRequestCase,
  observed: ObservedExchange,
  options: JudgeOptions,
): Finding[] {
  const findings = recordedFindings(observed, { ...options, requestMeantInvalid: true });
  const { rule, pointer } = request.expected;

  const named = observed.record?.violations.some(
    (found) => found.side === 'request' && found.rule === rule && found.pointer === pointer,
  );
  if (observed.record !== undefined && !named) {
    const message = `the harness did not report ${rule} at ${pointer || 'the request'}`;
    findings.push(checkFinding('error', 'missed-violation', message));
  }

  // A 2xx is reported by the harness itself as accepts-invalid-request.
  if (observed.status >= 500) {
    const message = `an invalid request got ${observed.status}, a server error, not a 4xx`;
    findings.push(checkFinding('error', 'server-error', message));
  } else if (observed.status < 200 || (observed.status >= 300 && observed.status < 400)) {
    const message = `an invalid request got ${observed.status}, not a 4xx`;
    findings.push(checkFinding('error', 'unexpected-status', message));
  }

  return findings;
}

function recordedFindings(
  observed: ObservedExchange,
  options: JudgeOptions & { requestMeantInvalid: boolean },
): Finding[] {
  if (observed.record === undefined) {
    return [checkFinding('error', 'not-recorded', 'the harness kept no record of the exchange')];
  }
  return observed.record.violations.map((found) => violationFinding(found, options));
}

function parsed(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}
