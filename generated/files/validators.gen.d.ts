// Generated from spec/native/files.spec.ts by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateGetFileContentParams: Validator;
export declare const validateGetFileContentQuery: Validator;
