// Generated from spec/openapi/openai.yaml by spec/codegen — do not edit.
import type { CreateChatCompletionRequest, CreateChatCompletionResponse, CreateChatCompletionStreamResponse, CreateEmbeddingRequest, CreateEmbeddingResponse, CreateImageRequest, ImagesResponse, ListModelsResponse, Model, operations } from './types.gen.js';
import { validateCreateChatCompletionBody, validateCreateEmbeddingBody, validateCreateImageBody, validateRetrieveModelParams } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow — OpenAI-compatible API operation. */
export interface OpenaiOperations {
  createChatCompletion: {
    body: CreateChatCompletionRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: CreateChatCompletionResponse;
    /** One server-sent event's JSON (data framing, then [DONE]). */
    event: CreateChatCompletionStreamResponse;
  };
  createEmbedding: {
    body: CreateEmbeddingRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: CreateEmbeddingResponse;
  };
  createImage: {
    body: CreateImageRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: ImagesResponse;
  };
  listModels: {
    body: undefined;
    params: Record<string, never>;
    query: Record<string, never>;
    response: ListModelsResponse;
  };
  retrieveModel: {
    body: undefined;
    params: operations['retrieveModel']['parameters']['path'];
    query: Record<string, never>;
    response: Model;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type OpenaiHandlers<Ctx, Result> = {
  [K in keyof OpenaiOperations]:
    | ((input: OperationInput<OpenaiOperations[K]['body'], OpenaiOperations[K]['params'], OpenaiOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const openaiRoutes: readonly RouteDef<keyof OpenaiOperations & string>[] = [
  {
    operationId: 'createChatCompletion',
    method: 'POST',
    path: '/v1/chat/completions',
    routerPath: '/v1/chat/completions',
    protocol: 'openai',
    bodyRequired: true,
    validateBody: validateCreateChatCompletionBody,
    sse: { framing: 'data', done: '[DONE]' },
  },
  {
    operationId: 'createEmbedding',
    method: 'POST',
    path: '/v1/embeddings',
    routerPath: '/v1/embeddings',
    protocol: 'openai',
    bodyRequired: true,
    validateBody: validateCreateEmbeddingBody,
  },
  {
    operationId: 'createImage',
    method: 'POST',
    path: '/v1/images/generations',
    routerPath: '/v1/images/generations',
    protocol: 'openai',
    bodyRequired: true,
    validateBody: validateCreateImageBody,
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1/models',
    routerPath: '/v1/models',
    protocol: 'openai',
    bodyRequired: false,
  },
  {
    operationId: 'retrieveModel',
    method: 'GET',
    path: '/v1/models/{model}',
    routerPath: '/v1/models/:model',
    protocol: 'openai',
    bodyRequired: false,
    validateParams: validateRetrieveModelParams,
  },
];
