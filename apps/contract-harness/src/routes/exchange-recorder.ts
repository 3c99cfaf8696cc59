import type { Request } from 'express';

import type { ExchangeLog, ExchangeRecord } from '../report/exchange-log';
import { redactHeaders, redactQuery } from '../report/redact';
import type { Violation } from '../validation/violation';

export const VIOLATIONS_HEADER = 'x-contract-violations';
export const EXCHANGE_HEADER = 'x-contract-exchange';

/** What the harness needs to record one exchange and to say so in a log line. */
export interface Recorder {
  log: ExchangeLog;
  writeLine: ((line: string) => void) | undefined;
}

export interface RecordedAnswer {
  status: number;
  answeredBy: ExchangeRecord['response']['answeredBy'];
  headers: Record<string, string | string[]>;
  bodyBytes: number;
}

/** The place in the log an exchange takes; the caller gets it as a header to look it up. */
export function startExchange(recorder: Recorder): { id: number; startedAt: number } {
  return { id: recorder.log.nextId(), startedAt: Date.now() };
}

export function recordExchange(
  recorder: Recorder,
  exchange: { id: number; startedAt: number },
  request: Request,
  operationId: string | null,
  answer: RecordedAnswer,
  violations: Violation[],
): ExchangeRecord {
  const url = new URL(request.originalUrl, 'http://harness.invalid');
  const body: unknown = request.body;
  const record: ExchangeRecord = {
    id: exchange.id,
    startedAt: new Date(exchange.startedAt).toISOString(),
    durationMs: Date.now() - exchange.startedAt,
    operationId,
    request: {
      method: request.method,
      path: url.pathname,
      query: redactQuery(url.searchParams),
      headers: redactHeaders(request.headers),
      bodyBytes: Buffer.isBuffer(body) ? body.length : 0,
    },
    response: { ...answer, headers: redactHeaders(answer.headers) },
    violations,
  };

  recorder.log.add(record);
  recorder.writeLine?.(logLine(record));
  return record;
}

// One line an exchange, query and headers left out: they may carry credentials.
function logLine(record: ExchangeRecord): string {
  const { method, path } = record.request;
  const count = record.violations.length;
  const rules = [...new Set(record.violations.map((found) => `${found.side} ${found.rule}`))];
  const detail = count === 0 ? 'conforms' : `${count} violation(s): ${rules.join(', ')}`;

  const { status, answeredBy } = record.response;
  return `${method} ${path} -> ${status} (${answeredBy}), ${detail}`;
}
