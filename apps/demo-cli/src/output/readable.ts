// How the table shows a scan profile's values to a person.
import { ScanMode } from '@scan-profiles/client';

const SCAN_MODE_NAMES: Record<number, string> = {
  [ScanMode.Express]: 'Express',
  [ScanMode.Advanced]: 'Advanced',
};

/** `Express` or `Advanced`; a mode this CLI does not know yet shows as its number. */
export function scanModeName(scanMode: number): string {
  return SCAN_MODE_NAMES[scanMode] ?? `Mode ${scanMode}`;
}

/** `2025-09-11 03:19`, in UTC: the table's header says so once instead of on every row. */
export function readableTime(time: Date): string {
  const iso = time.toISOString();
  return `${iso.slice(0, 10)} ${iso.slice(11, 16)}`;
}

/**
 * Replaces control characters, so a name from the API cannot move the cursor or recolour the
 * terminal it is printed on.
 */
export function printable(text: string): string {
  return text.replace(/\p{Cc}/gu, '?');
}

/** `1 scan profile`, `2 scan profiles`. */
export function countOf(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
