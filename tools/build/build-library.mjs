// Builds a library twice from one source: ES modules into dist/esm and CommonJS into dist/cjs,
// so both `import` and `require` consumers get a native module with its types beside it.
//
//   node tools/build/build-library.mjs <project> [--out-dir <dir>]
//
// --out-dir builds somewhere other than <project>/dist: the packaging tests build into a
// temporary folder, so they never pull dist away from a project that is using it meanwhile.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: { 'out-dir': { type: 'string' } },
});

const projectRoot = resolve(positionals[0] ?? '.');
const outDir = resolve(values['out-dir'] ?? join(projectRoot, 'dist'));
const tsc = join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(outDir, { recursive: true, force: true });

for (const [config, format] of [
  ['tsconfig.json', 'esm'],
  ['tsconfig.cjs.json', 'cjs'],
]) {
  const args = [tsc, '-p', join(projectRoot, config), '--outDir', join(outDir, format)];
  execFileSync(process.execPath, args, { stdio: 'inherit' });
}

// Inside dist/cjs, `.js` files are CommonJS whatever the package's own "type" says.
mkdirSync(join(outDir, 'cjs'), { recursive: true });
writeFileSync(join(outDir, 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
