import type { Response } from 'express';

import type { Violation } from './validation/violation';

/** The one error shape of the harness: RFC 9457 problem details. */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  violations?: Violation[];
}

export const PROBLEM_TYPE_BASE = 'urn:scan-profiles:contract-harness:';

export function problem(
  kind: string,
  status: number,
  title: string,
  detail: string,
  violations?: Violation[],
): Problem {
  return {
    type: `${PROBLEM_TYPE_BASE}${kind}`,
    title,
    status,
    detail,
    ...(violations === undefined ? {} : { violations }),
  };
}

export function sendProblem(response: Response, answer: Problem): Buffer {
  const body = Buffer.from(JSON.stringify(answer));
  response.status(answer.status).setHeader('content-type', 'application/problem+json');
  response.end(body);
  return body;
}
