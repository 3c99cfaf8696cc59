import { NetworkError } from '../errors/network-error.js';
import { TimeoutError } from '../errors/timeout-error.js';
import { abortable, childController, sleep } from './abort.js';
import { parseRetryAfter } from './retry-after.js';
import { backoffDelayMs, isRetryableStatus, type RetryPolicy } from './retry-policy.js';
import { pathOf, type OutgoingRequest, type Transport } from './transport.js';

type Outcome = { response: Response } | { failure: TimeoutError | NetworkError };

/** Statuses whose responses have no body; `new Response` refuses one for them. */
const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304]);

/**
 * Sends a request and returns the last response, whatever its status, with its body read.
 *
 * It retries timeouts, network failures and the statuses `isRetryableStatus` names, waiting
 * as `Retry-After` says or else backing off, until `retry.maxAttempts`. A 401 makes the
 * authorizer forget its token, and gets one more attempt, once, outside that count. The
 * caller's signal ends any of it, including a wait, with the signal's reason.
 *
 * Retrying is only sound for requests that change nothing: the scan-profiles POST only reads,
 * and a token request only issues a token.
 */
export async function send(request: OutgoingRequest, transport: Transport): Promise<Response> {
  let attempt = 1;
  let refusedTokenRetried = false;

  for (;;) {
    const token = request.authorizer
      ? await abortable(request.authorizer.token(), request.signal)
      : undefined;

    const outcome = await attemptOnce(request, transport, token);

    if (token !== undefined && isRefusal(outcome) && !refusedTokenRetried) {
      refusedTokenRetried = true;
      if (request.authorizer?.reject(token)) continue;
    }

    const delayMs = retryDelayMs(outcome, attempt, transport.retry);
    if (delayMs === undefined) return settle(outcome);

    await sleep(delayMs, request.signal);
    attempt += 1;
  }
}

async function attemptOnce(
  request: OutgoingRequest,
  transport: Transport,
  token: string | undefined,
): Promise<Outcome> {
  const { controller, release } = childController(request.signal);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, transport.timeoutMs);

  try {
    const response = await transport.fetch(request.url, {
      method: request.method,
      headers: headersFor(request, transport, token),
      body: request.body ?? null,
      signal: controller.signal,
    });
    // Reading the body inside the deadline makes the timeout cover a server that stalls
    // mid-body, and lets a connection reset while reading be retried like any other.
    return { response: await buffered(response, request.url) };
  } catch (error) {
    if (request.signal?.aborted) throw request.signal.reason;

    const path = pathOf(request.url);
    if (timedOut) return { failure: new TimeoutError(request.method, path, transport.timeoutMs) };
    return { failure: new NetworkError(request.method, path, error) };
  } finally {
    clearTimeout(timer);
    release();
  }
}

function headersFor(
  request: OutgoingRequest,
  transport: Transport,
  token: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = { 'user-agent': transport.userAgent };
  for (const [name, value] of Object.entries(request.headers)) headers[name.toLowerCase()] = value;
  if (token !== undefined) headers['authorization'] = `Bearer ${token}`;

  return headers;
}

async function buffered(response: Response, url: string): Promise<Response> {
  const body = NULL_BODY_STATUSES.has(response.status) ? null : await response.arrayBuffer();

  const copy = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  // A constructed Response has an empty `url`; this one keeps saying where it came from.
  Object.defineProperty(copy, 'url', { value: response.url || url });
  return copy;
}

function isRefusal(outcome: Outcome): boolean {
  return 'response' in outcome && outcome.response.status === 401;
}

/** How long to wait before the next attempt; undefined when there is to be none. */
function retryDelayMs(outcome: Outcome, attempt: number, policy: RetryPolicy): number | undefined {
  if (attempt >= policy.maxAttempts) return undefined;
  if ('failure' in outcome) return backoffDelayMs(policy, attempt);
  if (!isRetryableStatus(outcome.response.status)) return undefined;

  const retryAfter = parseRetryAfter(outcome.response.headers.get('retry-after'));
  if (retryAfter === undefined) return backoffDelayMs(policy, attempt);

  // A server that asks for a longer wait than the caller accepts gets an error at once, with
  // `retryAfter` on it, rather than a client that hangs silently for minutes.
  const delayMs = retryAfter * 1000;
  return delayMs <= policy.maxDelayMs ? delayMs : undefined;
}

function settle(outcome: Outcome): Response {
  if ('failure' in outcome) throw outcome.failure;
  return outcome.response;
}
