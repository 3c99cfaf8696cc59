import type { Listing } from '../listing.js';
import { toWire } from './wire.js';

/** One JSON array of scan profiles, whether one page or every page was fetched. */
export function renderJson({ profiles }: Listing): string {
  return `${JSON.stringify(profiles.map(toWire), null, 2)}\n`;
}
