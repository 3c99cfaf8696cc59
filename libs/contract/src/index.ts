export { childPointer, escapePointerToken, valueAt } from './json-pointer';
export { CONTRACT_PATH, loadContract, type OpenApiDocument } from './load-contract';
export {
  describeOperations,
  type HeaderDescription,
  type MediaDescription,
  type NamedExample,
  type OperationDescription,
  type ParameterDescription,
  type RequestBodyDescription,
  type ResponseDescription,
  type SecuritySchemeDescription,
} from './operations';
export { resolveReference, type ResolvedNode } from './resolve-reference';
export {
  SchemaValidator,
  jsonTypeOf,
  type SchemaViolation,
  type Validate,
} from './schema-validator';
