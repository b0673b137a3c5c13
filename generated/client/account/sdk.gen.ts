// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { GetAccountData, GetAccountErrors, GetAccountResponses, GetAccountUsageSeriesData, GetAccountUsageSeriesErrors, GetAccountUsageSeriesResponses, ListAccountUsageData, ListAccountUsageErrors, ListAccountUsageResponses } from './types.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: Record<string, unknown>;
};

/**
 * The caller's account: balance, credit limit, holds, and the key's limits
 */
export const getAccount = <ThrowOnError extends boolean = false>(options?: Options<GetAccountData, ThrowOnError>) => (options?.client ?? client).get<GetAccountResponses, GetAccountErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/account',
    ...options
});

/**
 * The account's requests, errors, tokens, spend and latency over time
 */
export const getAccountUsageSeries = <ThrowOnError extends boolean = false>(options?: Options<GetAccountUsageSeriesData, ThrowOnError>) => (options?.client ?? client).get<GetAccountUsageSeriesResponses, GetAccountUsageSeriesErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/account/usage/series',
    ...options
});

/**
 * The account's usage records, newest last
 */
export const listAccountUsage = <ThrowOnError extends boolean = false>(options?: Options<ListAccountUsageData, ThrowOnError>) => (options?.client ?? client).get<ListAccountUsageResponses, ListAccountUsageErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/account/usage',
    ...options
});
