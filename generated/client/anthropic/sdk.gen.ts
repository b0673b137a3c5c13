// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CountTokensData, CountTokensErrors, CountTokensResponses, CreateMessageData, CreateMessageErrors, CreateMessageResponses, ListModelsData, ListModelsErrors, ListModelsResponses, RetrieveModelData, RetrieveModelErrors, RetrieveModelResponses } from './types.gen.js';

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
 * Create a message
 *
 * Returns a `message` object, or a stream of server-sent events when `stream` is true. Every frame has an `event:` line equal to its JSON `type` (protocols.md §3.4): `message_start`, then `content_block_start` / `content_block_delta` / `content_block_stop` per block, `message_delta` with `stop_reason` and the cumulative usage, and `message_stop`; `ping` may appear anywhere and `error` replaces the rest when the request fails mid-stream.
 */
export const createMessage = <ThrowOnError extends boolean = false>(options: Options<CreateMessageData, ThrowOnError>) => (options.client ?? client).post<CreateMessageResponses, CreateMessageErrors, ThrowOnError>({
    security: [{ name: 'x-api-key', type: 'apiKey' }, { scheme: 'bearer', type: 'http' }],
    url: '/v1/messages',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Count the input tokens of a message request
 *
 * `{input_tokens}` for the request as the gateway's billing estimates it (the same tokenizer count used for holds), without calling any upstream.
 */
export const countTokens = <ThrowOnError extends boolean = false>(options: Options<CountTokensData, ThrowOnError>) => (options.client ?? client).post<CountTokensResponses, CountTokensErrors, ThrowOnError>({
    security: [{ name: 'x-api-key', type: 'apiKey' }, { scheme: 'bearer', type: 'http' }],
    url: '/v1/messages/count_tokens',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List the models this key may use
 *
 * Anthropic's paged `{data, has_more, first_id, last_id}` of the models this key may call through Anthropic Messages (`supported_protocols` includes `anthropic:messages`). Served for requests that carry `anthropic-version`; without it the same path answers in OpenAI's shape (protocols.md §1.1).
 */
export const listModels = <ThrowOnError extends boolean = false>(options?: Options<ListModelsData, ThrowOnError>) => (options?.client ?? client).get<ListModelsResponses, ListModelsErrors, ThrowOnError>({
    security: [{ name: 'x-api-key', type: 'apiKey' }, { scheme: 'bearer', type: 'http' }],
    url: '/v1/models',
    ...options
});

/**
 * Retrieve one model
 */
export const retrieveModel = <ThrowOnError extends boolean = false>(options: Options<RetrieveModelData, ThrowOnError>) => (options.client ?? client).get<RetrieveModelResponses, RetrieveModelErrors, ThrowOnError>({
    security: [{ name: 'x-api-key', type: 'apiKey' }, { scheme: 'bearer', type: 'http' }],
    url: '/v1/models/{model}',
    ...options
});
