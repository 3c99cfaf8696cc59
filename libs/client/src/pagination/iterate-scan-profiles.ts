import type { ScanProfile, ScanProfilePage } from '../generated/index.js';
import { childController } from '../http/abort.js';
import { pagesInOrder, type FetchPage } from './pages-in-order.js';

export interface Iteration {
  concurrency: number;
  signal: AbortSignal | undefined;
  onPage: ((page: ScanProfilePage) => void) | undefined;
}

/**
 * Every scan profile across all pages, in order, holding a few pages at a time at most.
 *
 * The first page fixes the plan: `totalCount` and the page size the server actually used (the
 * length of that page) give the number of pages. Iteration then ends at whichever comes first:
 * `totalCount` profiles yielded, an empty page, or the last planned page. So it ends on a
 * server that returns an empty page early, raises `totalCount` mid-way (ignored), lowers it
 * (honoured), or returns more profiles than asked (they are yielded, up to `totalCount`).
 */
export async function* iterateScanProfiles(
  fetchPage: FetchPage,
  iteration: Iteration,
): AsyncGenerator<ScanProfile, void, undefined> {
  const { controller, release } = childController(iteration.signal);

  try {
    const first = await fetchPage(1, controller.signal);
    iteration.onPage?.(first);

    let target = first.metadata.totalCount;
    let yielded = 0;
    for (const profile of first.data.slice(0, target)) {
      yield profile;
      yielded += 1;
    }
    if (yielded >= target || first.data.length === 0) return;

    const range = { first: 2, last: Math.ceil(target / first.data.length) };
    const pages = pagesInOrder(fetchPage, range, iteration.concurrency, controller.signal);

    for await (const page of pages) {
      iteration.onPage?.(page);
      target = Math.min(target, page.metadata.totalCount);
      if (page.data.length === 0) return;

      for (const profile of page.data.slice(0, Math.max(0, target - yielded))) {
        yield profile;
        yielded += 1;
      }
      if (yielded >= target) return;
    }
  } finally {
    // Stops the requests still in flight when the caller breaks off or iteration ends early.
    controller.abort();
    release();
  }
}
