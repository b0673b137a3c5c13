// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CreateResponseData, CreateResponseErrors, CreateResponseResponses, DeleteResponseData, DeleteResponseErrors, DeleteResponseResponses, ListResponseInputItemsData, ListResponseInputItemsErrors, ListResponseInputItemsResponses, RetrieveResponseData, RetrieveResponseErrors, RetrieveResponseResponses } from './types.gen.js';

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
 * Create a model response
 *
 * Returns a `response` object, or, when `stream` is true, the Responses event stream (`event: <type>` + `data: <JSON>` frames, each with a `sequence_number`) ending with `response.completed`, `response.incomplete` or `response.failed`.
 */
export const createResponse = <ThrowOnError extends boolean = false>(options: Options<CreateResponseData, ThrowOnError>) => (options.client ?? client).post<CreateResponseResponses, CreateResponseErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/responses',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Delete a stored response
 */
export const deleteResponse = <ThrowOnError extends boolean = false>(options: Options<DeleteResponseData, ThrowOnError>) => (options.client ?? client).delete<DeleteResponseResponses, DeleteResponseErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/responses/{response_id}',
    ...options
});

/**
 * Retrieve a stored response
 *
 * A response this account created with `store` true (another account's id is 404).
 */
export const retrieveResponse = <ThrowOnError extends boolean = false>(options: Options<RetrieveResponseData, ThrowOnError>) => (options.client ?? client).get<RetrieveResponseResponses, RetrieveResponseErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/responses/{response_id}',
    ...options
});

/**
 * List the input items of a stored response
 */
export const listResponseInputItems = <ThrowOnError extends boolean = false>(options: Options<ListResponseInputItemsData, ThrowOnError>) => (options.client ?? client).get<ListResponseInputItemsResponses, ListResponseInputItemsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/responses/{response_id}/input_items',
    ...options
});
