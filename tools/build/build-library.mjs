// Builds a library twice from one source: ES modules into dist/esm and CommonJS into dist/cjs,
// so both `import` and `require` consumers get a native module with its types beside it.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const projectRoot = resolve(process.argv[2] ?? '.');
const tsc = join(import.meta.dirname, '..', '..', 'node_modules', 'typescript', 'bin', 'tsc');

rmSync(join(projectRoot, 'dist'), { recursive: true, force: true });

for (const config of ['tsconfig.json', 'tsconfig.cjs.json']) {
  execFileSync(process.execPath, [tsc, '-p', join(projectRoot, config)], { stdio: 'inherit' });
}

// Inside dist/cjs, `.js` files are CommonJS whatever the package's own "type" says.
mkdirSync(join(projectRoot, 'dist', 'cjs'), { recursive: true });
writeFileSync(join(projectRoot, 'dist', 'cjs', 'package.json'), '{ "type": "commonjs" }\n');
