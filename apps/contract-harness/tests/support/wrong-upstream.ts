// A provider that breaks the contract on purpose, one way per `x-misbehaviour` header value,
// so that suite 5 can prove each check of the harness fires, at the right pointer. Without a
// header it breaks two rules at once and accepts anything: what a CLI run against it shows.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';

import express, { type Response } from 'express';

export const MISBEHAVIOUR_HEADER = 'x-misbehaviour';

const PROFILE = {
  profileName: 'Finance SharePoint sites',
  profileId: '3f1c2b7a-8d4e-4a61-9c0b-2e5f7a8d9b10',
  scanMode: 1,
  modifiedTime: '2025-10-02T08:45:00Z',
};
const METADATA = { pageIndex: 1, pageSize: 50, totalCount: 1 };

function page(profile: object = {}, metadata: object = {}): object {
  return { data: [{ ...PROFILE, ...profile }], metadata: { ...METADATA, ...metadata } };
}

function errorBody(status: number): object {
  return { statusCode: status, message: 'Rate limit exceeded.' };
}

const BEHAVIOURS: Record<string, (response: Response) => void> = {
  conforming: (response) => {
    response.json(page());
  },
  'scan-mode-as-string': (response) => {
    response.json(page({ scanMode: '1' }));
  },
  'missing-total-count': (response) => {
    response.json({ data: [PROFILE], metadata: { pageIndex: 1, pageSize: 50 } });
  },
  'undeclared-status': (response) => {
    response.status(418).json(errorBody(418));
  },
  'html-body': (response) => {
    response.status(200).type('text/html').send('<html><body>Scan profiles</body></html>');
  },
  'rate-limit-without-retry-after': (response) => {
    response.status(429).json(errorBody(429));
  },
  'retry-after-not-a-number': (response) => {
    response.status(429).set('retry-after', 'soon').json(errorBody(429));
  },
  'json-that-is-not': (response) => {
    response.status(200).type('application/json').send('{"data": [');
  },
  'modified-time-not-a-date': (response) => {
    response.json(page({ modifiedTime: 'last Tuesday' }));
  },
  'page-size-over-maximum': (response) => {
    response.json(page({}, { pageSize: 500 }));
  },
  'gzip-conforming': (response) => {
    const body = gzipSync(JSON.stringify(page()));
    response.status(200).type('application/json').set('content-encoding', 'gzip').send(body);
  },
  'huge-answer': (response) => {
    response.json({ ...page(), padding: 'x'.repeat(2 * 1024 * 1024) });
  },
  'custom-headers': (response) => {
    response.statusMessage = 'Fine Indeed';
    response.set('x-provider-trace', 'trace-123').json(page());
  },
};

/** The misbehaviours suite 5 picks from, by name. */
export type Misbehaviour = keyof typeof BEHAVIOURS;

export interface WrongUpstream {
  url: string;
  /** How many requests reached it: the harness must not forward what it answers itself. */
  hits(): number;
  stop(): Promise<void>;
}

export function wrongUpstreamApp(
  onHit: () => void = () => undefined,
  fallback: Misbehaviour | undefined = undefined,
): express.Express {
  const app = express();
  app.use(express.raw({ type: () => true, limit: '10mb' }));

  app.use((request, response) => {
    onHit();
    const name = request.get(MISBEHAVIOUR_HEADER) ?? fallback;
    const delay = Number(request.get('x-delay-ms') ?? 0);
    const behave = () => {
      if (name !== undefined && BEHAVIOURS[name] !== undefined) return BEHAVIOURS[name](response);
      // The default breaks two rules at once, whatever was asked.
      response.json({
        data: [{ ...PROFILE, scanMode: '0' }],
        metadata: { pageIndex: 1, pageSize: 50 },
      });
    };

    if (delay > 0) setTimeout(behave, delay);
    else behave();
  });

  return app;
}

/**
 * Starts the wrong upstream on an ephemeral port of 127.0.0.1 (or `port`). `fallback` is how
 * it answers a request without the header, e.g. `conforming` for one that answers every
 * request well, the invalid ones included.
 */
export async function startWrongUpstream(
  port = 0,
  fallback: Misbehaviour | undefined = undefined,
): Promise<WrongUpstream> {
  let hits = 0;
  const server: Server = createServer(wrongUpstreamApp(() => (hits += 1), fallback));
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${address.port}`,
    hits: () => hits,
    stop: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
