import type { GeminiHandlers } from '../../../generated/gemini/routes.gen.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import { createCountTokensHandler } from './count-tokens.js';
import { createBatchEmbedContentsHandler, createEmbedContentHandler } from './embed-contents.js';
import { createGenerateContentHandler } from './generate-content.js';
import { getGeminiModelHandler, listGeminiModelsHandler } from './models.js';

/** The Gemini front door: one handler per operation of spec/openapi/gemini.yaml. */
export function geminiHandlers(svc: Services): GeminiHandlers<RequestContext, HandlerResult> {
  return {
    generateContent: createGenerateContentHandler(svc, false),
    streamGenerateContent: createGenerateContentHandler(svc, true),
    countTokens: createCountTokensHandler(svc),
    batchEmbedContents: createBatchEmbedContentsHandler(svc),
    embedContent: createEmbedContentHandler(svc),
    listModels: listGeminiModelsHandler(svc),
    getModel: getGeminiModelHandler(svc),
  };
}
