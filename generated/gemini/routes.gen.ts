// Generated from spec/openapi/gemini.yaml by spec/codegen — do not edit.
import type { BatchEmbedContentsRequest, BatchEmbedContentsResponse, CountTokensRequest, CountTokensResponse, EmbedContentRequest, EmbedContentResponse, GenerateContentRequest, GenerateContentResponse, ListModelsResponse, Model, operations } from './types.gen.js';
import { validateBatchEmbedContentsBody, validateBatchEmbedContentsParams, validateCountTokensBody, validateCountTokensParams, validateEmbedContentBody, validateEmbedContentParams, validateGenerateContentBody, validateGenerateContentParams, validateGetModelParams, validateListModelsQuery, validateStreamGenerateContentBody, validateStreamGenerateContentParams, validateStreamGenerateContentQuery } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow — Gemini-compatible GenerateContent API operation. */
export interface GeminiOperations {
  generateContent: {
    body: GenerateContentRequest;
    params: operations['generateContent']['parameters']['path'];
    query: Record<string, never>;
    response: GenerateContentResponse;
  };
  streamGenerateContent: {
    body: GenerateContentRequest;
    params: operations['streamGenerateContent']['parameters']['path'];
    query: NonNullable<operations['streamGenerateContent']['parameters']['query']>;
    response: undefined;
    /** One server-sent event's JSON (data framing). */
    event: GenerateContentResponse;
  };
  countTokens: {
    body: CountTokensRequest;
    params: operations['countTokens']['parameters']['path'];
    query: Record<string, never>;
    response: CountTokensResponse;
  };
  embedContent: {
    body: EmbedContentRequest;
    params: operations['embedContent']['parameters']['path'];
    query: Record<string, never>;
    response: EmbedContentResponse;
  };
  batchEmbedContents: {
    body: BatchEmbedContentsRequest;
    params: operations['batchEmbedContents']['parameters']['path'];
    query: Record<string, never>;
    response: BatchEmbedContentsResponse;
  };
  listModels: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listModels']['parameters']['query']>;
    response: ListModelsResponse;
  };
  getModel: {
    body: undefined;
    params: operations['getModel']['parameters']['path'];
    query: Record<string, never>;
    response: Model;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type GeminiHandlers<Ctx, Result> = {
  [K in keyof GeminiOperations]:
    | ((input: OperationInput<GeminiOperations[K]['body'], GeminiOperations[K]['params'], GeminiOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const geminiRoutes: readonly RouteDef<keyof GeminiOperations & string>[] = [
  {
    operationId: 'generateContent',
    method: 'POST',
    path: '/v1beta/models/{model}:generateContent',
    routerPath: '/v1beta/models/:model([^/]+)::generateContent',
    protocol: 'gemini',
    bodyRequired: true,
    validateBody: validateGenerateContentBody,
    validateParams: validateGenerateContentParams,
  },
  {
    operationId: 'streamGenerateContent',
    method: 'POST',
    path: '/v1beta/models/{model}:streamGenerateContent',
    routerPath: '/v1beta/models/:model([^/]+)::streamGenerateContent',
    protocol: 'gemini',
    bodyRequired: true,
    validateBody: validateStreamGenerateContentBody,
    validateQuery: validateStreamGenerateContentQuery,
    validateParams: validateStreamGenerateContentParams,
    sse: { framing: 'data', done: null },
  },
  {
    operationId: 'countTokens',
    method: 'POST',
    path: '/v1beta/models/{model}:countTokens',
    routerPath: '/v1beta/models/:model([^/]+)::countTokens',
    protocol: 'gemini',
    bodyRequired: true,
    validateBody: validateCountTokensBody,
    validateParams: validateCountTokensParams,
  },
  {
    operationId: 'embedContent',
    method: 'POST',
    path: '/v1beta/models/{model}:embedContent',
    routerPath: '/v1beta/models/:model([^/]+)::embedContent',
    protocol: 'gemini',
    bodyRequired: true,
    validateBody: validateEmbedContentBody,
    validateParams: validateEmbedContentParams,
  },
  {
    operationId: 'batchEmbedContents',
    method: 'POST',
    path: '/v1beta/models/{model}:batchEmbedContents',
    routerPath: '/v1beta/models/:model([^/]+)::batchEmbedContents',
    protocol: 'gemini',
    bodyRequired: true,
    validateBody: validateBatchEmbedContentsBody,
    validateParams: validateBatchEmbedContentsParams,
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1beta/models',
    routerPath: '/v1beta/models',
    protocol: 'gemini',
    bodyRequired: false,
    validateQuery: validateListModelsQuery,
  },
  {
    operationId: 'getModel',
    method: 'GET',
    path: '/v1beta/models/{model}',
    routerPath: '/v1beta/models/:model',
    protocol: 'gemini',
    bodyRequired: false,
    validateParams: validateGetModelParams,
  },
];
