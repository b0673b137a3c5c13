// Generated from spec/openapi/responses.yaml by spec/codegen — do not edit.
import type { CreateResponseRequest, DeletedResponse, InputItemList, Response, ResponseStreamEvent, operations } from './types.gen.js';
import { validateCreateResponseBody, validateDeleteResponseParams, validateListResponseInputItemsParams, validateListResponseInputItemsQuery, validateRetrieveResponseParams, validateRetrieveResponseQuery } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow — OpenAI Responses API operation. */
export interface ResponsesOperations {
  createResponse: {
    body: CreateResponseRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: Response;
    /** One server-sent event's JSON (event framing). */
    event: ResponseStreamEvent;
  };
  retrieveResponse: {
    body: undefined;
    params: operations['retrieveResponse']['parameters']['path'];
    query: NonNullable<operations['retrieveResponse']['parameters']['query']>;
    response: Response;
  };
  deleteResponse: {
    body: undefined;
    params: operations['deleteResponse']['parameters']['path'];
    query: Record<string, never>;
    response: DeletedResponse;
  };
  listResponseInputItems: {
    body: undefined;
    params: operations['listResponseInputItems']['parameters']['path'];
    query: NonNullable<operations['listResponseInputItems']['parameters']['query']>;
    response: InputItemList;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type ResponsesHandlers<Ctx, Result> = {
  [K in keyof ResponsesOperations]:
    | ((input: OperationInput<ResponsesOperations[K]['body'], ResponsesOperations[K]['params'], ResponsesOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const responsesRoutes: readonly RouteDef<keyof ResponsesOperations & string>[] = [
  {
    operationId: 'createResponse',
    method: 'POST',
    path: '/v1/responses',
    routerPath: '/v1/responses',
    protocol: 'openai',
    bodyRequired: true,
    validateBody: validateCreateResponseBody,
    sse: { framing: 'event', done: null },
  },
  {
    operationId: 'retrieveResponse',
    method: 'GET',
    path: '/v1/responses/{response_id}',
    routerPath: '/v1/responses/:response_id',
    protocol: 'openai',
    bodyRequired: false,
    validateQuery: validateRetrieveResponseQuery,
    validateParams: validateRetrieveResponseParams,
  },
  {
    operationId: 'deleteResponse',
    method: 'DELETE',
    path: '/v1/responses/{response_id}',
    routerPath: '/v1/responses/:response_id',
    protocol: 'openai',
    bodyRequired: false,
    validateParams: validateDeleteResponseParams,
  },
  {
    operationId: 'listResponseInputItems',
    method: 'GET',
    path: '/v1/responses/{response_id}/input_items',
    routerPath: '/v1/responses/:response_id/input_items',
    protocol: 'openai',
    bodyRequired: false,
    validateQuery: validateListResponseInputItemsQuery,
    validateParams: validateListResponseInputItemsParams,
  },
];
