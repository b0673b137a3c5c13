import { validateBatchEmbedContentsBody } from '../../../generated/gemini/validators.gen.js';
import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { decodeBatchEmbedRequest, encodeBatchEmbedResponse, type WireBatchEmbedContentsRequest } from '../../formats/gemini/embeddings.js';
import { normalizeEmbedKeys } from '../../formats/gemini/normalize-keys.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { runEmbeddings } from '../../pipeline/embeddings.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { infoHeaders } from '../openai/chat-completions.js';
import { modelOf, normalizedBody } from './request.js';

/**
 * POST /v1beta/models/{model}:batchEmbedContents — what the SDK's `embedContent` calls. The
 * model must support embeddings; `supported_protocols` has no Gemini-specific value for them,
 * so the embeddings capability (`openai:embeddings`) is the one checked.
 */
export function createBatchEmbedContentsHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const body = normalizedBody<WireBatchEmbedContentsRequest>(normalizeEmbedKeys, input.body, validateBatchEmbedContentsBody);
    const model = modelOf(input.params);
    const req = decodeBatchEmbedRequest(body, model);
    const out = await runEmbeddings(svc, principal, req, {
      requestId: ctx.requestId, protocol: 'openai:embeddings', endpoint: '/v1beta/models/{model}:batchEmbedContents', signal: ctx.signal, startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    ctx.observed.model = model;
    ctx.observed.channel = out.info.channelId;
    return { kind: 'json', body: encodeBatchEmbedResponse(out.response), headers: { ...infoHeaders(out.info, ctx), 'x-nexusflow-cost': formatCredits(out.cost) } };
  };
}
