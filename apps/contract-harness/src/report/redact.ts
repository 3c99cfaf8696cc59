import type { IncomingHttpHeaders } from 'node:http';

export const REDACTED = '[redacted]';

// Headers and query parameters whose value is a credential, by name. Matching on parts of the
// name also catches the ones nobody listed, such as `x-api-key` or `client_secret`.
const SECRET_NAMES =
  /authorization|cookie|token|secret|password|passwd|api[-_]?key|session|credential|signature/i;

export function isSecretName(name: string): boolean {
  return SECRET_NAMES.test(name);
}

/** Headers fit for a report: a secret's value is replaced, its presence is kept. */
export function redactHeaders(
  headers: IncomingHttpHeaders | Record<string, string | string[]>,
): Record<string, string | string[]> {
  const redacted: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    redacted[name.toLowerCase()] = isSecretName(name) ? REDACTED : value;
  }
  return redacted;
}

/** Query parameters fit for a report, one key a name and a list when it repeats. */
export function redactQuery(query: URLSearchParams): Record<string, string | string[]> {
  const redacted: Record<string, string | string[]> = {};
  for (const name of new Set(query.keys())) {
    const values = query.getAll(name).map((value) => (isSecretName(name) ? REDACTED : value));
    redacted[name] = values.length === 1 ? (values[0] as string) : values;
  }
  return redacted;
}

/** A URL fit for a report or a log line: no user, no password, no secret query parameter. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username !== '' || parsed.password !== '') {
      parsed.username = REDACTED;
      parsed.password = '';
    }
    for (const name of new Set(parsed.searchParams.keys())) {
      if (isSecretName(name)) parsed.searchParams.set(name, REDACTED);
    }
    return parsed.toString();
  } catch {
    return REDACTED;
  }
}
