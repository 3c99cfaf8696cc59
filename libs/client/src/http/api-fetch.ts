import type { FetchAPI } from '../generated/index.js';
import { HttpError } from '../errors/http-error.js';
import { errorBodyOf } from './error-body.js';
import { parseRetryAfter } from './retry-after.js';
import { send } from './send.js';
import { pathOf, type Authorizer, type Transport } from './transport.js';

/**
 * The `fetch` the generated API calls: authorization, retries and timeouts happen here, and a
 * final status outside 2xx becomes an HttpError. The generated code wraps what this throws in
 * its own FetchError; the client unwraps it again.
 */
export function apiFetch(transport: Transport, authorizer: Authorizer): FetchAPI {
  return async (input, init = {}) => {
    const url = String(input);
    const method = init.method ?? 'GET';

    const response = await send(
      {
        url,
        method,
        headers: Object.fromEntries(new Headers(init.headers)),
        body: typeof init.body === 'string' ? init.body : undefined,
        signal: init.signal ?? undefined,
        authorizer,
      },
      transport,
    );
    if (response.ok) return response;

    throw await httpErrorFrom(response, method, url);
  };
}

async function httpErrorFrom(response: Response, method: string, url: string): Promise<HttpError> {
  const body = await errorBodyOf(response);
  const bodyRequestId = typeof body === 'object' ? body.requestId : undefined;

  return new HttpError({
    status: response.status,
    method,
    path: pathOf(url),
    requestId: response.headers.get('request-id') ?? stringOrUndefined(bodyRequestId),
    body,
    retryAfter: parseRetryAfter(response.headers.get('retry-after')),
  });
}

function stringOrUndefined(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
