export { CONTRACT_PATH, loadContract, type OpenApiDocument } from './load-contract';
export {
  SchemaValidator,
  jsonTypeOf,
  valueAt,
  type SchemaViolation,
  type Validate,
} from './schema-validator';
