import type { ScanProfilePage } from '../generated/index.js';

export type FetchPage = (pageIndex: number, signal: AbortSignal) => Promise<ScanProfilePage>;

/**
 * Pages `first` to `last`, in order, with at most `concurrency` requests in flight. The next
 * request starts before a page is handed on, so the network works while the caller does, and
 * no more than `concurrency + 1` pages are ever held.
 *
 * Requests still in flight when the caller stops are the caller's to abort (through `signal`);
 * their failures are then of no interest, and are swallowed rather than left unhandled.
 */
export async function* pagesInOrder(
  fetchPage: FetchPage,
  range: { first: number; last: number },
  concurrency: number,
  signal: AbortSignal,
): AsyncGenerator<ScanProfilePage, void, undefined> {
  const inFlight: Array<Promise<ScanProfilePage>> = [];
  let next = range.first;

  const launch = () => {
    const page = fetchPage(next, signal);
    page.catch(() => undefined);
    inFlight.push(page);
    next += 1;
  };

  while (next <= range.last && inFlight.length < concurrency) launch();

  for (let page = inFlight.shift(); page; page = inFlight.shift()) {
    const arrived = await page;
    if (next <= range.last) launch();
    yield arrived;
  }
}
