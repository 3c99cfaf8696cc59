import fc from 'fast-check';

import type { OpenApiDocument, OperationDescription } from '@scan-profiles/contract';
import type { Auth, EnvironmentName } from '@scan-profiles/client';

import { exampleCases } from '../cases/example-cases';
import { RequestArbitraries } from '../cases/request-arbitraries';
import type { RequestCase } from '../cases/request-case';
import type { ExchangeLog } from '../report/exchange-log';
import { clientCases, runClientCase } from '../suites/client-conformance';
import { judgeExample, judgeInvalidRequest, judgeValidRequest } from '../suites/judgements';
import type { ObservedExchange, SendCase } from '../suites/observed-exchange';
import type { CheckResult } from './check-result';

/** What every suite of a run shares: the harness, the document, and how to call. */
export interface SuiteContext {
  document: OpenApiDocument;
  operation: OperationDescription;
  send: SendCase;
  harnessUrl: string;
  log: ExchangeLog;
  /** The upstream is Prism serving the document: it reads `Prefer`, and must answer 200. */
  mock: boolean;
  strict: boolean;
  seed: number;
  customerId: string;
  token: string | undefined;
  clientAuth: Auth;
  environment: EnvironmentName | undefined;
  bodyLimitBytes: number;
  runs: { client: number; negative: number; positive: number };
}

/** Suite 1, against the mock only: every status and named example, through `Prefer`. */
export function runMockConformance(context: SuiteContext): Promise<CheckResult[]> {
  const examples = exampleCases(context.operation, context.token ?? 'contract');

  return checkEach(
    context,
    examples,
    (example) => example.request,
    (example, observed) => ({
      suite: 'mock conformance',
      name: example.name,
      findings: judgeExample(example, observed),
    }),
  );
}

/** Suite 2: the client calls through the harness; its requests and its parsing are judged. */
export async function runClientConformance(context: SuiteContext): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  const cases = clientCases(context.document, context.operation, {
    mock: context.mock,
    seed: context.seed,
    numRuns: context.runs.client,
  });

  for (const clientCase of cases) {
    const started = Date.now();
    const outcome = await runClientCase(clientCase, {
      harnessUrl: context.harnessUrl,
      log: context.log,
      customerId: context.customerId,
      auth: context.clientAuth,
      ...(context.environment === undefined ? {} : { environment: context.environment }),
    });
    results.push({
      suite: 'client conformance',
      name: clientCase.name,
      ...outcome,
      durationMs: Date.now() - started,
    });
  }

  return results;
}

/** Suite 3: generated invalid requests; each must get a 4xx and be named by the harness. */
export function runNegativeRequests(context: SuiteContext): Promise<CheckResult[]> {
  const requests = fc.sample(arbitraries(context).invalid(), {
    seed: context.seed,
    numRuns: context.runs.negative,
  });

  return checkEach(
    context,
    requests,
    (request) => request,
    (request, observed, index) => ({
      suite: 'negative requests',
      name: `#${index + 1} ${request.kind}`,
      kind: request.kind,
      findings: judgeInvalidRequest(request, observed, { strict: context.strict }),
    }),
  );
}

/** Suite 4: generated valid requests; each must get a documented, conforming answer. */
export function runPositiveRequests(context: SuiteContext): Promise<CheckResult[]> {
  const requests = fc.sample(arbitraries(context).valid(), {
    seed: context.seed,
    numRuns: context.runs.positive,
  });

  return checkEach(
    context,
    requests,
    (request) => request,
    (request, observed, index) => ({
      suite: 'positive requests',
      name: `#${index + 1} ${request.method} ${request.path}`,
      findings: judgeValidRequest(observed, { strict: context.strict, mock: context.mock }),
    }),
  );
}

/**
 * Sends each case through the harness in turn and judges what came back; the exchanges and
 * the time each check took are recorded alike for every suite.
 */
async function checkEach<Case>(
  context: SuiteContext,
  cases: Case[],
  requestOf: (checked: Case) => RequestCase,
  judge: (checked: Case, observed: ObservedExchange, index: number) => JudgedCase,
): Promise<CheckResult[]> {
  const results: CheckResult[] = [];

  for (const [index, checked] of cases.entries()) {
    const started = Date.now();
    const observed = await context.send(requestOf(checked));
    results.push({
      ...judge(checked, observed, index),
      exchanges: observed.record === undefined ? [] : [observed.record.id],
      durationMs: Date.now() - started,
    });
  }

  return results;
}

type JudgedCase = Omit<CheckResult, 'exchanges' | 'durationMs'>;

// Against a real provider the customer is fixed: a random GUID would only ever get a 404.
function arbitraries(context: SuiteContext): RequestArbitraries {
  return new RequestArbitraries(context.document, context.operation, {
    token: context.token,
    fixedPath: context.mock ? {} : { customerId: context.customerId },
    bodyLimitBytes: context.bodyLimitBytes,
  });
}
