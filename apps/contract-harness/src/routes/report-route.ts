import type { RequestHandler } from 'express';

import type { ExchangeLog } from '../report/exchange-log';
import { redactUrl } from '../report/redact';

export const REPORT_PATH = '/__harness/report';

/** `GET /__harness/report`: every exchange and violation of the run, as JSON. */
export function reportRoute(log: ExchangeLog, upstream: string, strict: boolean): RequestHandler {
  const shownUpstream = redactUrl(upstream);

  return (_request, response) => {
    response.json(log.report(shownUpstream, strict));
  };
}
