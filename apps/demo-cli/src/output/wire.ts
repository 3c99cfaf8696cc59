// The machine-readable formats spell a scan profile as the API does: the same field names in
// the same order, the scan mode as its number and the time as an ISO 8601 UTC timestamp.
import type { ScanProfile } from '@scan-profiles/client';

export interface WireScanProfile {
  profileName: string;
  profileId: string;
  scanMode: number;
  modifiedTime: string;
}

export const WIRE_FIELDS = ['profileName', 'profileId', 'scanMode', 'modifiedTime'] as const;

export function toWire(profile: ScanProfile): WireScanProfile {
  return {
    profileName: profile.profileName,
    profileId: profile.profileId,
    scanMode: profile.scanMode,
    modifiedTime: isoTimestamp(profile.modifiedTime),
  };
}

/** `2025-09-11T03:19:14Z`, as the API writes it: milliseconds only when there are some. */
export function isoTimestamp(time: Date): string {
  return time.toISOString().replace(/\.000Z$/, 'Z');
}
