/**
 * Reads a `Retry-After` header, as seconds to wait: either a number of seconds or an HTTP date.
 * A date in the past means now; a header that is neither means the header is not there.
 */
export function parseRetryAfter(
  header: string | null,
  now: number = Date.now(),
): number | undefined {
  const value = header?.trim();
  if (!value) return undefined;

  if (/^\d+$/.test(value)) return Number(value);

  // Every HTTP date form starts with the day's name; Date.parse would take "-5" as a year.
  const date = /^[a-z]/i.test(value) ? Date.parse(value) : Number.NaN;
  if (Number.isNaN(date)) return undefined;

  return Math.max(0, Math.ceil((date - now) / 1000));
}
