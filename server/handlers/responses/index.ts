import type { ResponsesHandlers } from '../../../generated/responses/routes.gen.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import { createResponseHandler } from './create-response.js';
import { deleteResponseHandler, listInputItemsHandler, retrieveResponseHandler } from './stored-responses.js';

/** The Responses API front door: one handler per operation of spec/openapi/responses.yaml. */
export function responsesHandlers(svc: Services): ResponsesHandlers<RequestContext, HandlerResult> {
  return {
    createResponse: createResponseHandler(svc),
    retrieveResponse: retrieveResponseHandler(svc),
    deleteResponse: deleteResponseHandler(svc),
    listResponseInputItems: listInputItemsHandler(svc),
  };
}
