import fc from 'fast-check';

import type {
  OpenApiDocument,
  OperationDescription,
  ParameterDescription,
} from '@scan-profiles/contract';

import type { InvalidRequestCase, RequestCase } from './request-case';
import { SchemaArbitraries } from './schema-arbitraries';

export interface RequestSettings {
  /** Sent as `Authorization: Bearer <token>` when the operation asks for credentials. */
  token: string | undefined;
  /** Path parameters held fixed, e.g. `{ customerId }` for a customer the provider knows. */
  fixedPath: Record<string, string>;
  /** The harness's request body limit: the huge-body cases go just past it. */
  bodyLimitBytes: number;
}

/** The parts of a valid request, before they are written out. */
interface RequestParts {
  path: Record<string, string>;
  query: Array<[string, string]>;
  headers: Array<[string, string]>;
  body: unknown;
}

export interface InvalidRequestKind {
  kind: string;
  arbitrary: fc.Arbitrary<InvalidRequestCase>;
}

const WRONG_CONTENT_TYPES = [
  'text/plain',
  'application/xml',
  'application/x-www-form-urlencoded',
  'text/csv',
];
const OTHER_METHODS = ['GET', 'PUT', 'PATCH', 'DELETE'];

/**
 * Requests for one operation, read from its parameters and body schema: valid ones, and
 * invalid ones of every kind, each breaking one rule while the rest of it stays valid.
 */
export class RequestArbitraries {
  private readonly schemas: SchemaArbitraries;
  private readonly bodyMediaType: string | undefined;
  private readonly parts: fc.Arbitrary<RequestParts>;

  constructor(
    document: OpenApiDocument,
    private readonly operation: OperationDescription,
    private readonly settings: RequestSettings,
  ) {
    this.schemas = new SchemaArbitraries(document);
    this.bodyMediaType = operation.requestBody?.content.find((media) =>
      media.mediaType.includes('json'),
    )?.mediaType;
    this.parts = this.validParts();
  }

  valid(): fc.Arbitrary<RequestCase> {
    return this.parts.map((parts) => this.write(parts));
  }

  /** Every kind of invalid request, so a report can count the cases of each. */
  invalidKinds(): InvalidRequestKind[] {
    return [
      ...this.operation.parameters.flatMap((parameter) => this.brokenParameter(parameter)),
      ...this.brokenBody(),
      ...this.brokenCredentials(),
      ...this.brokenRoute(),
    ];
  }

  invalid(): fc.Arbitrary<InvalidRequestCase> {
    return fc.oneof(...this.invalidKinds().map((kind) => kind.arbitrary));
  }

  private validParts(): fc.Arbitrary<RequestParts> {
    const valueOf = (parameter: ParameterDescription) =>
      this.schemas.valid(parameter.schema).map(String);
    const listed = (location: ParameterDescription['in']) =>
      this.operation.parameters.filter((parameter) => parameter.in === location);
    const pairs = (location: ParameterDescription['in']) =>
      fc
        .tuple(
          ...listed(location).map((parameter) =>
            parameter.required
              ? valueOf(parameter).map((value) => [[parameter.name, value]])
              : fc
                  .option(valueOf(parameter), { nil: undefined })
                  .map((value) => (value === undefined ? [] : [[parameter.name, value]])),
          ),
        )
        .map((lists) => lists.flat() as Array<[string, string]>);

    const path = fc.record(
      Object.fromEntries(
        listed('path').map((parameter) => {
          const fixed = this.settings.fixedPath[parameter.name];
          return [parameter.name, fixed === undefined ? valueOf(parameter) : fc.constant(fixed)];
        }),
      ),
    );

    return fc.record({
      path,
      query: pairs('query'),
      headers: pairs('header'),
      body: this.validBody(),
    });
  }

  private validBody(): fc.Arbitrary<unknown> {
    const body = this.operation.requestBody;
    const media = body?.content.find((candidate) => candidate.mediaType === this.bodyMediaType);
    if (body === undefined || media?.schemaPointer === undefined) return fc.constant(undefined);

    const value = this.schemas.valid({ $ref: `#${media.schemaPointer}` });
    return body.required ? value : fc.option(value, { nil: undefined });
  }

  private write(parts: RequestParts, override: Partial<RequestCase> = {}): RequestCase {
    const path = this.operation.pathTemplate.replace(/\{([^}]+)\}/g, (_, name: string) =>
      encodeURIComponent(parts.path[name] ?? ''),
    );
    const headers: Record<string, string> = Object.fromEntries(parts.headers);
    if (this.settings.token !== undefined && this.operation.security.length > 0) {
      headers['authorization'] = `Bearer ${this.settings.token}`;
    }
    if (parts.body !== undefined && this.bodyMediaType !== undefined) {
      headers['content-type'] = this.bodyMediaType;
    }

