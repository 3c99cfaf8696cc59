import { SUITES, checkFailed, checkWarned, type CheckResult } from '../cli/check-result';

/** Columns padded to their widest cell; numbers right-aligned. */
export function table(header: string[], rows: Array<Array<string | number>>): string {
  const cells = [header, ...rows.map((row) => row.map(String))];
  const widths = header.map((_, column) =>
    Math.max(...cells.map((row) => (row[column] ?? '').length)),
  );
  const numeric = header.map((_, column) => rows.every((row) => typeof row[column] === 'number'));

  return cells
    .map((row) =>
      row
        .map((cell, column) =>
          numeric[column] ? cell.padStart(widths[column] ?? 0) : cell.padEnd(widths[column] ?? 0),
        )
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}

/** Checks, passes, failures and exchanges of each suite that ran. */
export function suiteTable(checks: CheckResult[]): string {
  const rows = SUITES.map((suite) => {
    const ran = checks.filter((check) => check.suite === suite);
    return [
      suite,
      ran.length,
      ran.filter((check) => !checkFailed(check)).length,
      ran.filter(checkFailed).length,
      ran.filter(checkWarned).length,
      ran.reduce((sum, check) => sum + check.exchanges.length, 0),
    ];
  }).filter((row) => row[1] !== 0);

  return table(['suite', 'checks', 'passed', 'failed', 'warned', 'exchanges'], rows);
}

/** Every finding of the run, counted by rule, side and severity, errors first. */
export function findingTable(checks: CheckResult[]): string {
  const order = { error: 0, warning: 1, info: 2 };
  const counts = new Map<string, { rule: string; side: string; severity: string; count: number }>();

  for (const finding of checks.flatMap((check) => check.findings)) {
    const key = `${finding.rule}|${finding.side}|${finding.severity}`;
    const counted = counts.get(key) ?? { ...finding, count: 0 };
    counted.count += 1;
    counts.set(key, counted);
  }

  const rows = [...counts.values()]
    .sort(
      (a, b) =>
        order[a.severity as keyof typeof order] - order[b.severity as keyof typeof order] ||
        b.count - a.count,
    )
    .map(({ rule, side, severity, count }) => [rule, side, severity, count]);

  return rows.length === 0
    ? 'No violations and no findings.'
    : table(['rule', 'side', 'severity', 'count'], rows);
}

/** How many negative cases of each kind the run generated. */
export function kindTable(checks: CheckResult[]): string {
  const counts = new Map<string, number>();
  for (const check of checks) {
    if (check.kind !== undefined) counts.set(check.kind, (counts.get(check.kind) ?? 0) + 1);
  }

  const rows = [...counts.entries()].sort(([a], [b]) => a.localeCompare(b));
  return table(['negative case kind', 'cases'], rows);
}
