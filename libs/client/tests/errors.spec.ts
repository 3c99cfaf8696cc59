// The errors a caller catches: their classes, their one message shape, and what they carry.
import {
  HttpError,
  ScanProfilesError,
  createScanProfilesClient,
  type ErrorBody,
  type ProblemDetails,
} from '../src/index.js';
import { BATCH_PATH, CUSTOMER_ID } from './support/scan-profiles-api.js';
import { sendJson, startServer, type Handler } from './support/scripted-server.js';

async function failureOf(handler: Handler): Promise<HttpError> {
  const server = await startServer(handler);
  const client = createScanProfilesClient({
    baseUrl: server.url,
    auth: { token: 't' },
    retry: { maxAttempts: 1 },
  });

  try {
    const error: unknown = await client.listScanProfiles(CUSTOMER_ID).then(
      () => new Error('expected the call to fail'),
      (failure: unknown) => failure,
    );
    if (!(error instanceof HttpError)) throw error;
    return error;
  } finally {
    await server.close();
  }
}

const VENDOR_429 = {
  statusCode: 429,
  message: 'Rate limit exceeded. Retry after the time in the Retry-After header.',
  requestId: '4fad5c6e-7a8b-4c93-8e4f-5a6b7c8d9eaf',
  timestamp: '2025-11-20T11:30:12Z',
};

describe('an HTTP error', () => {
  it('has one message shape: status, method and path', async () => {
    const error = await failureOf((_request, response) => sendJson(response, 429, VENDOR_429));

    expect(error.message).toBe(`Request failed with status 429: POST ${BATCH_PATH}`);
    expect(error.name).toBe('HttpError');
    expect(error).toBeInstanceOf(ScanProfilesError);
    expect(error).toBeInstanceOf(Error);
  });

  it("carries the vendor's body parsed, the request-id header and Retry-After", async () => {
    const headers = { 'request-id': 'header-request-id', 'retry-after': '120' };

    const error = await failureOf((_request, response) =>
      sendJson(response, 429, VENDOR_429, headers),
    );

    expect(error).toMatchObject({
      status: 429,
      method: 'POST',
      path: BATCH_PATH,
      requestId: 'header-request-id',
      retryAfter: 120,
    });
    const body = error.body as ErrorBody;
    expect(body.message).toBe(VENDOR_429.message);
    expect(body.timestamp).toEqual(new Date('2025-11-20T11:30:12Z'));
    expect(error.serverMessage).toBe(VENDOR_429.message);
  });

  it("takes the request ID from the vendor's body when the header is missing", async () => {
    const error = await failureOf((_request, response) => sendJson(response, 500, VENDOR_429));

    expect(error.requestId).toBe(VENDOR_429.requestId);
  });

  it('carries a problem document as it came', async () => {
    const problem = {
      type: 'https://stoplight.io/prism/errors#UNPROCESSABLE_ENTITY',
      title: 'Invalid request',
      status: 422,
      detail: 'Your request is not valid and no HTTP validation response was found in the spec.',
      validation: [{ location: ['query', 'pageSize'], message: 'must be <= 100' }],
    };
    const contentType = { 'content-type': 'application/problem+json' };

    const error = await failureOf((_request, response) =>
      sendJson(response, 422, problem, contentType),
    );

    expect(error.body as ProblemDetails).toEqual(problem);
    expect(error.serverMessage).toBe(problem.detail);
    expect(error.requestId).toBeUndefined();
  });

  it.each([
    ['text', 'Bad gateway', 'Bad gateway'],
    ['nothing', '', undefined],
    [
      'a long HTML page, cut short',
      `<html>${'x'.repeat(5_000)}</html>`,
      expect.stringMatching(/^<html>x{1994}…$/),
    ],
  ])('with a body of %s carries it as text', async (_, text, expected) => {
    const error = await failureOf((_request, response) => {
      response.writeHead(403, { 'content-type': 'text/html' });
      response.end(text);
    });

    expect(error.body).toEqual(expected);
  });

  it('has no retryAfter when the server gave none', async () => {
    const error = await failureOf((_request, response) => sendJson(response, 404, {}));

    expect(error.retryAfter).toBeUndefined();
    expect(error.serverMessage).toBeUndefined();
  });
});
