// What changed in one generated file, so a drift report shows the field added or the type
// narrowed without anyone regenerating to find out. git is there wherever this repository is
// cloned, and its diff is the one a reviewer reads anyway.
import { spawnSync } from 'node:child_process';

/** The diff's hunks of `committed` against `fresh`, at most `maxLines` lines of them. */
export function changedLines(committed, fresh, maxLines = 12) {
  const args = ['diff', '--no-index', '--no-color', '--unified=1', '--', committed, fresh];
  const { stdout } = spawnSync('git', args, { encoding: 'utf8' });

  // The header names the two temporary paths; the hunks are what a reader needs.
  const lines = (stdout ?? '').split('\n').filter((line) => line !== '');
  const hunks = lines.slice(lines.findIndex((line) => line.startsWith('@@')));
  return hunks.length > maxLines ? [...hunks.slice(0, maxLines), '...'] : hunks;
}
