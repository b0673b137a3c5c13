// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateCreateResponseBody: Validator;
export declare const validateDeleteResponseParams: Validator;
export declare const validateListResponseInputItemsParams: Validator;
export declare const validateListResponseInputItemsQuery: Validator;
export declare const validateRetrieveResponseParams: Validator;
export declare const validateRetrieveResponseQuery: Validator;
