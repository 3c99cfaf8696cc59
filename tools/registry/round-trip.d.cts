import type { PackedLibrary } from '../packaging/pack-library.cjs';

export interface RoundTrip {
  packed: PackedLibrary;
  registry: {
    url: string;
    /** The config.yaml it ran with. */
    config: string;
    /** The versions of the package the registry held after the publish. */
    versions: string[];
    /** The registry's status for a package it does not hold. */
    unheldStatus: number;
  };
  /** The scratch project the consumer ran in. */
  project: string;
  /** Where npm says it downloaded the package from. */
  resolved: string | undefined;
  /** The lines the consumer printed, one per profile. */
  listed: string[];
  /** The lines it should have printed: every profile the server holds, in order. */
  expected: string[];
  /** How many pages the local server answered. */
  pageRequests: number;
}

export const CUSTOMER_ID: string;
export const PROFILE_COUNT: number;
export function registryRoundTrip(
  workDir: string,
  options?: { onStep?: (step: string) => void },
): Promise<RoundTrip>;
