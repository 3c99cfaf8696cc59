// The drift check that `npm test` runs (client:check-generated) bites: handed an edited copy of
// the document, it fails and names the generated file and the lines that would change. The
// generator runs for real (Java), so each case takes a few seconds.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const CHECK = join(ROOT, 'tools', 'client-generation', 'check-drift.mjs');
const DOCUMENT = 'scan-profiles.openapi.yaml';

const MODIFIED_TIME = `          x-faker: date.recent
`;

type Edit = (document: string) => string;

const cases: [string, { edit: Edit; exitCode: number; names: string[] }][] = [
  ['an unchanged copy', { edit: (document) => document, exitCode: 0, names: [] }],
  [
    'a new optional field on the scan profile',
    {
      edit: (document) =>
        document.replace(
          MODIFIED_TIME,
          `${MODIFIED_TIME}        createdBy:\n          type: string\n`,
        ),
      exitCode: 1,
      names: ['differs   models/ScanProfile.ts', '+    createdBy?: string;'],
    },
  ],
];

let scratch: string;

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'drift-check-'));
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

it.each(cases)(
  '%s',
  (name, { edit, exitCode, names }) => {
    // The document refers to its examples folder by a relative path, so both are copied.
    const folder = join(scratch, name.replace(/\W+/g, '-'));
    cpSync(join(ROOT, 'openapi'), folder, { recursive: true });
    const document = join(folder, DOCUMENT);
    const original = readFileSync(document, 'utf8');
    const edited = edit(original);
    expect(edited === original).toBe(exitCode === 0);
    writeFileSync(document, edited);

    const run = spawnSync(process.execPath, [CHECK, '--contract', document], {
      cwd: ROOT,
      encoding: 'utf8',
    });

    expect(run.status).toBe(exitCode);
    for (const text of names) expect(run.stderr).toContain(text);
    if (exitCode === 1) expect(run.stderr).toContain('Run `npx nx run client:generate`');
  },
  60_000,
);
