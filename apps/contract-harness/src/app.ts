import express, { type Express } from 'express';

import { loadContract, type OpenApiDocument } from '@scan-profiles/contract';

import { compileContract } from './contract/compiled-contract';
import { OperationRouter } from './contract/operation-router';
import { Upstream } from './proxy/upstream';
import { ExchangeLog } from './report/exchange-log';
import { exchangeRoute } from './routes/exchange-route';
import { failureRoute } from './routes/failure-route';
import { REPORT_PATH, reportRoute } from './routes/report-route';

export interface HarnessOptions {
  /** The provider's base URL: Prism, a staging service or the real API. */
  upstream: string;
  /** Answer an exchange that breaks the contract with a 502 problem listing the violations. */
  strict?: boolean;
  /** The document to check against; the workspace's own by default. */
  document?: OpenApiDocument;
  /** The largest request body the harness reads; a larger one gets 413. 1 MiB by default. */
  bodyLimitBytes?: number;
  /** How long the upstream may take before the caller gets 504. 10 s by default. */
  upstreamTimeoutMs?: number;
  /** The largest answer the harness reads from the upstream. 16 MiB by default. */
  upstreamBodyLimitBytes?: number;
  /** How many exchanges the report keeps whole; the totals count them all. */
  maxExchanges?: number;
  /** Receives one line an exchange, without credentials. Silent by default. */
  log?: (line: string) => void;
}

export interface Harness {
  app: Express;
  exchangeLog: ExchangeLog;
  /** Closes the connections kept alive to the upstream. */
  close(): void;
}

/**
 * The harness as an Express app. The document is read and every validator compiled here, once;
 * the app only routes, checks and forwards.
 */
export function createHarnessApp(options: HarnessOptions): Harness {
  const strict = options.strict ?? false;
  const upstreamBodyLimitBytes = options.upstreamBodyLimitBytes ?? 16 * 1024 * 1024;
  const router = new OperationRouter(compileContract(options.document ?? loadContract()));
  const upstream = new Upstream({
    baseUrl: options.upstream,
    timeoutMs: options.upstreamTimeoutMs ?? 10_000,
    maxBodyBytes: upstreamBodyLimitBytes,
  });
  const recorder = { log: new ExchangeLog(options.maxExchanges ?? 10_000), writeLine: options.log };

  // The caller must get the upstream's answer as it was: no ETag, no X-Powered-By added.
  const app = express();
  app.disable('x-powered-by');
  app.disable('etag');

  app.get(REPORT_PATH, reportRoute(recorder.log, options.upstream, strict));
  app.use(express.raw({ type: () => true, limit: options.bodyLimitBytes ?? 1024 * 1024 }));
  app.use(exchangeRoute({ ...recorder, router, upstream, strict, upstreamBodyLimitBytes }));
  app.use(failureRoute(recorder));

  return { app, exchangeLog: recorder.log, close: () => upstream.close() };
}
