// Runs npm as a stranger to this workspace would, with a home of its own: a user config and a
// cache in a folder the caller owns, and none of the `npm_config_*` variables that `npm run`
// exports to its children. Nothing then depends on this machine's ~/.npmrc or ~/.npm, and an
// install cannot be satisfied from a cache that an earlier run filled.
'use strict';

const { mkdirSync, writeFileSync, existsSync } = require('node:fs');
const { join } = require('node:path');

const { runOrThrow } = require('./run-process.cjs');

/** A folder holding `.npmrc` (created empty) and `cache/`, for every npm run of one task. */
function npmHome(dir) {
  mkdirSync(join(dir, 'cache'), { recursive: true });
  const userconfig = join(dir, '.npmrc');
  if (!existsSync(userconfig)) writeFileSync(userconfig, '');

  return { dir, userconfig, cache: join(dir, 'cache') };
}

async function runNpm(args, { cwd, home }) {
  const isolation = ['--userconfig', home.userconfig, '--cache', home.cache];
  const quiet = ['--no-audit', '--no-fund', '--no-update-notifier'];

  try {
    return await runOrThrow('npm', [...args, ...isolation, ...quiet], { cwd, env: strangerEnv() });
  } catch (error) {
    throw new Error(npmErrorOnly(error.message));
  }
}

/** npm's own `npm error` lines, without the pointer to a debug log in a folder soon removed. */
function npmErrorOnly(message) {
  const [what, ...output] = message.split('\n');
  const errors = output.filter(
    (line) => line.startsWith('npm error') && !/complete log/.test(line),
  );

  return [what, ...(errors.length > 0 ? errors : output)].join('\n');
}

function strangerEnv() {
  return Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_(config|package|lifecycle)_/i.test(name)),
  );
}

module.exports = { npmHome, runNpm };
