/**
 * An RFC 9457 problem document (`application/problem+json`). Elements answers with its own
 * `ErrorBody`; proxies, gateways and the Prism mock answer with this instead.
 */
export interface ProblemDetails {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  instance?: string;
  [extension: string]: unknown;
}