    return {
      method: this.operation.method,
      path,
      query: parts.query,
      headers,
      body: parts.body === undefined ? undefined : JSON.stringify(parts.body),
      ...override,
    };
  }

  private brokenParameter(parameter: ParameterDescription): InvalidRequestKind[] {
    const location = parameter.in === 'header' ? 'headers' : parameter.in;
    const pointer = `/${location}/${parameter.name}`;

    return this.schemas.invalid(parameter.schema, 'text').map((mutation) => ({
      kind: `${parameter.in} ${parameter.name}: ${mutation.rule}`,
      arbitrary: fc.tuple(this.parts, mutation.arbitrary).map(([parts, broken]) => {
        const value = String(broken.value);
        const changed = withParameter(parts, parameter, value);
        return this.invalidCase(changed, `${parameter.in} ${parameter.name}: ${mutation.rule}`, {
          rule: mutation.rule,
          pointer,
        });
      }),
    }));
  }

  private brokenBody(): InvalidRequestKind[] {
    const media = this.operation.requestBody?.content.find(
      (candidate) => candidate.mediaType === this.bodyMediaType,
    );
    if (media?.schemaPointer === undefined) return [];

    const validBody = this.schemas.valid({ $ref: `#${media.schemaPointer}` });
    const withBody = fc.tuple(this.parts, validBody);
    const kinds = this.schemas
      .invalid({ $ref: `#${media.schemaPointer}` }, 'json')
      .map((mutation) => {
        const kind = `body${mutation.where}: ${mutation.rule}`;
        // A JSON `null` body reads as no body to Prism (and to most frameworks), and the body
        // is optional: the suites do not count it as invalid.
        const values = mutation.arbitrary.filter((broken) => broken.value !== null);
        return {
          kind,
          arbitrary: fc.tuple(this.parts, values).map(([parts, broken]) =>
            this.invalidCase({ ...parts, body: broken.value }, kind, {
              rule: mutation.rule,
              pointer: `/body${broken.pointer}`,
            }),
          ),
        };
      });

    const brokenJson = {
      kind: 'body: broken JSON',
      arbitrary: fc.tuple(withBody, fc.nat()).map(([[parts, body], cut]) => {
        // Every proper prefix of a JSON object is invalid JSON.
        const text = JSON.stringify(body ?? {});
        const broken = text.slice(0, 1 + (cut % (text.length - 1)));
        return this.invalidCase(
          parts,
          'body: broken JSON',
          { rule: 'json', pointer: '/body' },
          {
            body: broken,
            headers: this.write({ ...parts, body: {} }).headers,
          },
        );
      }),
    };

    const wrongContentType = {
      kind: 'body: wrong content type',
      arbitrary: fc
        .tuple(withBody, fc.constantFrom(...WRONG_CONTENT_TYPES))
        .map(([[parts, body], contentType]) => {
          const written = this.write({ ...parts, body: body ?? {} });
          return this.invalidCase(
            parts,
            'body: wrong content type',
            { rule: 'content-type', pointer: '/headers/content-type' },
            { body: written.body, headers: { ...written.headers, 'content-type': contentType } },
          );
        }),
    };

    const limit = this.settings.bodyLimitBytes;
    const hugeBody = {
      kind: 'body: over the size limit',
      // The harness refuses such a body unread, so what it holds does not matter.
      arbitrary: fc
        .tuple(this.parts, fc.integer({ min: limit + 1, max: Math.floor(limit * 1.5) }))
        .map(([parts, size]) => {
          const written = this.write({ ...parts, body: {} });
          return this.invalidCase(
            parts,
            'body: over the size limit',
            { rule: 'body-limit', pointer: '/body' },
            { body: JSON.stringify('x'.repeat(size)), headers: written.headers },
          );
        }),
    };

    return [...kinds, brokenJson, wrongContentType, hugeBody];
  }

  private brokenCredentials(): InvalidRequestKind[] {
    if (this.operation.security.length === 0) return [];
    const expected = { rule: 'security', pointer: '/headers/authorization' };

    const withAuthorization = (kind: string, value: string | undefined) => ({
      kind,
      arbitrary: this.parts.map((parts) => {
        const headers = { ...this.write(parts).headers };
        if (value === undefined) delete headers['authorization'];
        else headers['authorization'] = value;
        return this.invalidCase(parts, kind, expected, { headers });
      }),
    });

    return [
      withAuthorization('credentials: missing', undefined),
      withAuthorization('credentials: not a bearer token', 'Basic dXNlcjpwYXNzd29yZA=='),
    ];
  }

  private brokenRoute(): InvalidRequestKind[] {
    const methods = OTHER_METHODS.filter((method) => method !== this.operation.method);
    const segment = fc.stringMatching(/^[a-z][a-z0-9-]{0,11}$/);

    return [
      {
        kind: 'route: unknown path',
        arbitrary: fc
          .tuple(this.parts, segment, fc.constantFrom('append', 'prefix', 'empty parameter'))
          .map(([parts, name, how]) => {
            const path = this.write(parts).path;
            const changed =
              how === 'append'
                ? `${path}/${name}`
                : how === 'prefix'
                  ? `/${name}${path}`
                  : path.replace(encodeURIComponent(Object.values(parts.path)[0] ?? ''), '');
            return this.invalidCase(
              parts,
              'route: unknown path',
              { rule: 'path', pointer: '' },
              {
                path: changed,
              },
            );
          }),
      },
      {
        kind: 'route: unknown method',
        arbitrary: fc.tuple(this.parts, fc.constantFrom(...methods)).map(([parts, method]) =>
          this.invalidCase(
            parts,
            'route: unknown method',
            { rule: 'method', pointer: '' },
            {
              method,
              body: undefined,
            },
          ),
        ),
      },
    ];
  }

  private invalidCase(
    parts: RequestParts,
    kind: string,
    expected: InvalidRequestCase['expected'],
    override: Partial<RequestCase> = {},
  ): InvalidRequestCase {
    return { ...this.write(parts, override), kind, expected };
  }
}

function withParameter(
  parts: RequestParts,
  parameter: ParameterDescription,
  value: string,
): RequestParts {
  switch (parameter.in) {
    case 'path':
      return { ...parts, path: { ...parts.path, [parameter.name]: value } };
    case 'query':
      return {
        ...parts,
        query: [
          ...parts.query.filter(([name]) => name !== parameter.name),
          [parameter.name, value],
        ],
      };
    default:
      return {
        ...parts,
        headers: [
          ...parts.headers.filter(([name]) => name !== parameter.name),
          [parameter.name, value],
        ],
      };
  }
}
