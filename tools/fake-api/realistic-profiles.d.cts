/** A scan profile as it travels over the wire: `modifiedTime` is still an ISO string. */
export interface WireProfile {
  profileName: string;
  profileId: string;
  scanMode: 0 | 1;
  modifiedTime: string;
}

export function realisticProfiles(count: number): WireProfile[];
