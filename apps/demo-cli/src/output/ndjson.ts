import type { Listing } from '../listing.js';
import { toWire } from './wire.js';

/** One scan profile a line, each a JSON object: for `jq`, `grep` and line-by-line readers. */
export function renderNdjson({ profiles }: Listing): string {
  return profiles.map((profile) => `${JSON.stringify(toWire(profile))}\n`).join('');
}
