// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateCountTokensBody: Validator;
export declare const validateCountTokensQuery: Validator;
export declare const validateCreateMessageBody: Validator;
export declare const validateCreateMessageQuery: Validator;
export declare const validateListModelsQuery: Validator;
export declare const validateRetrieveModelParams: Validator;
