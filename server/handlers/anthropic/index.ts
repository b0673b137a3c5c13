import type { AnthropicHandlers } from '../../../generated/anthropic/routes.gen.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import { countTokensHandler } from './count-tokens.js';
import { createMessageHandler } from './messages.js';
import { listModelsHandler, retrieveModelHandler } from './models.js';

/** The Anthropic front door: one handler per operation of spec/openapi/anthropic.yaml. */
export function anthropicHandlers(svc: Services): AnthropicHandlers<RequestContext, HandlerResult> {
  return {
    createMessage: createMessageHandler(svc),
    countTokens: countTokensHandler(svc),
    listModels: listModelsHandler(svc),
    retrieveModel: retrieveModelHandler(svc),
  };
}
