// Turns whatever stopped a command into the one line a person reads and the exit code a
// script reads. Each line says what happened, then what to do about it.
import {
  AuthenticationError,
  HttpError,
  InvalidOptionsError,
  ScanProfilesError,
  TimeoutError,
} from '@scan-profiles/client';

import { CommandFailure, EXIT_CODES, UsageError } from './errors.js';
import { printable } from './output/readable.js';

export interface FailureContext {
  /** Where the requests went: a base URL, or an environment's name. */
  readonly target: string;
  readonly customerId?: string;

  /** The variables the credentials came from; unset when they were never read. */
  readonly credentialVariables?: readonly string[];
}

export interface Failure {
  readonly message: string;
  readonly exitCode: number;
}

const STATUS_TEXTS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

export function describeFailure(error: unknown, context: FailureContext): Failure {
  if (error instanceof UsageError) return { message: error.message, exitCode: EXIT_CODES.usage };
  if (error instanceof InvalidOptionsError) {
    return { message: sentence(error.message), exitCode: EXIT_CODES.usage };
  }
  if (error instanceof CommandFailure) {
    return { message: error.message, exitCode: EXIT_CODES.failure };
  }

  return { message: failureLine(error, context), exitCode: EXIT_CODES.failure };
}

function failureLine(error: unknown, context: FailureContext): string {
  if (error instanceof HttpError) return httpFailureLine(error, context);

  if (error instanceof AuthenticationError) {
    const reason = error.oauthError ? ` (${error.oauthError})` : '';
    return (
      `The token endpoint of the ${error.environment} environment refused the app${reason}: ` +
      `check ${variablesToCheck(context)}.`
    );
  }

  if (error instanceof TimeoutError) {
    return `${context.target} did not answer in time: check the network or proxy, then retry.`;
  }

  const code = networkErrorCode(error);
  if (code) {
    return (
      `Could not reach ${context.target} (${code}): check --base-url or --environment, ` +
      'and the network or proxy.'
    );
  }

  if (error instanceof ScanProfilesError) return sentence(error.message);

  const message = error instanceof Error ? error.message : String(error);
  return `Unexpected failure: ${message}. Run again with --debug to see where it happened.`;
}

function httpFailureLine(error: HttpError, context: FailureContext): string {
  const answered = `The API answered ${error.status}${statusText(error.status)}`;
  const customer = context.customerId ? `customer ${context.customerId}` : 'the customer';

  switch (error.status) {
    case 400:
      return `${answered}${apiMessage(error)}: check the arguments against --help.`;
    case 401:
      return (
        `${answered}: check ${variablesToCheck(context)} ` +
        '(a token lasts one hour and is good for one environment only).'
      );
    case 403:
      return `${answered}: the app may not read ${customer}; check its permissions in Elements.`;
    case 404:
      return `${answered}: there is no ${customer}; check the customer ID.`;
    case 429: {
      const wait = error.retryAfter === undefined ? 'a minute' : `${error.retryAfter} s`;
      return `${answered}: too many requests; wait ${wait}, then retry.`;
    }
  }

  const request = error.requestId ? `, request ID ${error.requestId}` : '';
  if (error.status >= 500) {
    return `${answered}${request}: try again later; if it persists, quote the request ID.`;
  }
  return `${answered}${request}${apiMessage(error)}.`;
}

function statusText(status: number): string {
  const text = STATUS_TEXTS[status];
  return text ? ` ${text}` : '';
}

/** What the server said went wrong, as ` (message)`; the first field error if it names one. */
function apiMessage(error: HttpError): string {
  const { errors } = (typeof error.body === 'object' ? error.body : {}) as { errors?: unknown };
  const [first] = Array.isArray(errors) ? (errors as Array<{ message?: unknown }>) : [];
  const text = typeof first?.message === 'string' ? first.message : error.serverMessage;

  const line = text && printable(text.replace(/\s+/g, ' ').trim()).slice(0, 200);
  return line ? ` (${line.replace(/\.$/, '')})` : '';
}

function variablesToCheck({ credentialVariables }: FailureContext): string {
  const variables = credentialVariables ?? [];
  if (variables.length === 0) return 'the AVEPOINT_* credentials variables';
  if (variables.length === 1) return variables[0] ?? '';
  return `${variables.slice(0, -1).join(', ')} and ${variables.at(-1)}`;
}

/** The system error code (ECONNREFUSED, ENOTFOUND, ...) somewhere in the chain of causes. */
function networkErrorCode(error: unknown): string | undefined {
  for (let cause = error, depth = 0; cause && depth < 5; depth += 1) {
    const { code } = cause as { code?: unknown };
    if (typeof code === 'string' && /^E[A-Z]+$|^UND_ERR_/.test(code)) return code;
    cause = (cause as { cause?: unknown }).cause;
  }
  return undefined;
}

function sentence(text: string): string {
  return /[.!?]$/.test(text) ? text : `${text}.`;
}
