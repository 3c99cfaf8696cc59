import type { ErrorRequestHandler } from 'express';

import { problem } from '../problem';
import { violation } from '../validation/violation';
import { answerFromHarness } from './exchange-route';
import { startExchange, type Recorder } from './exchange-recorder';

interface HttpError {
  status?: number;
  type?: string;
  limit?: number;
  message?: string;
}

/**
 * The last word on an exchange that went wrong: a body over the limit or one that cannot be
 * read gets a 4xx problem, anything else a 500 problem. The harness answers and stays up.
 */
export function failureRoute(recorder: Recorder): ErrorRequestHandler {
  return (error: HttpError, request, response, _next) => {
    if (response.headersSent) {
      response.destroy();
      return;
    }

    const exchange = startExchange(recorder);

    if (error.type === 'entity.too.large') {
      const detail = `The request body is larger than the harness accepts (${error.limit} bytes)`;
      const found = violation('request', '/body', 'body-limit', detail, 'string');
      const answered = problem('body-limit', 413, 'Request body too large', detail, [found]);
      answerFromHarness(recorder, exchange, request, response, null, answered, [found]);
      return;
    }

    const status = error.status ?? 500;
    if (status >= 400 && status < 500) {
      const detail = `The request could not be read: ${error.message ?? 'unknown reason'}`;
      const answered = problem('unreadable-request', status, 'Unreadable request', detail);
      answerFromHarness(recorder, exchange, request, response, null, answered, []);
      return;
    }

    const detail = `The harness failed on this exchange: ${error.message ?? String(error)}`;
    const answered = problem('harness-failure', 500, 'Harness failure', detail);
    answerFromHarness(recorder, exchange, request, response, null, answered, []);
  };
}
