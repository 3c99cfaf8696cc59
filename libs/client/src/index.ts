// The public surface of @scan-profiles/client. The generated code lives in ./generated and is
// re-exported as it is; the hand-written layer builds on it.
export * from './generated/index.js';
