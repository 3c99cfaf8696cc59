// Credentials come from environment variables only: every user of a machine can read the
// command line of a process (`ps`), but not its environment.
import { InvalidOptionsError, type Auth } from '@scan-profiles/client';
import { certificateAuth } from '@scan-profiles/client/node';
import { readFileSync } from 'node:fs';

import { UsageError } from './errors.js';

export const TOKEN = 'AVEPOINT_TOKEN';
export const CLIENT_ID = 'AVEPOINT_CLIENT_ID';
export const CLIENT_SECRET = 'AVEPOINT_CLIENT_SECRET';
export const CERTIFICATE_PATH = 'AVEPOINT_CERTIFICATE_PATH';
export const PRIVATE_KEY_PATH = 'AVEPOINT_PRIVATE_KEY_PATH';

export const NO_CREDENTIALS =
  `No credentials: set ${TOKEN}, or ${CLIENT_ID} with ${CLIENT_SECRET} ` +
  `(or with ${CERTIFICATE_PATH} and ${PRIVATE_KEY_PATH}).`;

export interface Credentials {
  readonly auth: Auth;

  /** The variables these credentials came from: what to check when they are refused. */
  readonly variables: readonly string[];
}

/**
 * Reads the first complete set, in this order: a bearer token; a client ID with a certificate
 * and its private key; a client ID with a client secret. A set begun but not finished is an
 * error rather than skipped, so a typo never silently picks another identity.
 */
export function credentialsFromEnvironment(env: NodeJS.ProcessEnv): Credentials {
  const read = (name: string): string | undefined => env[name]?.trim() || undefined;

  const token = read(TOKEN);
  if (token) return { auth: { token }, variables: [TOKEN] };

  const clientId = read(CLIENT_ID);
  const clientSecret = read(CLIENT_SECRET);
  const certificatePath = read(CERTIFICATE_PATH);
  const privateKeyPath = read(PRIVATE_KEY_PATH);

  if (!clientId) {
    if (clientSecret || certificatePath || privateKeyPath) {
      throw new UsageError(
        `${CLIENT_ID} is unset: set it to the client ID of the app in Elements.`,
      );
    }
    throw new UsageError(NO_CREDENTIALS);
  }

  if (certificatePath || privateKeyPath) {
    if (!certificatePath) throw unsetHalf(CERTIFICATE_PATH, PRIVATE_KEY_PATH);
    if (!privateKeyPath) throw unsetHalf(PRIVATE_KEY_PATH, CERTIFICATE_PATH);

    const auth = certificateFrom(clientId, certificatePath, privateKeyPath);
    return { auth, variables: [CLIENT_ID, CERTIFICATE_PATH, PRIVATE_KEY_PATH] };
  }

  if (clientSecret) {
    return { auth: { clientId, clientSecret }, variables: [CLIENT_ID, CLIENT_SECRET] };
  }

  throw new UsageError(
    `${CLIENT_ID} is set but nothing proves it: set ${CLIENT_SECRET}, ` +
      `or ${CERTIFICATE_PATH} and ${PRIVATE_KEY_PATH}.`,
  );
}

/** A certificate needs its private key and the other way round. */
function unsetHalf(unset: string, set: string): UsageError {
  return new UsageError(`${set} is set but ${unset} is not: set both, as PEM file paths.`);
}

function certificateFrom(clientId: string, certificatePath: string, privateKeyPath: string): Auth {
  const certificatePem = readPem(CERTIFICATE_PATH, certificatePath);
  const privateKeyPem = readPem(PRIVATE_KEY_PATH, privateKeyPath);

  try {
    return certificateAuth({ clientId, certificatePem, privateKeyPem });
  } catch (error) {
    if (!(error instanceof InvalidOptionsError)) throw error;
    throw new UsageError(
      `${error.message.replace(/\.$/, '')}: check ${CERTIFICATE_PATH} and ${PRIVATE_KEY_PATH}.`,
    );
  }
}

function readPem(variable: string, path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unreadable';
    throw new UsageError(`Cannot read ${variable} (${path}: ${code}): check the path.`);
  }
}
