// A real HTTP server on an ephemeral loopback port whose answers each test scripts, and which
// records every request it gets, so tests can assert what went over the wire.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  body: string;
}

export type Handler = (request: RecordedRequest, response: ServerResponse) => unknown;

export interface ScriptedServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests whose path ends with `suffix`. */
  requestsTo(suffix: string): RecordedRequest[];
  close(): Promise<void>;
}

export async function startServer(handler: Handler): Promise<ScriptedServer> {
  const requests: RecordedRequest[] = [];

  const server = createServer(async (incoming, response) => {
    const url = new URL(incoming.url ?? '/', 'http://127.0.0.1');
    const chunks: Buffer[] = [];
    for await (const chunk of incoming) chunks.push(chunk as Buffer);

    const request: RecordedRequest = {
      method: incoming.method ?? '',
      path: url.pathname,
      query: url.searchParams,
      headers: incoming.headers,
      body: Buffer.concat(chunks).toString(),
    };
    requests.push(request);

    try {
      await handler(request, response);
    } catch (error) {
      if (!response.headersSent) sendJson(response, 500, { message: String(error) });
    }
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (suffix) => requests.filter((request) => request.path.endsWith(suffix)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const contentType = headers['content-type'] ?? 'application/json';
  response.writeHead(status, { ...headers, 'content-type': contentType });
  response.end(typeof body === 'string' ? body : JSON.stringify(body));
}

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
