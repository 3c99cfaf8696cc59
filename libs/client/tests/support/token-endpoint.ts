// An OAuth token endpoint and the batch endpoint on one server: tokens are numbered in the
// order issued, and the API accepts only the tokens a test says it does.
import type { ServerResponse } from 'node:http';

import { BATCH_PATH, onePage } from './scan-profiles-api.js';
import { delay, sendJson, type Handler, type RecordedRequest } from './scripted-server.js';

export const TOKEN_PATH = '/connect/token';

export interface IdentityScript {
  /** `expires_in` of every token; default 3600. */
  expiresIn?: number;
  /** How long the endpoint takes to issue a token. */
  delayMs?: number;
  /** Answers a token request instead of issuing a token. */
  tokenResponse?: (request: RecordedRequest, response: ServerResponse) => boolean;
  /** Whether the API takes `token-<n>`; default every token. */
  accepts?: (token: string) => boolean;
}

export function identityAndApi(script: IdentityScript = {}): Handler {
  let issued = 0;

  return async (request, response) => {
    if (request.path === TOKEN_PATH) {
      if (script.tokenResponse?.(request, response)) return;
      await delay(script.delayMs ?? 0);
      issued += 1;
      const token = { access_token: `token-${issued}`, token_type: 'Bearer' };
      return sendJson(response, 200, { ...token, expires_in: script.expiresIn ?? 3600 });
    }

    if (request.path === BATCH_PATH) {
      const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
      if (script.accepts && !script.accepts(token)) {
        return sendJson(response, 401, {
          statusCode: 401,
          message: 'The access token is invalid.',
        });
      }
      return onePage(response);
    }

    sendJson(response, 404, {});
  };
}

/** The form fields of a token request. */
export function formOf(request: RecordedRequest | undefined): Record<string, string> {
  return Object.fromEntries(new URLSearchParams(request?.body ?? ''));
}
