import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { startMock, type RunningMock } from '@scan-profiles/tools/mock';
import request from 'supertest';

import { createHarnessApp, type Harness, type HarnessOptions } from '../../src/app';
import { requestTarget, type RequestCase } from '../../src/cases/request-case';
import { recordOf, type SendCase } from '../../src/suites/observed-exchange';

export interface HarnessUnderTest {
  harness: Harness;
  /** Where the harness listens, for callers that need a URL (the client). */
  url: string;
  /** Sends a case to the app in-process with supertest. */
  send: SendCase;
  stop(): Promise<void>;
}

/** The harness on an ephemeral port of 127.0.0.1, driven in-process by supertest. */
export async function startHarness(options: HarnessOptions): Promise<HarnessUnderTest> {
  const harness = createHarnessApp(options);
  const server = createServer(harness.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    harness,
    url: `http://127.0.0.1:${port}`,
    send: supertestSender(server, harness),
    stop: async () => {
      harness.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * Prism serving the document with the harness in front of it, started before the spec file's
 * first test and stopped after its last. Call it at the top level of a spec file; the returned
 * function gives the harness once the tests run.
 */
export function harnessOverMock(
  options: Omit<HarnessOptions, 'upstream'> = {},
): () => HarnessUnderTest {
  let mock: RunningMock | undefined;
  let harness: HarnessUnderTest | undefined;

  beforeAll(async () => {
    mock = await startMock();
    harness = await startHarness({ ...options, upstream: mock.url });
  });

  afterAll(async () => {
    await harness?.stop();
    await mock?.stop();
  });

  return () => {
    if (!harness) throw new Error('The harness runs only inside the tests of its spec file');
    return harness;
  };
}

function supertestSender(server: Server, harness: Harness): SendCase {
  const agent = request(server);

  return async (sent: RequestCase) => {
    const method = sent.method.toLowerCase() as 'get' | 'post' | 'put' | 'patch' | 'delete';
    let test = agent[method](requestTarget(sent)).set(sent.headers);
    if (sent.body !== undefined) test = test.send(sent.body);

    const response = await test.buffer(true).parse((res, done) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done(null, Buffer.concat(chunks).toString('utf8')));
    });
    const headers = response.headers as Record<string, string>;

    return {
      status: response.status,
      headers,
      body: response.body as string,
      record: recordOf(harness.exchangeLog, headers),
    };
  };
}
