import type { ErrorBody } from '../generated/index.js';
import type { ProblemDetails } from './problem-details.js';
import { ScanProfilesError } from './scan-profiles-error.js';

export interface HttpErrorDetails {
  status: number;
  method: string;
  /** The URL's path, without host or query. */
  path: string;
  /** The `request-id` the API gave the request: quote it to the vendor's support. */
  requestId: string | undefined;
  /**
   * The error body as parsed: Elements' own shape, a problem document, or the text of a body
   * that is not JSON (cut at 2,000 characters). Unset when the body was empty.
   */
  body: ErrorBody | ProblemDetails | string | undefined;
  /** From `Retry-After`, in seconds (an HTTP date is turned into seconds from now). */
  retryAfter: number | undefined;
}

/** The API answered with a status outside 2xx, after any retries. */
export class HttpError extends ScanProfilesError implements HttpErrorDetails {
  override name = 'HttpError';
  readonly status: number;
  readonly method: string;
  readonly path: string;
  readonly requestId: string | undefined;
  readonly body: ErrorBody | ProblemDetails | string | undefined;
  readonly retryAfter: number | undefined;

  constructor(details: HttpErrorDetails) {
    super(`Request failed with status ${details.status}: ${details.method} ${details.path}`);

    this.status = details.status;
    this.method = details.method;
    this.path = details.path;
    this.requestId = details.requestId;
    this.body = details.body;
    this.retryAfter = details.retryAfter;
  }

  /** What the server said went wrong, whichever body shape it used. */
  get serverMessage(): string | undefined {
    if (typeof this.body === 'string') return this.body || undefined;

    const body: Record<string, unknown> = { ...this.body };
    const text = [body['message'], body['detail'], body['title']].find(isText);
    return typeof text === 'string' ? text : undefined;
  }
}

function isText(value: unknown): boolean {
  return typeof value === 'string' && value.length > 0;
}
