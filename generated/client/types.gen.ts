// Generated from spec/openapi/anthropic.yaml, spec/openapi/gemini.yaml, spec/openapi/openai.yaml by spec/codegen — do not edit.
// Every spec's wire types, one namespace per spec.

export type * as anthropic from './anthropic/types.gen.js';
export type * as gemini from './gemini/types.gen.js';
export type * as openai from './openai/types.gen.js';
