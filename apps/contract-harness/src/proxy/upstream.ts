import http, { type IncomingHttpHeaders, type IncomingMessage } from 'node:http';
import https from 'node:https';

import { endToEndHeaders } from './hop-by-hop';
import {
  UpstreamBodyTooLargeError,
  UpstreamTimeoutError,
  UpstreamUnreachableError,
} from './upstream-errors';

export interface UpstreamOptions {
  /** Where requests go: `http://127.0.0.1:4010`, or a provider's base URL with a path. */
  baseUrl: string;
  timeoutMs: number;
  maxBodyBytes: number;
}

/** A request on its way upstream; `target` is the path and query as the caller sent them. */
export interface ForwardedRequest {
  method: string;
  target: string;
  headers: IncomingHttpHeaders;
  body: Buffer | undefined;
}

/** The upstream's answer, whole and as it came: the body is not decompressed. */
export interface UpstreamAnswer {
  status: number;
  statusMessage: string;
  headers: Record<string, string[]>;
  body: Buffer;
}

/**
 * The provider behind the harness. Connections are kept alive between exchanges, so the
 * harness costs a validation, not a new connection, per request.
 */
export class Upstream {
  private readonly base: URL;
  private readonly transport: typeof http | typeof https;
  private readonly agent: http.Agent;

  constructor(private readonly options: UpstreamOptions) {
    this.base = new URL(options.baseUrl);
    this.transport = this.base.protocol === 'https:' ? https : http;
    this.agent = new this.transport.Agent({ keepAlive: true });
  }

  send(request: ForwardedRequest): Promise<UpstreamAnswer> {
    const path = `${this.base.pathname.replace(/\/$/, '')}${request.target}`;
    const described = request.target.split('?')[0] ?? request.target;
    // The body was decoded on the way in, so it travels on without its content encoding.
    const headers = endToEndHeaders(request.headers, [
      'host',
      'content-length',
      'content-encoding',
    ]);
    if (request.body !== undefined) headers['content-length'] = String(request.body.length);

    return new Promise((resolve, reject) => {
      const outgoing = this.transport.request({
        protocol: this.base.protocol,
        hostname: this.base.hostname,
        port: this.base.port,
        method: request.method,
        path,
        headers,
        agent: this.agent,
      });

      const timer = setTimeout(() => {
        outgoing.destroy(
          new UpstreamTimeoutError(request.method, described, this.options.timeoutMs),
        );
      }, this.options.timeoutMs);
      const fail = (error: Error) => {
        clearTimeout(timer);
        reject(this.explain(error, request.method, described));
      };

      outgoing.once('error', fail);
      outgoing.once('response', (response) => {
        this.readAnswer(response, request.method, described).then((answer) => {
          clearTimeout(timer);
          resolve(answer);
        }, fail);
      });
      outgoing.end(request.body);
    });
  }

  /** Closes the connections kept alive. */
  close(): void {
    this.agent.destroy();
  }

  private readAnswer(
    response: IncomingMessage,
    method: string,
    path: string,
  ): Promise<UpstreamAnswer> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      let size = 0;

      response.on('data', (chunk: Buffer) => {
        size += chunk.length;
        if (size > this.options.maxBodyBytes) {
          response.destroy(new UpstreamBodyTooLargeError(method, path, this.options.maxBodyBytes));
          return;
        }
        chunks.push(chunk);
      });
      response.once('error', reject);
      response.once('aborted', () =>
        reject(new UpstreamUnreachableError(method, path, 'ECONNRESET')),
      );
      response.once('end', () =>
        resolve({
          status: response.statusCode ?? 0,
          statusMessage: response.statusMessage ?? '',
          headers: response.headersDistinct as Record<string, string[]>,
          body: Buffer.concat(chunks),
        }),
      );
    });
  }

  private explain(error: Error, method: string, path: string): Error {
    if (error instanceof UpstreamTimeoutError || error instanceof UpstreamBodyTooLargeError) {
      return error;
    }
    const code = (error as NodeJS.ErrnoException).code ?? error.name;
    return new UpstreamUnreachableError(method, path, code);
  }
}
