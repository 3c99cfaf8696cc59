// Prints one line totalling the jest runs of every project, from reports/jest/*.json.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = join(import.meta.dirname, '..', '..', 'reports', 'jest');
let files = [];
try {
  files = readdirSync(dir).filter((name) => name.endsWith('.json'));
} catch {
  // No project ran jest: the total below says so.
}

const total = { passed: 0, failed: 0, skipped: 0 };
for (const file of files) {
  const summary = JSON.parse(readFileSync(join(dir, file), 'utf8'));
  total.passed += summary.passed;
  total.failed += summary.failed + summary.suitesFailed;
  total.skipped += summary.skipped;
}

process.stdout.write(
  `\nTests in ${files.length} projects:\n` +
    `${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped\n`,
);
