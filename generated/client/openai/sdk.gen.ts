// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CreateChatCompletionData, CreateChatCompletionErrors, CreateChatCompletionResponses, CreateEmbeddingData, CreateEmbeddingErrors, CreateEmbeddingResponses, CreateImageData, CreateImageErrors, CreateImageResponses, ListModelsData, ListModelsErrors, ListModelsResponses, RetrieveModelData, RetrieveModelErrors, RetrieveModelResponses } from './types.gen.js';

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
 * Create a chat completion
 *
 * Returns a `chat.completion` object, or a stream of `chat.completion.chunk` events ending with `data: [DONE]` when `stream` is true. Streaming is decided by the body's `stream` field, never by the `Accept` header (the SDK sends `Accept: application/json` for streams too, protocols.md §1.3).
 */
export const createChatCompletion = <ThrowOnError extends boolean = false>(options: Options<CreateChatCompletionData, ThrowOnError>) => (options.client ?? client).post<CreateChatCompletionResponses, CreateChatCompletionErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/chat/completions',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Create embeddings
 *
 * OpenAI's embeddings endpoint. `encoding_format: base64` answers raw little-endian float32 bytes, base64-encoded — the official Node SDK asks for it by default and decodes it as a Float32Array (protocols.md §2.5).
 */
export const createEmbedding = <ThrowOnError extends boolean = false>(options: Options<CreateEmbeddingData, ThrowOnError>) => (options.client ?? client).post<CreateEmbeddingResponses, CreateEmbeddingErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/embeddings',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * Generate images
 *
 * OpenAI's image generation (protocols.md §2.6). `model` is optional: without it the gateway's default image model answers (`NEXUSFLOW_DEFAULT_IMAGE_MODEL`, `wan2.6-t2i`). `url` results are signed gateway URLs that expire (the files are kept past the vendor's 24 h); `b64_json` returns the bytes. Billed per image by size. Asynchronous upstreams (DashScope wan) are polled up to a deadline; past it the answer is 504 naming the task the job continues as (`GET /v1/tasks/{id}`), charged only if it succeeds. Unknown fields (DashScope `negative_prompt`, `seed`, `prompt_extend`, `watermark` via `extra_body`) are passed upstream.
 */
export const createImage = <ThrowOnError extends boolean = false>(options: Options<CreateImageData, ThrowOnError>) => (options.client ?? client).post<CreateImageResponses, CreateImageErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/images/generations',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * List the models this key may use
 *
 * OpenAI's `{object: "list", data: [Model]}`. Not paginated: the SDK never asks for a second page (protocols.md §2.7).
 */
export const listModels = <ThrowOnError extends boolean = false>(options?: Options<ListModelsData, ThrowOnError>) => (options?.client ?? client).get<ListModelsResponses, ListModelsErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/models',
    ...options
});

/**
 * Retrieve one model
 */
export const retrieveModel = <ThrowOnError extends boolean = false>(options: Options<RetrieveModelData, ThrowOnError>) => (options.client ?? client).get<RetrieveModelResponses, RetrieveModelErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/models/{model}',
    ...options
});
