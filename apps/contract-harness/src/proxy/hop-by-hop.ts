import type { IncomingHttpHeaders } from 'node:http';

// RFC 9110 §7.6.1: these describe one connection, not the message, so a proxy never passes
// them on. `host` and `content-length` are set again for the next hop.
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
]);

/** The headers of a message without those that belong to the connection it came on. */
export function endToEndHeaders(
  headers: IncomingHttpHeaders | Record<string, string[]>,
  alsoDrop: string[] = [],
): Record<string, string | string[]> {
  const named = String(headers['connection'] ?? '')
    .split(',')
    .map((name) => name.trim().toLowerCase());
  const drop = new Set([...HOP_BY_HOP, ...named, ...alsoDrop]);

  const kept: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !drop.has(name.toLowerCase())) kept[name] = value;
  }
  return kept;
}
