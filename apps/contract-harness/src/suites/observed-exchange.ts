import type { ExchangeLog, ExchangeRecord } from '../report/exchange-log';
import { EXCHANGE_HEADER } from '../routes/exchange-recorder';
import { requestTarget, type RequestCase } from '../cases/request-case';

/** What the caller got back through the harness, and what the harness recorded of it. */
export interface ObservedExchange {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** `undefined` if the harness recorded nothing: a bug the checks report. */
  record: ExchangeRecord | undefined;
}

export type SendCase = (request: RequestCase) => Promise<ObservedExchange>;

/** Finds the harness's record of an exchange from the id it put in the answer's headers. */
export function recordOf(
  log: ExchangeLog,
  headers: Record<string, string | string[] | undefined>,
): ExchangeRecord | undefined {
  const id = Number(headers[EXCHANGE_HEADER]);
  return Number.isInteger(id) ? log.get(id) : undefined;
}

/** Sends cases to a harness listening at `harnessUrl`, with the platform's `fetch`. */
export function fetchThroughHarness(harnessUrl: string, log: ExchangeLog): SendCase {
  return async (request) => {
    const response = await fetch(`${harnessUrl}${requestTarget(request)}`, {
      method: request.method,
      headers: request.headers,
      body: request.body ?? null,
    });
    const headers = Object.fromEntries(response.headers);
    const body = await response.text();

    return { status: response.status, headers, body, record: recordOf(log, headers) };
  };
}
