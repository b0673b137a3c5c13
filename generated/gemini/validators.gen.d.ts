// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateBatchEmbedContentsBody: Validator;
export declare const validateBatchEmbedContentsParams: Validator;
export declare const validateCountTokensBody: Validator;
export declare const validateCountTokensParams: Validator;
export declare const validateEmbedContentBody: Validator;
export declare const validateEmbedContentParams: Validator;
export declare const validateGenerateContentBody: Validator;
export declare const validateGenerateContentParams: Validator;
export declare const validateGetModelParams: Validator;
export declare const validateListModelsQuery: Validator;
export declare const validateStreamGenerateContentBody: Validator;
export declare const validateStreamGenerateContentParams: Validator;
export declare const validateStreamGenerateContentQuery: Validator;
