// The format a person reads: aligned columns, the scan mode as a word, times in UTC to the
// minute, and a footer saying how much there is in all and which page this is.
import type { Listing } from '../listing.js';
import { countOf, printable, readableTime, scanModeName } from './readable.js';

const HEADER = ['NAME', 'SCAN MODE', 'MODIFIED (UTC)', 'ID'];
const GAP = '  ';

export function renderTable(listing: Listing): string {
  const rows = listing.profiles.map((profile) => [
    printable(profile.profileName),
    scanModeName(profile.scanMode),
    readableTime(profile.modifiedTime),
    printable(profile.profileId),
  ]);

  const body = rows.length > 0 ? alignColumns([HEADER, ...rows]) : [emptyResult(listing)];

  return [...body, '', footer(listing)].map((line) => `${line}\n`).join('');
}

function alignColumns(rows: string[][]): string[] {
  const widths = HEADER.map((_, column) =>
    Math.max(...rows.map((row) => (row[column] ?? '').length)),
  );

  return rows.map((row) =>
    row
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join(GAP)
      .trimEnd(),
  );
}

function emptyResult({ totalCount, pageIndex, pageCount }: Listing): string {
  if (totalCount > 0 && pageIndex !== undefined) {
    return `No scan profiles on page ${pageIndex}: the last page is ${pageCount}.`;
  }
  return 'No scan profiles.';
}

function footer({ totalCount, pageIndex, pageCount }: Listing): string {
  const total = `${countOf(totalCount, 'scan profile')} in all`;

  if (pageIndex === undefined) return `${total}, from ${countOf(pageCount, 'page')}.`;
  return `Page ${pageIndex} of ${pageCount}, ${total}.`;
}
