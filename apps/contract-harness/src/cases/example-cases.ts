import type { OperationDescription } from '@scan-profiles/contract';

import type { RequestCase } from './request-case';

/** A request that asks Prism for one documented response, and what must come back. */
export interface ExampleCase {
  /** `200 middlePage`, or `503` for a response without named examples. */
  name: string;
  request: RequestCase;
  status: number;
  /** The example's value, which the mock must serve as it is; absent without an example. */
  body?: unknown;
}

/**
 * One case for every status the operation declares and every named example of it, reached
 * through Prism's `Prefer` header. A range (`4XX`) or `default` has no code to ask for, so it
 * gets no case.
 */
export function exampleCases(operation: OperationDescription, token: string): ExampleCase[] {
  const path = operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters.find((candidate) => candidate.name === name);
    return encodeURIComponent(String(parameter?.example ?? name));
  });
  const request = (prefer: string): RequestCase => ({
    method: operation.method,
    path,
    query: [],
    headers: { authorization: `Bearer ${token}`, prefer },
    body: undefined,
  });

  return operation.responses
    .filter((response) => /^\d{3}$/.test(response.status))
    .flatMap((response) => {
      const status = Number(response.status);
      const examples = response.content.flatMap((media) => media.examples);
      if (examples.length === 0) {
        return [{ name: response.status, request: request(`code=${status}`), status }];
      }

      return examples.map((example) => ({
        name: `${status} ${example.name}`,
        request: request(`code=${status}, example=${example.name}`),
        status,
        body: example.value,
      }));
    });
}
