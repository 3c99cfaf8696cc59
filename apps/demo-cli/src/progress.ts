// A line on stderr that `--all` rewrites as pages arrive. Only a terminal gets it: in a pipe or
// a log file it would be noise, and stderr there is for messages.
import type { ScanProfilePage } from '@scan-profiles/client';

import { pageCountOf } from './listing.js';
import { countOf } from './output/readable.js';

export interface ProgressStream {
  readonly isTTY?: boolean;
  write(text: string): unknown;
}

export interface PageProgress {
  /** Counts a page that arrived and redraws the line. */
  page(page: ScanProfilePage): void;

  /** Removes the line, so what follows starts on a clean one. */
  clear(): void;
}

const ERASE_LINE = '\r\u001b[2K';

export function pageProgress(stream: ProgressStream): PageProgress {
  if (!stream.isTTY) return { page: () => undefined, clear: () => undefined };

  let pages = 0;
  let profiles = 0;
  let shown = false;

  return {
    page({ data, metadata }) {
      pages += 1;
      profiles += data.length;
      shown = true;

      const pageCount = pageCountOf(metadata.totalCount, metadata.pageSize);
      stream.write(
        `${ERASE_LINE}Fetching scan profiles: page ${pages} of ${pageCount}, ` +
          `${profiles} of ${countOf(metadata.totalCount, 'scan profile')}`,
      );
    },

    clear() {
      if (shown) stream.write(ERASE_LINE);
      shown = false;
    },
  };
}
