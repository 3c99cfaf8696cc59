// Fails when the committed generated client differs from what the contract generates now,
// naming each file that drifted, the lines that changed and the command that brings it back.
//
//   node tools/client-generation/check-drift.mjs [--contract <file>]
//
// --contract checks the committed client against another document: the test that proves this
// check bites hands it an edited copy.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';

import {
  CONTRACT,
  GENERATED_DIR,
  WORKSPACE_ROOT,
  generateClient,
  runOrExplain,
} from './generate.mjs';
import { changedLines } from './line-diff.mjs';

function listFiles(root, dir = root) {
  let entries;
  try {
    entries = readdirSync(dir);
  } catch {
    return [];
  }

  return entries.flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? listFiles(root, path) : [relative(root, path)];
  });
}

function compareTrees(expectedDir, actualDir) {
  const expected = new Set(listFiles(expectedDir));
  const actual = new Set(listFiles(actualDir));
  const drift = [];

  for (const file of expected) {
    if (!actual.has(file)) {
      drift.push(`missing   ${file}`);
    } else {
      const fresh = join(expectedDir, file);
      const committed = join(actualDir, file);
      if (readFileSync(fresh).equals(readFileSync(committed))) continue;

      const lines = changedLines(committed, fresh).map((line) => `      ${line}`);
      drift.push(`differs   ${file}\n${lines.join('\n')}`);
    }
  }
  for (const file of actual) {
    if (!expected.has(file)) drift.push(`unexpected ${file}`);
  }

  return drift.sort();
}

const { values } = parseArgs({ options: { contract: { type: 'string' } } });
const contract = resolve(values.contract ?? CONTRACT);

function checkDrift() {
  const scratch = mkdtempSync(join(tmpdir(), 'scan-profiles-client-'));
  try {
    const fresh = join(scratch, 'generated');
    generateClient(fresh, contract);

    const drift = compareTrees(fresh, GENERATED_DIR);
    const where = relative(WORKSPACE_ROOT, GENERATED_DIR);
    if (drift.length === 0) {
      process.stdout.write(`The generated client in ${where} matches the OpenAPI document.\n`);
      return;
    }

    process.stderr.write(
      `The generated client in ${where} has drifted from the OpenAPI document:\n` +
        drift.map((line) => `  ${line}\n`).join('') +
        'Run `npx nx run client:generate` and commit the result.\n',
    );
    process.exitCode = 1;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

runOrExplain(checkDrift);
