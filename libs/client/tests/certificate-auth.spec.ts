// Client credentials proven by a certificate, against a real token endpoint: what the token
// request carries, that the JWT assertion is one the endpoint can check (RS256 over the
// certificate's key, x5t, iss, sub, aud, jti, exp), and which key and certificate pairs are
// refused before anything is sent. The key pairs and certificates are made per run by the
// openssl command, which Debian, and so every machine this project runs on, has.
import { execFileSync } from 'node:child_process';
import { X509Certificate, createHash, generateKeyPairSync, verify } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inspect } from 'node:util';

import { AuthenticationError, DEFAULT_SCOPE, createScanProfilesClient } from '../src/index.js';
import { certificateAuth } from '../src/node.js';
import { CUSTOMER_ID } from './support/scan-profiles-api.js';
import { sendJson, startServer, type ScriptedServer } from './support/scripted-server.js';
import {
  TOKEN_PATH,
  formOf,
  identityAndApi,
  type IdentityScript,
} from './support/token-endpoint.js';

const CLIENT_ID = 'app-with-certificate';
const JWT_BEARER = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

interface Credential {
  certificatePem: string;
  privateKeyPem: string;
}

let scratch: string;
let registered: Credential;
let other: Credential;
let server: ScriptedServer | undefined;

function selfSignedCertificate(name: string): Credential {
  const [key, certificate] = [join(scratch, `${name}.key`), join(scratch, `${name}.crt`)];
  execFileSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', `/CN=${name}`].concat([
      '-keyout',
      key,
      '-out',
      certificate,
    ]),
    { stdio: 'ignore' },
  );

  return {
    certificatePem: readFileSync(certificate, 'utf8'),
    privateKeyPem: readFileSync(key, 'utf8'),
  };
}

beforeAll(() => {
  scratch = mkdtempSync(join(tmpdir(), 'certificate-auth-'));
  registered = selfSignedCertificate('registered');
  other = selfSignedCertificate('other');
});

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

afterEach(() => server?.close());

async function listWithCertificate(script: IdentityScript = {}) {
  server = await startServer(identityAndApi(script));
  const tokenUrl = `${server.url}${TOKEN_PATH}`;
  const auth = certificateAuth({ clientId: CLIENT_ID, ...registered, tokenUrl });
  const client = createScanProfilesClient({
    baseUrl: server.url,
    auth,
    retry: { maxAttempts: 1 },
  });

  const outcome = await client.listScanProfiles(CUSTOMER_ID).catch((error: unknown) => error);
  return { outcome, auth, tokenUrl, forms: server.requestsTo(TOKEN_PATH).map(formOf) };
}

function decode(jwt: string) {
  const [header, payload, signature] = jwt.split('.');
  const json = (part: string | undefined) =>
    JSON.parse(Buffer.from(part ?? '', 'base64url').toString());

  return {
    header: json(header),
    payload: json(payload),
    signingInput: `${header}.${payload}`,
    signature: Buffer.from(signature ?? '', 'base64url'),
  };
}

describe('a token request with a certificate', () => {
  it('carries a JWT assertion, the default scope, and no secret', async () => {
    const { outcome, forms } = await listWithCertificate();

    expect(outcome).toMatchObject({ data: expect.any(Array) });
    expect(forms).toHaveLength(1);
    expect(forms[0]).toEqual({
      grant_type: 'client_credentials',
      client_id: CLIENT_ID,
      scope: DEFAULT_SCOPE,
      client_assertion_type: JWT_BEARER,
      client_assertion: expect.stringMatching(/^[\w-]+\.[\w-]+\.[\w-]+$/),
    });
  });

  it('signs RS256 with the certificate key, naming the certificate by its x5t', async () => {
    const { forms, tokenUrl } = await listWithCertificate();
    const jwt = decode(forms[0]?.['client_assertion'] ?? '');
    const certificate = new X509Certificate(registered.certificatePem);
    const thumbprint = createHash('sha1').update(certificate.raw).digest('base64url');

    expect(jwt.header).toEqual({ alg: 'RS256', typ: 'JWT', x5t: thumbprint });
    expect(jwt.payload).toMatchObject({ iss: CLIENT_ID, sub: CLIENT_ID, aud: tokenUrl });
    expect(jwt.payload.exp - jwt.payload.iat).toBe(300);
    expect(Math.abs(jwt.payload.iat - Date.now() / 1000)).toBeLessThan(60);
    expect(
      verify('sha256', Buffer.from(jwt.signingInput), certificate.publicKey, jwt.signature),
    ).toBe(true);
    const otherKey = new X509Certificate(other.certificatePem).publicKey;
    expect(verify('sha256', Buffer.from(jwt.signingInput), otherKey, jwt.signature)).toBe(false);
  });

  it('uses a new jti for every assertion, so none can be replayed', async () => {
    const { auth, tokenUrl } = await listWithCertificate();

    const ids = await Promise.all(
      [1, 2, 3].map(async () => decode(await auth.clientAssertion(tokenUrl)).payload.jti),
    );

    expect(new Set(ids).size).toBe(3);
  });

  it('keeps the key and the assertion out of an authentication error and of the auth', async () => {
    const { outcome, auth } = await listWithCertificate({
      tokenResponse: (request, response) => {
        sendJson(response, 401, { error: 'invalid_client', error_description: request.body });
        return true;
      },
    });
    const assertion = formOf(server?.requestsTo(TOKEN_PATH)[0])['client_assertion'] ?? '';
    const keyLine = registered.privateKeyPem.split('\n')[1] ?? '';

    expect(outcome).toBeInstanceOf(AuthenticationError);
    expect(outcome).toMatchObject({ oauthError: 'invalid_client' });
    for (const shown of [
      inspect(outcome, { depth: 10 }),
      JSON.stringify(outcome),
      String(outcome),
    ]) {
      expect(shown).not.toContain(assertion);
      expect(shown).not.toContain(keyLine);
    }
    expect(inspect(auth, { depth: 10, showHidden: true })).not.toContain(keyLine);
  });
});

describe('a certificate and key that cannot sign', () => {
  const ecKey = () =>
    generateKeyPairSync('ec', { namedCurve: 'P-256' }).privateKey.export({
      type: 'pkcs8',
      format: 'pem',
    }) as string;

  const cases: [string, () => Credential, string][] = [
    [
      "another certificate's key",
      () => ({ ...registered, privateKeyPem: other.privateKeyPem }),
      'The private key does not belong to the certificate',
    ],
    [
      'a certificate that is not PEM',
      () => ({ ...registered, certificatePem: 'not a certificate' }),
      'certificatePem is not a PEM certificate',
    ],
    [
      'a key that is not PEM',
      () => ({ ...registered, privateKeyPem: 'not a key' }),
      'privateKeyPem is not an unencrypted PEM private key',
    ],
    [
      'an EC key',
      () => ({ ...registered, privateKeyPem: ecKey() }),
      'privateKeyPem must be an RSA key: assertions are signed RS256',
    ],
  ];

  it.each(cases)('%s is refused when the auth is made', (_, credential, message) => {
    expect(() => certificateAuth({ clientId: CLIENT_ID, ...credential() })).toThrow(message);
  });
});
