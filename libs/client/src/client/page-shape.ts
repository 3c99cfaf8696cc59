import type { ScanProfilePage } from '../generated/index.js';

/**
 * What is wrong with a parsed page, in a few words, or undefined when nothing is. The
 * generated parser maps fields without checking them; the iterator relies on these.
 */
export function pageShapeProblem(page: ScanProfilePage | null | undefined): string | undefined {
  if (typeof page !== 'object' || page === null) return 'the body is not an object';
  if (!Array.isArray(page.data)) return 'data is not an array';
  if (!page.data.every((profile) => typeof profile === 'object' && profile !== null)) {
    return 'data holds something other than scan profiles';
  }

  const totalCount = page.metadata?.totalCount;
  if (!Number.isInteger(totalCount) || totalCount < 0) {
    return 'metadata.totalCount is not a count';
  }

  return undefined;
}
