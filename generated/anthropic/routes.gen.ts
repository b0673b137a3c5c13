// Generated from spec/openapi/anthropic.yaml by spec/codegen — do not edit.
import type { CountTokensRequest, CreateMessageRequest, Message, MessageStreamEvent, MessageTokensCount, ModelInfo, ModelListResponse, operations } from './types.gen.js';
import { validateCountTokensBody, validateCountTokensQuery, validateCreateMessageBody, validateCreateMessageQuery, validateListModelsQuery, validateRetrieveModelParams } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow — Anthropic Messages-compatible API operation. */
export interface AnthropicOperations {
  createMessage: {
    body: CreateMessageRequest;
    params: Record<string, never>;
    query: NonNullable<operations['createMessage']['parameters']['query']>;
    response: Message;
    /** One server-sent event's JSON (event framing). */
    event: MessageStreamEvent;
  };
  countTokens: {
    body: CountTokensRequest;
    params: Record<string, never>;
    query: NonNullable<operations['countTokens']['parameters']['query']>;
    response: MessageTokensCount;
  };
  listModels: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listModels']['parameters']['query']>;
    response: ModelListResponse;
  };
  retrieveModel: {
    body: undefined;
    params: operations['retrieveModel']['parameters']['path'];
    query: Record<string, never>;
    response: ModelInfo;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type AnthropicHandlers<Ctx, Result> = {
  [K in keyof AnthropicOperations]:
    | ((input: OperationInput<AnthropicOperations[K]['body'], AnthropicOperations[K]['params'], AnthropicOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const anthropicRoutes: readonly RouteDef<keyof AnthropicOperations & string>[] = [
  {
    operationId: 'createMessage',
    method: 'POST',
    path: '/v1/messages',
    routerPath: '/v1/messages',
    protocol: 'anthropic',
    bodyRequired: true,
    validateBody: validateCreateMessageBody,
    validateQuery: validateCreateMessageQuery,
    sse: { framing: 'event', done: null },
  },
  {
    operationId: 'countTokens',
    method: 'POST',
    path: '/v1/messages/count_tokens',
    routerPath: '/v1/messages/count_tokens',
    protocol: 'anthropic',
    bodyRequired: true,
    validateBody: validateCountTokensBody,
    validateQuery: validateCountTokensQuery,
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/v1/models',
    routerPath: '/v1/models',
    protocol: 'anthropic',
    bodyRequired: false,
    validateQuery: validateListModelsQuery,
  },
  {
    operationId: 'retrieveModel',
    method: 'GET',
    path: '/v1/models/{model}',
    routerPath: '/v1/models/:model',
    protocol: 'anthropic',
    bodyRequired: false,
    validateParams: validateRetrieveModelParams,
  },
];
