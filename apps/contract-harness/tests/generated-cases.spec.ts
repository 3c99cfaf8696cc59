// The generators the suites rely on, checked against the document's own validators without a
// server: every value generated as valid is valid, and every value generated to break a rule
// breaks exactly that rule, at the pointer the generator claims.
import fc from 'fast-check';

import { SchemaValidator } from '@scan-profiles/contract';

import { SchemaArbitraries } from '../src/cases/schema-arbitraries';
import { parameterValue } from '../src/validation/parameter-values';
import { SEED, contract, operation } from './support/contract-fixture';

const validator = new SchemaValidator(contract);
const schemas = new SchemaArbitraries(contract);
const bodyPointer = operation.requestBody?.content[0]?.schemaPointer as string;
const responsePointers = operation.responses.flatMap((response) =>
  response.content.map((media) => [response.status, media.schemaPointer as string] as const),
);

describe('values generated as valid', () => {
  it.each([
    ...operation.parameters.map((parameter) => [
      `parameter ${parameter.name}`,
      parameter.schemaPointer,
    ]),
    ['the request body', bodyPointer],
    ...responsePointers.map(([status, pointer]) => [`the ${status} body`, pointer]),
  ])('satisfy the schema of %s', (_, pointer) => {
    const validate = validator.validatorFor(pointer as string);

    fc.assert(
      fc.property(schemas.valid({ $ref: `#${pointer}` }), (value) => {
        expect(validate(value)).toEqual([]);
      }),
      { seed: SEED, numRuns: 100 },
    );
  });
});

describe('values generated to break a rule', () => {
  const bodyMutations = schemas.invalid({ $ref: `#${bodyPointer}` }, 'json');
  const pageMutations = schemas.invalid({ $ref: '#/components/schemas/ScanProfilePage' }, 'json');
  const parameterMutations = operation.parameters.flatMap((parameter) =>
    schemas.invalid(parameter.schema, 'text').map((mutation) => ({ parameter, mutation })),
  );

  it('cover every rule the request schemas state', () => {
    expect(
      parameterMutations.map(({ parameter, mutation }) => `${parameter.name} ${mutation.rule}`),
    ).toEqual([
      'customerId format',
      'pageIndex type',
      'pageIndex minimum',
      'pageIndex format',
      'pageSize type',
      'pageSize minimum',
      'pageSize maximum',
    ]);
    expect(bodyMutations.map((mutation) => `${mutation.where} ${mutation.rule}`)).toEqual([
      ' type',
      '/scanProfileIds type',
      '/scanProfileIds/* type',
      ' additionalProperties',
    ]);
  });

  const valueMutations = [
    ...bodyMutations.map((mutation) => ['request body', bodyPointer, mutation] as const),
    ...pageMutations.map(
      (mutation) => ['200 body', '/components/schemas/ScanProfilePage', mutation] as const,
    ),
  ].map(
    ([what, pointer, mutation]) =>
      [`${what} ${mutation.where || '(root)'}: ${mutation.rule}`, pointer, mutation] as const,
  );

  it.each(valueMutations)('%s', (_, pointer, mutation) => {
    const validate = validator.validatorFor(pointer);

    fc.assert(
      fc.property(mutation.arbitrary, (broken) => {
        expect(validate(broken.value)).toContainEqual(
          expect.objectContaining({ rule: mutation.rule, pointer: broken.pointer }),
        );
      }),
      { seed: SEED, numRuns: 50 },
    );
  });

  it.each(
    parameterMutations.map(
      ({ parameter, mutation }) => [parameter.name, mutation.rule, parameter, mutation] as const,
    ),
  )('parameter %s: %s, as text', (_, rule, parameter, mutation) => {
    const validate = validator.validatorFor(parameter.schemaPointer);

    fc.assert(
      fc.property(mutation.arbitrary, (broken) => {
        const value = parameterValue(String(broken.value), parameter.schema);
        expect(validate(value)).toContainEqual(expect.objectContaining({ rule, pointer: '' }));
      }),
      { seed: SEED, numRuns: 50 },
    );
  });
});
