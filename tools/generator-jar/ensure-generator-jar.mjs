// Runs after `npm ci`: makes sure the openapi-generator JAR pinned in openapitools.json is in
// the wrapper's storage folder, so generation never downloads anything later. The wrapper
// fetches it itself; where it cannot, Maven fetches the same artifact from Maven Central.
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');
const wrapperDir = join(root, 'node_modules', '@openapitools', 'openapi-generator-cli');
const { version } = JSON.parse(readFileSync(join(root, 'openapitools.json'), 'utf8'))[
  'generator-cli'
];
const jar = join(wrapperDir, 'versions', `${version}.jar`);

function viaWrapper() {
  execFileSync(process.execPath, [join(wrapperDir, 'main.js'), 'version'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
    timeout: 180_000,
  });
}

function viaMaven() {
  const artifact = `org.openapitools:openapi-generator-cli:${version}`;
  execFileSync(
    'mvn',
    ['-q', '-B', 'dependency:get', `-Dartifact=${artifact}`, '-Dtransitive=false'],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
      timeout: 300_000,
    },
  );

  const local = join(
    homedir(),
    '.m2',
    'repository',
    'org',
    'openapitools',
    'openapi-generator-cli',
  );
  mkdirSync(join(wrapperDir, 'versions'), { recursive: true });
  copyFileSync(join(local, version, `openapi-generator-cli-${version}.jar`), jar);
}

if (!existsSync(wrapperDir)) {
  process.exit(0); // Installed without dev dependencies: nothing will generate code here.
}

for (const [name, fetchJar] of [
  ['the generator wrapper', viaWrapper],
  ['Maven', viaMaven],
]) {
  if (existsSync(jar)) break;
  try {
    fetchJar();
  } catch (error) {
    process.stderr.write(
      `Fetching openapi-generator ${version} with ${name} failed: ${error.message}\n`,
    );
  }
}

if (!existsSync(jar)) {
  process.stderr.write(
    `openapi-generator ${version} is missing from ${jar}.\n` +
      'Check that Java 11+ and Maven are installed and Maven Central is reachable, then run npm ci.\n',
  );
  process.exit(1);
}
