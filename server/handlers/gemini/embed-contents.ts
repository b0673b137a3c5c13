import { validateBatchEmbedContentsBody, validateEmbedContentBody } from '../../../generated/gemini/validators.gen.js';
import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import type { CanonicalEmbeddingRequest } from '../../canonical/embeddings.js';
import {
  decodeBatchEmbedRequest, decodeEmbedContentRequest, encodeBatchEmbedResponse, encodeEmbedContentResponse,
  type WireBatchEmbedContentsRequest, type WireEmbedContentRequest,
} from '../../formats/gemini/embeddings.js';
import { normalizeEmbedKeys, normalizeEmbedOneKeys } from '../../formats/gemini/normalize-keys.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { runEmbeddings } from '../../pipeline/embeddings.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { infoHeaders } from '../openai/chat-completions.js';
import { modelOf, normalizedBody } from './request.js';

/**
 * POST /v1beta/models/{model}:batchEmbedContents — what the @google/genai SDK's `embedContent`
 * calls — and POST /v1beta/models/{model}:embedContent (one content; the Vercel AI SDK's
 * `embed()`, LangChain). Served by models whose `supported_protocols` include `gemini:embed-content`.
 */
export function createBatchEmbedContentsHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const body = normalizedBody<WireBatchEmbedContentsRequest>(normalizeEmbedKeys, input.body, validateBatchEmbedContentsBody);
    const model = modelOf(input.params);
    return embed(svc, ctx, model, decodeBatchEmbedRequest(body, model), '/v1beta/models/{model}:batchEmbedContents', (out) => encodeBatchEmbedResponse(out));
  };
}

export function createEmbedContentHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const body = normalizedBody<WireEmbedContentRequest>(normalizeEmbedOneKeys, input.body, validateEmbedContentBody);
    const model = modelOf(input.params);
    return embed(svc, ctx, model, decodeEmbedContentRequest(body, model), '/v1beta/models/{model}:embedContent', (out) => encodeEmbedContentResponse(out));
  };
}

async function embed(
  svc: Services, ctx: RequestContext, model: string, req: CanonicalEmbeddingRequest, endpoint: string,
  encode: (res: Awaited<ReturnType<typeof runEmbeddings>>['response']) => unknown,
): Promise<HandlerResult> {
  const principal = principalOf(ctx);
  const out = await runEmbeddings(svc, principal, req, {
    requestId: ctx.requestId, protocol: 'gemini:embed-content', endpoint, signal: ctx.signal, startedAt: ctx.startedAt,
    pinnedChannel: pinnedChannelOf(ctx.headers),
    observed: ctx.observed,
  });
  ctx.observed.model = out.info.model.id;
  ctx.observed.channel = out.info.channelId;
  return { kind: 'json', body: encode(out.response), headers: { ...infoHeaders(out.info, ctx), 'x-nexusflow-cost': formatCredits(out.cost) } };
}
