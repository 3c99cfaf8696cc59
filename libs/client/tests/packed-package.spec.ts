// The package as a consumer gets it: built, packed with `npm pack`, installed from the tarball
// into a scratch project outside the workspace (offline: it has no dependencies), then run
// from an ES module and from CommonJS, and type-checked with tsc. The consumers are the files
// in fixtures/consumer; the ones named for a mistake must fail to type-check.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { packLibrary, type PackedLibrary } from '@scan-profiles/tools/packaging/pack-library';
import { runOrThrow } from '@scan-profiles/tools/packaging/run-process';
import { npmHome } from '@scan-profiles/tools/packaging/run-npm';
import {
  createScratchProject,
  installPackages,
} from '@scan-profiles/tools/packaging/scratch-project';
import { CUSTOMER_ID, pagingHandler, wireProfiles } from './support/scan-profiles-api.js';
import { startServer, type ScriptedServer } from './support/scripted-server.js';
import { typeCheck, type ConsumerKind, type Diagnostic } from './support/type-check.js';

const FIXTURES = join(__dirname, 'fixtures', 'consumer');
const PROFILE_COUNT = 250;

let workDir: string;
let packed: PackedLibrary;
let project: string;
let server: ScriptedServer;

beforeAll(async () => {
  workDir = mkdtempSync(join(tmpdir(), 'scan-profiles-packed-'));
  packed = await packLibrary(join(__dirname, '..'), join(workDir, 'pack'));

  const files = Object.fromEntries(
    readdirSync(FIXTURES).map((name) => [name, readFileSync(join(FIXTURES, name), 'utf8')]),
  );
  project = createScratchProject(join(workDir, 'consumer'), { files });
  const home = npmHome(join(workDir, 'npm-home'));
  await installPackages(project, [packed.tarball], { home, args: ['--offline'] });

  server = await startServer(pagingHandler({ profiles: wireProfiles(PROFILE_COUNT) }));
}, 60_000);

afterAll(async () => {
  await server?.close();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

describe('the tarball', () => {
  it('holds dist, package.json and README.md, and nothing else: no sources, no tests', () => {
    const topLevel = new Set(packed.files.map((path) => path.replace(/\/.*$/, '/')));

    expect([...topLevel].sort()).toEqual(['README.md', 'dist/', 'package.json']);
  });

  it('holds every file that package.json points at', () => {
    const manifest = JSON.parse(readFileSync(join(installedPackage(), 'package.json'), 'utf8'));
    const targets = [
      manifest.main,
      manifest.module,
      manifest.types,
      ...targetsOf(manifest.exports),
    ];

    const paths: string[] = targets.map((path: string) => path.replace(/^\.\//, ''));
    expect(paths.filter((path) => !packed.files.includes(path))).toEqual([]);
    expect(targets.length).toBeGreaterThan(10);
  });

  it('names no workspace-only package: its manifest has no devDependencies', () => {
    const manifest = JSON.parse(readFileSync(join(installedPackage(), 'package.json'), 'utf8'));

    expect(manifest).not.toHaveProperty('devDependencies');
    expect(manifest).toMatchObject({ name: '@scan-profiles/client', sideEffects: false });
  });
});

describe('installed, at run time', () => {
  const mainEntrySees = (build: 'esm' | 'cjs') => ({
    entry: `node_modules/@scan-profiles/client/dist/${build}/index.js`,
    profiles: PROFILE_COUNT,
    modifiedTimeIsDate: true,
    httpError: [true, 'Request failed with status 429: POST /batch', 2],
    refused: [true, 'auth.token must be a non-empty string'],
  });
  const nodeEntrySees = {
    certificateAuth: 'function',
    sameClientFactory: true,
    refused: [true, 'certificatePem is not a PEM certificate'],
  };

  it.each([
    ['an ES module lists every profile, from dist/esm', 'main-entry.mjs', mainEntrySees('esm')],
    ['CommonJS lists every profile, from dist/cjs', 'main-entry.cjs', mainEntrySees('cjs')],
    ['an ES module imports @scan-profiles/client/node', 'node-entry.mjs', nodeEntrySees],
    ['CommonJS requires @scan-profiles/client/node', 'node-entry.cjs', nodeEntrySees],
  ])(
    '%s',
    async (_, file, expected) => {
      const env = { ...process.env, BASE_URL: server.url, CUSTOMER_ID };
      const stdout = await runOrThrow(process.execPath, [file], { cwd: project, env });

      expect(JSON.parse(stdout)).toEqual(expected);
    },
    20_000,
  );
});

describe('installed, to tsc', () => {
  const CASES: Array<[string, ConsumerKind, string, string[]]> = [
    ['a strict ES module consumer type-checks', 'node', 'typed-consumer.mts', []],
    ['a strict consumer compiled to CommonJS type-checks', 'node', 'typed-consumer.cts', []],
    ['a browser consumer type-checks without Node types', 'browser', 'browser-consumer.mts', []],
    ['`timeout` fails: the option is timeoutMs', 'node', 'wrong-option-name.mts', ['TS2561']],
    ['client credentials without a secret fail', 'node', 'auth-without-proof.mts', ['TS2322']],
    ['modifiedTime as text fails: it is a Date', 'node', 'modified-time-as-text.mts', ['TS2339']],
    [
      'certificateAuth from the main entry fails: it is in /node',
      'node',
      'certificate-auth-from-main-entry.mts',
      ['TS2305'],
    ],
  ];
  const diagnostics: Record<ConsumerKind, Diagnostic[]> = { node: [], browser: [] };

  beforeAll(async () => {
    const filesOf = (kind: ConsumerKind) =>
      CASES.filter(([, caseKind]) => caseKind === kind).map(([, , file]) => file);

    [diagnostics.node, diagnostics.browser] = await Promise.all([
      typeCheck(project, 'node', filesOf('node')),
      typeCheck(project, 'browser', filesOf('browser')),
    ]);
  }, 60_000);

  it.each(CASES)('%s', (_, kind, file, codes) => {
    const found = diagnostics[kind].filter((diagnostic) => diagnostic.file === file);

    expect(found.map((diagnostic) => diagnostic.code)).toEqual(codes);
  });

  it.each<ConsumerKind>(['node', 'browser'])(
    'for a %s consumer, reports errors in the consumers only, none in the shipped declarations',
    (kind) => {
      const files = CASES.map(([, , file]) => file);

      expect(diagnostics[kind].filter((diagnostic) => !files.includes(diagnostic.file))).toEqual(
        [],
      );
    },
  );
});

function installedPackage(): string {
  return join(project, 'node_modules', '@scan-profiles', 'client');
}

/** Every file path in an `exports` map, however deeply its conditions nest. */
function targetsOf(exports: unknown): string[] {
  if (typeof exports === 'string') return [exports];
  if (typeof exports !== 'object' || exports === null) return [];

  return Object.values(exports).flatMap(targetsOf);
}
