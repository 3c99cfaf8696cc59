import type { Listing } from '../listing.js';
import { renderCsv } from './csv.js';
import { renderJson } from './json.js';
import { renderNdjson } from './ndjson.js';
import { renderTable } from './table.js';

export const OUTPUT_FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;

export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const RENDERERS: Record<OutputFormat, (listing: Listing) => string> = {
  table: renderTable,
  json: renderJson,
  ndjson: renderNdjson,
  csv: renderCsv,
};

/** The listing as text in the format asked for; only `table` adds anything but the data. */
export function render(format: OutputFormat, listing: Listing): string {
  return RENDERERS[format](listing);
}
