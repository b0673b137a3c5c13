// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateCreateChatCompletionBody: Validator;
export declare const validateCreateEmbeddingBody: Validator;
export declare const validateCreateImageBody: Validator;
export declare const validateRetrieveModelParams: Validator;
