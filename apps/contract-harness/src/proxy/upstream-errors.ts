/**
 * The ways the upstream can fail to give an answer. Each becomes a problem response of the
 * harness with `status`, never an exception that reaches the caller.
 * Messages name the method and path only: the upstream's address may carry credentials.
 */
export class UpstreamError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly title: string,
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class UpstreamTimeoutError extends UpstreamError {
  constructor(method: string, path: string, timeoutMs: number) {
    super(
      `The upstream did not answer within ${timeoutMs} ms: ${method} ${path}`,
      504,
      'Upstream timeout',
    );
  }
}

export class UpstreamUnreachableError extends UpstreamError {
  constructor(method: string, path: string, code: string) {
    super(
      `The upstream could not be reached (${code}): ${method} ${path}`,
      502,
      'Upstream unreachable',
    );
  }
}

export class UpstreamBodyTooLargeError extends UpstreamError {
  constructor(method: string, path: string, limitBytes: number) {
    super(
      `The upstream answered with a body over ${limitBytes} bytes: ${method} ${path}`,
      502,
      'Upstream body too large',
    );
  }
}
