// What describeOperations() reads out of the document: the harness builds every validator from
// it, so a reference it fails to follow would silently leave a field unchecked.
import {
  SchemaValidator,
  childPointer,
  describeOperations,
  loadContract,
  resolveReference,
  type OperationDescription,
} from '../src/index';

const contract = loadContract();
const [operation] = describeOperations(contract) as [OperationDescription];
const OPERATION_POINTER = childPointer('/paths', operation.pathTemplate, 'post');

describe('describeOperations', () => {
  it('finds the one operation of the document', () => {
    expect(describeOperations(contract)).toHaveLength(1);
    expect(operation).toMatchObject({
      method: 'POST',
      pathTemplate: '/partner/external/v3/general/customers/{customerId}/scan-profiles/batch',
      operationId: 'listScanProfiles',
    });
  });

  it.each([
    ['customerId', 'path', true, '/components/parameters/CustomerId/schema'],
    ['pageIndex', 'query', false, '/components/parameters/PageIndex/schema'],
    ['pageSize', 'query', false, '/components/parameters/PageSize/schema'],
  ])('follows the parameter %s to its schema', (name, location, required, schemaPointer) => {
    expect(operation.parameters).toContainEqual(
      expect.objectContaining({ name, in: location, required, schemaPointer }),
    );
  });

  it('reads the optional JSON request body', () => {
    expect(operation.requestBody).toEqual({
      required: false,
      content: [
        expect.objectContaining({
          mediaType: 'application/json',
          schemaPointer: '/components/schemas/ScanProfileFilter',
        }),
      ],
    });
  });

  it.each([
    ['200', '/components/schemas/ScanProfilePage', 5],
    ['400', '/components/schemas/ErrorBody', 1],
    ['429', '/components/schemas/ErrorBody', 1],
    ['503', '/components/schemas/ErrorBody', 1],
  ])('reads the %s response with its schema and named examples', (status, schema, examples) => {
    const response = operation.responses.find((candidate) => candidate.status === status);

    expect(response?.content[0]?.schemaPointer).toBe(schema);
    expect(response?.content[0]?.examples).toHaveLength(examples);
    expect(response?.content[0]?.examples.every((example) => example.value !== undefined)).toBe(
      true,
    );
  });

  it.each([
    ['200', 'request-id', false],
    ['429', 'request-id', false],
    ['429', 'retry-after', true],
  ])('reads the %s response header %s (required: %s)', (status, name, required) => {
    const response = operation.responses.find((candidate) => candidate.status === status);

    expect(response?.headers).toContainEqual(expect.objectContaining({ name, required }));
  });

  it('inherits the document-wide OAuth 2.0 requirement', () => {
    expect(operation.security).toEqual([
      [expect.objectContaining({ name: 'elementsOAuth', type: 'oauth2' })],
    ]);
  });
});

describe('resolveReference', () => {
  it('follows a reference to where the definition lives', () => {
    const pointer = childPointer(OPERATION_POINTER, 'parameters', 0);

    expect(resolveReference(contract, pointer).pointer).toBe('/components/parameters/CustomerId');
  });

  it('names the pointer that leads nowhere', () => {
    expect(() => resolveReference(contract, '/components/schemas/Nothing')).toThrow(
      'The contract has nothing at #/components/schemas/Nothing',
    );
  });
});

describe('SchemaValidator.validatorFor', () => {
  it('compiles a schema under a path whose template has braces', () => {
    const validator = new SchemaValidator(contract);
    const pointer = childPointer(OPERATION_POINTER, 'responses', '200', 'content');
    const schema = childPointer(pointer, 'application/json', 'schema');

    expect(validator.validatorFor(schema)({ data: [], metadata: {} })).toContainEqual(
      expect.objectContaining({ pointer: '/metadata/totalCount', rule: 'required' }),
    );
  });
});
