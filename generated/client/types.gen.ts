// Generated from spec/native/account.spec.ts, spec/native/admin.spec.ts, spec/openapi/anthropic.yaml, spec/native/files.spec.ts, spec/openapi/gemini.yaml, spec/openapi/openai.yaml, spec/openapi/responses.yaml, spec/native/tasks.spec.ts by spec/codegen — do not edit.
// Every spec's wire types, one namespace per spec.

export type * as account from './account/types.gen.js';
export type * as admin from './admin/types.gen.js';
export type * as anthropic from './anthropic/types.gen.js';
export type * as files from './files/types.gen.js';
export type * as gemini from './gemini/types.gen.js';
export type * as openai from './openai/types.gen.js';
export type * as responses from './responses/types.gen.js';
export type * as tasks from './tasks/types.gen.js';
