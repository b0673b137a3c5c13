// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CreateAccountData, CreateAccountErrors, CreateAccountResponses, CreateChannelData, CreateChannelErrors, CreateChannelResponses, CreateKeyData, CreateKeyErrors, CreateKeyResponses, CreateModelData, CreateModelErrors, CreateModelResponses, DeleteModelData, DeleteModelErrors, DeleteModelResponses, DisableChannelData, DisableChannelErrors, DisableChannelResponses, GetAccountData, GetAccountErrors, GetAccountResponses, GetChannelData, GetChannelErrors, GetChannelResponses, GetKeyData, GetKeyErrors, GetKeyResponses, GetModelData, GetModelErrors, GetModelResponses, GetUsageSeriesData, GetUsageSeriesErrors, GetUsageSeriesResponses, GetUsageSummaryData, GetUsageSummaryErrors, GetUsageSummaryResponses, ListAccountLedgerData, ListAccountLedgerErrors, ListAccountLedgerResponses, ListAccountsData, ListAccountsErrors, ListAccountsResponses, ListAuditEntriesData, ListAuditEntriesErrors, ListAuditEntriesResponses, ListChannelsData, ListChannelsErrors, ListChannelsResponses, ListKeysData, ListKeysErrors, ListKeysResponses, ListModelsData, ListModelsErrors, ListModelsResponses, ListTasksData, ListTasksErrors, ListTasksResponses, ListUsageRecordsData, ListUsageRecordsErrors, ListUsageRecordsResponses, RevokeKeyData, RevokeKeyErrors, RevokeKeyResponses, RotateKeyData, RotateKeyErrors, RotateKeyResponses, TestChannelData, TestChannelErrors, TestChannelResponses, TopUpAccountData, TopUpAccountErrors, TopUpAccountResponses, UpdateAccountData, UpdateAccountErrors, UpdateAccountResponses, UpdateChannelData, UpdateChannelErrors, UpdateChannelResponses, UpdateKeyData, UpdateKeyErrors, UpdateKeyResponses, UpdateModelData, UpdateModelErrors, UpdateModelResponses } from './types.gen.js';

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
 * List accounts, oldest first
 */
export const listAccounts = <ThrowOnError extends boolean = false>(options?: Options<ListAccountsData, ThrowOnError>) => (options?.client ?? client).get<ListAccountsResponses, ListAccountsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts',
    ...options
});

/**
 * Create an account
 */
export const createAccount = <ThrowOnError extends boolean = false>(options: Options<CreateAccountData, ThrowOnError>) => (options.client ?? client).post<CreateAccountResponses, CreateAccountErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get an account
 */
export const getAccount = <ThrowOnError extends boolean = false>(options: Options<GetAccountData, ThrowOnError>) => (options.client ?? client).get<GetAccountResponses, GetAccountErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts/{account_id}',
    ...options
});

/**
 * Rename an account or set its credit limit
 */
export const updateAccount = <ThrowOnError extends boolean = false>(options: Options<UpdateAccountData, ThrowOnError>) => (options.client ?? client).patch<UpdateAccountResponses, UpdateAccountErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts/{account_id}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Add credits (one ledger entry)
 */
export const topUpAccount = <ThrowOnError extends boolean = false>(options: Options<TopUpAccountData, ThrowOnError>) => (options.client ?? client).post<TopUpAccountResponses, TopUpAccountErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts/{account_id}/topups',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * An account's ledger, oldest first
 */
export const listAccountLedger = <ThrowOnError extends boolean = false>(options: Options<ListAccountLedgerData, ThrowOnError>) => (options.client ?? client).get<ListAccountLedgerResponses, ListAccountLedgerErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/accounts/{account_id}/ledger',
    ...options
});

/**
 * List API keys (prefixes only), oldest first
 */
export const listKeys = <ThrowOnError extends boolean = false>(options?: Options<ListKeysData, ThrowOnError>) => (options?.client ?? client).get<ListKeysResponses, ListKeysErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys',
    ...options
});

/**
 * Create an API key; the secret is in this response only
 */
export const createKey = <ThrowOnError extends boolean = false>(options: Options<CreateKeyData, ThrowOnError>) => (options.client ?? client).post<CreateKeyResponses, CreateKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get a key
 */
export const getKey = <ThrowOnError extends boolean = false>(options: Options<GetKeyData, ThrowOnError>) => (options.client ?? client).get<GetKeyResponses, GetKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys/{key_id}',
    ...options
});

/**
 * Change a key: name, expiry, models, spend and rate limits
 */
export const updateKey = <ThrowOnError extends boolean = false>(options: Options<UpdateKeyData, ThrowOnError>) => (options.client ?? client).patch<UpdateKeyResponses, UpdateKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys/{key_id}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * New secret for a key; the old one works for a grace period
 */
