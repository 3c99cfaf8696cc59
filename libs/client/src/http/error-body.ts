import { ErrorBodyFromJSON, type ErrorBody } from '../generated/index.js';
import type { ProblemDetails } from '../errors/problem-details.js';

const MAX_TEXT_LENGTH = 2_000;

/**
 * Parses an error response's body: a problem document when the content type says so, else
 * Elements' own shape when it is a JSON object, else the text (cut short: a proxy's HTML page
 * can be long). An empty body is undefined.
 */
export async function errorBodyOf(
  response: Response,
): Promise<ErrorBody | ProblemDetails | string | undefined> {
  const text = await response.text();
  if (!text.trim()) return undefined;

  const json = parsedObject(text);
  if (json === undefined) {
    return text.length > MAX_TEXT_LENGTH ? `${text.slice(0, MAX_TEXT_LENGTH)}…` : text;
  }

  const contentType = response.headers.get('content-type') ?? '';
  if (/^application\/problem\+json/i.test(contentType)) return json as ProblemDetails;

  return ErrorBodyFromJSON(json);
}

function parsedObject(text: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(text);
    const isObject = typeof value === 'object' && value !== null && !Array.isArray(value);
    return isObject ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
