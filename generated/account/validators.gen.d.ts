// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.
import type { Validator } from '../runtime.gen.js';

export declare const validateGetAccountUsageSeriesQuery: Validator;
export declare const validateListAccountUsageQuery: Validator;
