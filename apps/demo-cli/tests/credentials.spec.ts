// Which credentials the CLI takes from which environment variables, and what it says when a set
// is missing or incomplete.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { credentialsFromEnvironment } from '../src/credentials.js';
import { UsageError } from '../src/errors.js';

describe('credentialsFromEnvironment', () => {
  it.each([
    ['a token', { AVEPOINT_TOKEN: 't' }, { token: 't' }, ['AVEPOINT_TOKEN']],
    [
      'a token before client credentials',
      { AVEPOINT_TOKEN: 't', AVEPOINT_CLIENT_ID: 'app', AVEPOINT_CLIENT_SECRET: 's' },
      { token: 't' },
      ['AVEPOINT_TOKEN'],
    ],
    [
      'a client ID with its secret',
      { AVEPOINT_CLIENT_ID: 'app', AVEPOINT_CLIENT_SECRET: 's' },
      { clientId: 'app', clientSecret: 's' },
      ['AVEPOINT_CLIENT_ID', 'AVEPOINT_CLIENT_SECRET'],
    ],
    [
      'values with stray spaces, trimmed',
      { AVEPOINT_TOKEN: '  t \n' },
      { token: 't' },
      ['AVEPOINT_TOKEN'],
    ],
  ])('reads %s', (_, env, auth, variables) => {
    expect(credentialsFromEnvironment(env)).toEqual({ auth, variables });
  });

  it.each([
    ['nothing', {}, /^No credentials: set AVEPOINT_TOKEN, or AVEPOINT_CLIENT_ID with/],
    ['a blank token', { AVEPOINT_TOKEN: '  ' }, /^No credentials/],
    ['a secret alone', { AVEPOINT_CLIENT_SECRET: 's' }, /^AVEPOINT_CLIENT_ID is unset/],
    ['a certificate alone', { AVEPOINT_CERTIFICATE_PATH: 'c' }, /^AVEPOINT_CLIENT_ID is unset/],
    [
      'a client ID alone',
      { AVEPOINT_CLIENT_ID: 'app' },
      /^AVEPOINT_CLIENT_ID is set but nothing proves it: set AVEPOINT_CLIENT_SECRET, or/,
    ],
    [
      'a key without its certificate',
      { AVEPOINT_CLIENT_ID: 'app', AVEPOINT_PRIVATE_KEY_PATH: 'k' },
      /^AVEPOINT_PRIVATE_KEY_PATH is set but AVEPOINT_CERTIFICATE_PATH is not/,
    ],
    [
      'a certificate file that does not exist',
      {
        AVEPOINT_CLIENT_ID: 'app',
        AVEPOINT_CERTIFICATE_PATH: '/nonexistent/app.crt',
        AVEPOINT_PRIVATE_KEY_PATH: '/nonexistent/app.key',
      },
      /^Cannot read AVEPOINT_CERTIFICATE_PATH \(\/nonexistent\/app.crt: ENOENT\): check the path/,
    ],
  ])('refuses %s, saying what to set', (_, env, message) => {
    const read = () => credentialsFromEnvironment(env);

    expect(read).toThrow(UsageError);
    expect(read).toThrow(message);
  });

  it('never puts a secret in its messages', () => {
    const folder = mkdtempSync(join(tmpdir(), 'scan-profiles-'));
    writeFileSync(join(folder, 'app.crt'), 'not a certificate');
    const env = {
      AVEPOINT_CLIENT_ID: 'app',
      AVEPOINT_CLIENT_SECRET: 'secret-value',
      AVEPOINT_PRIVATE_KEY_PATH: join(folder, 'missing.key'),
      AVEPOINT_CERTIFICATE_PATH: join(folder, 'app.crt'),
    };

    expect(() => credentialsFromEnvironment(env)).toThrow(/AVEPOINT_PRIVATE_KEY_PATH/);
    expect(() => credentialsFromEnvironment(env)).not.toThrow(/secret-value/);
  });
});
