// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateCancelTaskParams: Validator;
export declare const validateCreateTaskBody: Validator;
export declare const validateGetTaskParams: Validator;
export declare const validateListTasksQuery: Validator;
