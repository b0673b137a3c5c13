import type { OpenaiHandlers } from '../../../generated/openai/routes.gen.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import { createChatCompletionHandler } from './chat-completions.js';
import { createEmbeddingHandler } from './embeddings.js';
import { createImageHandler } from './images.js';
import { listModelsHandler, retrieveModelHandler } from './models.js';

/** The OpenAI front door: one handler per operation of spec/openapi/openai.yaml. */
export function openaiHandlers(svc: Services): OpenaiHandlers<RequestContext, HandlerResult> {
  return {
    createChatCompletion: createChatCompletionHandler(svc),
    createEmbedding: createEmbeddingHandler(svc),
    createImage: createImageHandler(svc),
    listModels: listModelsHandler(svc),
    retrieveModel: retrieveModelHandler(svc),
  };
}
