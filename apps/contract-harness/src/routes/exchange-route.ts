import type { Request, RequestHandler, Response } from 'express';

import type { OperationRouter } from '../contract/operation-router';
import { problem, sendProblem } from '../problem';
import { decodedBody } from '../proxy/decoded-body';
import { endToEndHeaders } from '../proxy/hop-by-hop';
import type { Upstream, UpstreamAnswer } from '../proxy/upstream';
import { UpstreamError } from '../proxy/upstream-errors';
import { validateRequest } from '../validation/request-validator';
import { acceptanceViolations, validateResponse } from '../validation/response-validator';
import { violation, type Violation } from '../validation/violation';
import {
  EXCHANGE_HEADER,
  VIOLATIONS_HEADER,
  recordExchange,
  startExchange,
  type Recorder,
} from './exchange-recorder';

export interface ExchangeRouteOptions extends Recorder {
  router: OperationRouter;
  upstream: Upstream;
  strict: boolean;
  upstreamBodyLimitBytes: number;
}

/**
 * The proxy: finds the operation, checks the request, forwards it, checks the answer, and
 * passes the answer back unchanged with the number of violations in a header.
 */
export function exchangeRoute(options: ExchangeRouteOptions): RequestHandler {
  return async (request, response) => {
    const exchange = startExchange(options);
    const url = new URL(request.originalUrl, 'http://harness.invalid');
    const body: unknown = request.body;
    const route = options.router.match(request.method, url.pathname);

    if (route.kind !== 'operation') {
      answerUnknownRoute(options, exchange, request, response, route);
      return;
    }

    const operationId = route.operation.description.operationId;
    const requestViolations = validateRequest(route.operation, {
      pathParameters: route.pathParameters,
      query: url.searchParams,
      headers: request.headers,
      body: Buffer.isBuffer(body) ? body : undefined,
    });

    let answer: UpstreamAnswer;
    try {
      answer = await options.upstream.send({
        method: request.method,
        target: request.originalUrl,
        headers: request.headers,
        body: Buffer.isBuffer(body) ? body : undefined,
      });
    } catch (error) {
      if (!(error instanceof UpstreamError)) throw error;

      const kind = error.title.toLowerCase().replace(/ /g, '-');
      const answered = problem(kind, error.status, error.title, error.message, requestViolations);
      answerFromHarness(
        options,
        exchange,
        request,
        response,
        operationId,
        answered,
        requestViolations,
      );
      return;
    }

    const violations = [
      ...requestViolations,
      ...checkAnswer(options, route.operation, answer),
      ...acceptanceViolations(answer.status, requestViolations),
    ];

    if (options.strict && violations.length > 0) {
      const detail = `The exchange breaks the contract in ${violations.length} way(s)`;
      const answered = problem('contract-violation', 502, 'Contract violation', detail, violations);
      answerFromHarness(options, exchange, request, response, operationId, answered, violations);
      return;
    }

    relay(response, answer, exchange.id, violations.length);
    recordExchange(
      options,
      exchange,
      request,
      operationId,
      {
        status: answer.status,
        answeredBy: 'upstream',
        headers: answer.headers,
        bodyBytes: answer.body.length,
      },
      violations,
    );
  };
}

function checkAnswer(
  options: ExchangeRouteOptions,
  operation: Parameters<typeof validateResponse>[0],
  answer: UpstreamAnswer,
): Violation[] {
  const encoding = answer.headers['content-encoding']?.[0];
  const body = decodedBody(answer.body, encoding, options.upstreamBodyLimitBytes);
  if (body === undefined) {
    const message = `the body does not decode as ${encoding}`;
    return [
      violation('response', '/headers/content-encoding', 'content-encoding', message, encoding),
    ];
  }

  return validateResponse(operation, { status: answer.status, headers: answer.headers, body });
}

// The route is outside the document: nothing there can be checked, and forwarding it would
// make the harness an open relay to the rest of a real API, with the caller's token.
function answerUnknownRoute(
  options: ExchangeRouteOptions,
  exchange: { id: number; startedAt: number },
  request: Request,
  response: Response,
  route: { kind: 'unknown-path' } | { kind: 'unknown-method'; allowed: string[] },
): void {
  const path = new URL(request.originalUrl, 'http://harness.invalid').pathname;

  if (route.kind === 'unknown-method') {
    const allowed = route.allowed.join(', ');
    const detail = `The document declares ${allowed} for ${path}, not ${request.method}`;
    const found = violation('request', '', 'method', detail, request.method);
    response.setHeader('allow', allowed);
    const answered = problem('unknown-method', 405, 'Method not in the contract', detail, [found]);
    answerFromHarness(options, exchange, request, response, null, answered, [found]);
    return;
  }

  const detail = `The document declares no operation at ${path}`;
  const found = violation('request', '', 'path', detail, path);
  const answered = problem('unknown-path', 404, 'Path not in the contract', detail, [found]);
  answerFromHarness(options, exchange, request, response, null, answered, [found]);
}

/** Answers with a problem of the harness's own and records the exchange. */
export function answerFromHarness(
  options: Recorder,
  exchange: { id: number; startedAt: number },
  request: Request,
  response: Response,
  operationId: string | null,
  answered: ReturnType<typeof problem>,
  violations: Violation[],
): void {
  response.setHeader(VIOLATIONS_HEADER, String(violations.length));
  response.setHeader(EXCHANGE_HEADER, String(exchange.id));
  const body = sendProblem(response, answered);

  recordExchange(
    options,
    exchange,
    request,
    operationId,
    {
      status: answered.status,
      answeredBy: 'harness',
      headers: response.getHeaders() as Record<string, string | string[]>,
      bodyBytes: body.length,
    },
    violations,
  );
}

function relay(response: Response, answer: UpstreamAnswer, id: number, violations: number): void {
  response.statusCode = answer.status;
  response.statusMessage = answer.statusMessage;
  for (const [name, value] of Object.entries(endToEndHeaders(answer.headers))) {
    response.setHeader(name, value);
  }
  response.setHeader(VIOLATIONS_HEADER, String(violations));
  response.setHeader(EXCHANGE_HEADER, String(id));
  response.end(answer.body);
}