export const rotateKey = <ThrowOnError extends boolean = false>(options: Options<RotateKeyData, ThrowOnError>) => (options.client ?? client).post<RotateKeyResponses, RotateKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys/{key_id}/rotate',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Revoke a key (every gateway process refuses it within seconds)
 */
export const revokeKey = <ThrowOnError extends boolean = false>(options: Options<RevokeKeyData, ThrowOnError>) => (options.client ?? client).post<RevokeKeyResponses, RevokeKeyErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/keys/{key_id}/revoke',
    ...options
});

/**
 * List channels by id
 */
export const listChannels = <ThrowOnError extends boolean = false>(options?: Options<ListChannelsData, ThrowOnError>) => (options?.client ?? client).get<ListChannelsResponses, ListChannelsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels',
    ...options
});

/**
 * Create a channel
 */
export const createChannel = <ThrowOnError extends boolean = false>(options: Options<CreateChannelData, ThrowOnError>) => (options.client ?? client).post<CreateChannelResponses, CreateChannelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Get a channel
 */
export const getChannel = <ThrowOnError extends boolean = false>(options: Options<GetChannelData, ThrowOnError>) => (options.client ?? client).get<GetChannelResponses, GetChannelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels/{channel_id}',
    ...options
});

/**
 * Change a channel
 */
export const updateChannel = <ThrowOnError extends boolean = false>(options: Options<UpdateChannelData, ThrowOnError>) => (options.client ?? client).patch<UpdateChannelResponses, UpdateChannelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels/{channel_id}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Stop routing to a channel
 */
export const disableChannel = <ThrowOnError extends boolean = false>(options: Options<DisableChannelData, ThrowOnError>) => (options.client ?? client).post<DisableChannelResponses, DisableChannelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels/{channel_id}/disable',
    ...options
});

/**
 * Send one short chat request through this channel (not billed, not counted by its circuit); a failed test is a 200 with ok: false
 */
export const testChannel = <ThrowOnError extends boolean = false>(options: Options<TestChannelData, ThrowOnError>) => (options.client ?? client).post<TestChannelResponses, TestChannelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/channels/{channel_id}/test',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List models by id, with channels and fallbacks
 */
export const listModels = <ThrowOnError extends boolean = false>(options?: Options<ListModelsData, ThrowOnError>) => (options?.client ?? client).get<ListModelsResponses, ListModelsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/models',
    ...options
});

/**
 * Create a model
 */
export const createModel = <ThrowOnError extends boolean = false>(options: Options<CreateModelData, ThrowOnError>) => (options.client ?? client).post<CreateModelResponses, CreateModelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/models',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete a model
 */
export const deleteModel = <ThrowOnError extends boolean = false>(options: Options<DeleteModelData, ThrowOnError>) => (options.client ?? client).delete<DeleteModelResponses, DeleteModelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/models/{model_id}',
    ...options
});

/**
 * Get a model
 */
export const getModel = <ThrowOnError extends boolean = false>(options: Options<GetModelData, ThrowOnError>) => (options.client ?? client).get<GetModelResponses, GetModelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/models/{model_id}',
    ...options
});

/**
 * Change a model (every process within seconds)
 */
export const updateModel = <ThrowOnError extends boolean = false>(options: Options<UpdateModelData, ThrowOnError>) => (options.client ?? client).patch<UpdateModelResponses, UpdateModelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/models/{model_id}',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Usage by day and model, with totals
 */
export const getUsageSummary = <ThrowOnError extends boolean = false>(options?: Options<GetUsageSummaryData, ThrowOnError>) => (options?.client ?? client).get<GetUsageSummaryResponses, GetUsageSummaryErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/usage',
    ...options
});

/**
 * One record per request, oldest first
 */
export const listUsageRecords = <ThrowOnError extends boolean = false>(options?: Options<ListUsageRecordsData, ThrowOnError>) => (options?.client ?? client).get<ListUsageRecordsResponses, ListUsageRecordsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/usage/records',
    ...options
});

/**
 * Usage over time: requests, errors, tokens, spend and latency p50/p99 per bucket, by model, channel, key or account
 */
export const getUsageSeries = <ThrowOnError extends boolean = false>(options?: Options<GetUsageSeriesData, ThrowOnError>) => (options?.client ?? client).get<GetUsageSeriesResponses, GetUsageSeriesErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/usage/series',
    ...options
});

/**
 * Image and video tasks, oldest first
 */
export const listTasks = <ThrowOnError extends boolean = false>(options?: Options<ListTasksData, ThrowOnError>) => (options?.client ?? client).get<ListTasksResponses, ListTasksErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/tasks',
    ...options
});

/**
 * The audit log, newest first
 */
export const listAuditEntries = <ThrowOnError extends boolean = false>(options?: Options<ListAuditEntriesData, ThrowOnError>) => (options?.client ?? client).get<ListAuditEntriesResponses, ListAuditEntriesErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/admin/v1/audit',
    ...options
});
