/** A request the suites send through the harness, written as it goes over the wire. */
export interface RequestCase {
  method: string;
  /** The path with its parameters filled in and percent-encoded. */
  path: string;
  query: Array<[string, string]>;
  headers: Record<string, string>;
  body: string | undefined;
}

/** A request that breaks the contract in one known way, and the violation it must cause. */
export interface InvalidRequestCase extends RequestCase {
  /** What is broken, e.g. `query pageSize: maximum` or `body: broken JSON`. */
  kind: string;
  expected: { rule: string; pointer: string };
}

/** The path and query of a case, as they appear on the request line. */
export function requestTarget(request: RequestCase): string {
  const query = new URLSearchParams(request.query).toString();
  return query === '' ? request.path : `${request.path}?${query}`;
}
