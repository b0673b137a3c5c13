// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { BatchEmbedContentsData, BatchEmbedContentsErrors, BatchEmbedContentsResponses, CountTokensData, CountTokensErrors, CountTokensResponses, EmbedContentData, EmbedContentErrors, EmbedContentResponses, GenerateContentData, GenerateContentErrors, GenerateContentResponses, GetModelData, GetModelErrors, GetModelResponses, ListModelsData, ListModelsErrors, ListModelsResponses, StreamGenerateContentData, StreamGenerateContentErrors, StreamGenerateContentResponse, StreamGenerateContentResponses } from './types.gen.js';

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
 * Generate a response
 *
 * A complete GenerateContentResponse. Function calls come back as `functionCall` parts with an `args` object (and an `id`); a turn that ends in function calls finishes with `STOP`. `usageMetadata.promptTokenCount` includes cached tokens (`cachedContentTokenCount`), `candidatesTokenCount` excludes thinking (`thoughtsTokenCount`).
 */
export const generateContent = <ThrowOnError extends boolean = false>(options: Options<GenerateContentData, ThrowOnError>) => (options.client ?? client).post<GenerateContentResponses, GenerateContentErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}:generateContent',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Generate a response as a stream
 *
 * Server-sent events, always (the SDK asks with `?alt=sse`). Each event is one `data:` line holding a complete GenerateContentResponse with only the new piece, followed by a blank line — the last one too; there is no `event:` line and no `[DONE]` (protocols.md §4.4). A function call arrives whole, as one `functionCall` part. The final event carries `finishReason` and `usageMetadata`. An error after the stream started is an event whose JSON is Google's error body.
 */
export const streamGenerateContent = <ThrowOnError extends boolean = false>(options: Options<StreamGenerateContentData, ThrowOnError, StreamGenerateContentResponse>) => (options.client ?? client).sse.post<StreamGenerateContentResponses, StreamGenerateContentErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}:streamGenerateContent',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Count the tokens of a prompt
 *
 * `{totalTokens}` for `contents`, or for a whole `generateContentRequest` (system instruction and tools included). The count is the one billing holds against, so it is an estimate with the gateway's tokenizer, not the upstream model's. Free.
 */
export const countTokens = <ThrowOnError extends boolean = false>(options: Options<CountTokensData, ThrowOnError>) => (options.client ?? client).post<CountTokensResponses, CountTokensErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}:countTokens',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Embed one text
 *
 * One content, one embedding: what the Vercel AI SDK's `embed()` and LangChain's Google embeddings call. Served by models whose `supported_protocols` include `gemini:embed-content`.
 */
export const embedContent = <ThrowOnError extends boolean = false>(options: Options<EmbedContentData, ThrowOnError>) => (options.client ?? client).post<EmbedContentResponses, EmbedContentErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}:embedContent',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Embed texts
 *
 * What the SDK's `embedContent` calls, even for one text (protocols.md §4.1). One embedding per request, in order. Served by models whose `supported_protocols` include `gemini:embed-content`.
 */
export const batchEmbedContents = <ThrowOnError extends boolean = false>(options: Options<BatchEmbedContentsData, ThrowOnError>) => (options.client ?? client).post<BatchEmbedContentsResponses, BatchEmbedContentsErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}:batchEmbedContents',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List the models this key may use
 *
 * NexusFlow models in Gemini's shape (`name: models/<id>`), with `supportedGenerationMethods` derived from each model's `supported_protocols`, which are listed too as `supportedProtocols`. Paged with `pageSize` / `pageToken`.
 */
export const listModels = <ThrowOnError extends boolean = false>(options?: Options<ListModelsData, ThrowOnError>) => (options?.client ?? client).get<ListModelsResponses, ListModelsErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models',
    ...options
});

/**
 * Retrieve one model
 */
export const getModel = <ThrowOnError extends boolean = false>(options: Options<GetModelData, ThrowOnError>) => (options.client ?? client).get<GetModelResponses, GetModelErrors, ThrowOnError>({
    security: [{ name: 'x-goog-api-key', type: 'apiKey' }, {
            in: 'query',
            name: 'key',
            type: 'apiKey'
        }],
    url: '/v1beta/models/{model}',
    ...options
});
