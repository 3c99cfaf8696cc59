// RFC 4180 fields, with a header row of the API's field names. Lines end in LF rather than the
// RFC's CRLF: spreadsheet programs read either, and Unix tools would otherwise keep the CR.
import type { Listing } from '../listing.js';
import { toWire, WIRE_FIELDS } from './wire.js';

export function renderCsv({ profiles }: Listing): string {
  const header = WIRE_FIELDS.join(',');
  const rows = profiles.map((profile) => {
    const wire = toWire(profile);
    return WIRE_FIELDS.map((field) => csvField(String(wire[field]))).join(',');
  });

  return [header, ...rows].map((line) => `${line}\n`).join('');
}

/** Quotes a field when it holds a comma, a quote or a line break, doubling its quotes. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
