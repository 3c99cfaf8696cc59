// The --all progress line: drawn only on a terminal, redrawn in place, gone when done.
import type { ScanProfilePage } from '@scan-profiles/client';

import { pageProgress } from '../src/progress.js';

function page(size: number, totalCount: number): ScanProfilePage {
  const data = Array.from({ length: size }, (_, index) => ({
    profileName: `Profile ${index}`,
    profileId: `id-${index}`,
    scanMode: 0 as const,
    modifiedTime: new Date(0),
  }));
  return { data, metadata: { pageIndex: 1, pageSize: 2, totalCount } };
}

function recordingStream(isTTY: boolean) {
  const writes: string[] = [];
  return { isTTY, writes, write: (text: string) => writes.push(text) };
}

describe('pageProgress', () => {
  it('draws one line per page on a terminal, then erases it', () => {
    const stream = recordingStream(true);
    const progress = pageProgress(stream);

    progress.page(page(2, 3));
    progress.page(page(1, 3));
    progress.clear();

    expect(stream.writes).toEqual([
      '\r\u001b[2KFetching scan profiles: page 1 of 2, 2 of 3 scan profiles',
      '\r\u001b[2KFetching scan profiles: page 2 of 2, 3 of 3 scan profiles',
      '\r\u001b[2K',
    ]);
  });

  it.each([
    ['a pipe or a file', false],
    ['a stream that does not say', undefined],
  ])('writes nothing to %s', (_, isTTY) => {
    const writes: string[] = [];
    const progress = pageProgress({
      ...(isTTY !== undefined && { isTTY }),
      write: (text: string) => writes.push(text),
    });

    progress.page(page(2, 3));
    progress.clear();

    expect(writes).toEqual([]);
  });

  it('erases nothing when no page arrived', () => {
    const stream = recordingStream(true);

    pageProgress(stream).clear();

    expect(stream.writes).toEqual([]);
  });
});
