// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.

export { getFileContent, type Options } from './sdk.gen.js';
export type { ClientOptions, ErrorResponse, GetFileContentData, GetFileContentError, GetFileContentErrors, GetFileContentResponse, GetFileContentResponses } from './types.gen.js';
