// A real HTTP server on an ephemeral port that plays the API where Prism cannot: five scan
// profiles served in as many pages as `pageSize` makes, and a record of what was asked.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { TOKEN } from './run-cli.js';

export const PROFILES = [
  profile(
    'Finance SharePoint sites',
    '3f1c2b7a-8d4e-4a61-9c0b-2e5f7a8d9b10',
    1,
    '2025-10-02T08:45:00Z',
  ),
  profile(
    'HR OneDrive accounts',
    '5a9e0d3c-6b2f-4c18-a7e4-0f1d3b5c7e92',
    0,
    '2025-10-14T16:05:31Z',
  ),
  profile(
    'Legal, "Teams" and more',
    '9b2f6c4e-57a1-4d0b-8e3a-1c6d2f9e0b71',
    1,
    '2025-11-20T11:30:12Z',
  ),
  profile(
    'Default Microsoft 365',
    '47db5e1a-1004-4c3e-b2ce-8f5e0a7c842d',
    0,
    '2025-09-11T03:19:14Z',
  ),
  profile(
    'Exchange mailboxes',
    'd2e8a0b4-1c3f-4e5a-9b7d-6f8e0a2c4b6d',
    0,
    '2025-12-01T00:00:00.250Z',
  ),
];

function profile(profileName: string, profileId: string, scanMode: number, modifiedTime: string) {
  return { profileName, profileId, scanMode, modifiedTime };
}

export interface RecordedRequest {
  pageIndex: number;
  pageSize: number;
  body: unknown;
}

export interface ScriptedApi {
  url: string;
  requests: RecordedRequest[];

  /** Settles when the first request arrives. */
  firstRequest: Promise<void>;

  close(): Promise<void>;
}

export interface Script {
  /** Never answers: for a client that must give up or be interrupted. */
  hang?: boolean;
}

export async function startScriptedApi(script: Script = {}): Promise<ScriptedApi> {
  const requests: RecordedRequest[] = [];
  let arrived = (): void => undefined;
  const firstRequest = new Promise<void>((resolve) => (arrived = resolve));

  const server = createServer((request, response) => {
    arrived();
    void readBody(request).then((body) => {
      if (script.hang) return;
      answer(request, body, response, requests);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    firstRequest,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function answer(
  request: IncomingMessage,
  body: string,
  response: ServerResponse,
  requests: RecordedRequest[],
): void {
  if (request.headers.authorization !== `Bearer ${TOKEN}`) {
    return json(response, 401, { statusCode: 401, message: 'The access token is invalid.' });
  }

  const url = new URL(request.url ?? '/', 'http://localhost');
  const pageIndex = Number(url.searchParams.get('pageIndex') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? 50);
  requests.push({ pageIndex, pageSize, body: body ? JSON.parse(body) : undefined });

  const start = (pageIndex - 1) * pageSize;
  json(response, 200, {
    data: PROFILES.slice(start, start + pageSize),
    metadata: { pageIndex, pageSize, totalCount: PROFILES.length },
  });
}

function json(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
}

function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  request.on('data', (chunk: Buffer) => chunks.push(chunk));
  return new Promise((resolve) =>
    request.on('end', () => resolve(Buffer.concat(chunks).toString())),
  );
}
