import {
  SchemaValidator,
  describeOperations,
  type HeaderDescription,
  type MediaDescription,
  type OpenApiDocument,
  type OperationDescription,
  type ParameterDescription,
  type Validate,
} from '@scan-profiles/contract';

export interface CompiledParameter extends ParameterDescription {
  validate: Validate;
}

export interface CompiledHeader extends HeaderDescription {
  validate: Validate;
}

export interface CompiledMedia extends MediaDescription {
  /** Absent when the document gives the media type no schema: anything goes. */
  validate: Validate | undefined;
}

export interface CompiledResponse {
  status: string;
  headers: CompiledHeader[];
  content: CompiledMedia[];
}

export interface CompiledOperation {
  description: OperationDescription;
  parameters: CompiledParameter[];
  requestBody: { required: boolean; content: CompiledMedia[] } | undefined;
  responses: CompiledResponse[];
}

/**
 * Compiles a validator for every schema an exchange can meet, once, when the harness starts:
 * answering a request never compiles anything.
 */
export function compileContract(document: OpenApiDocument): CompiledOperation[] {
  const validator = new SchemaValidator(document);
  const compileMedia = (media: MediaDescription): CompiledMedia => ({
    ...media,
    validate:
      media.schemaPointer === undefined ? undefined : validator.validatorFor(media.schemaPointer),
  });

  return describeOperations(document).map((description) => ({
    description,
    parameters: description.parameters.map((parameter) => ({
      ...parameter,
      validate: validator.validatorFor(parameter.schemaPointer),
    })),
    requestBody: description.requestBody && {
      required: description.requestBody.required,
      content: description.requestBody.content.map(compileMedia),
    },
    responses: description.responses.map((response) => ({
      status: response.status,
      headers: response.headers.map((header) => ({
        ...header,
        validate: validator.validatorFor(header.schemaPointer),
      })),
      content: response.content.map(compileMedia),
    })),
  }));
}
