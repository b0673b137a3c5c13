import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { decodeEmbeddingRequest, encodeEmbeddingResponse, type WireEmbeddingRequest } from '../../formats/openai/embeddings.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { runEmbeddings } from '../../pipeline/embeddings.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { infoHeaders } from './chat-completions.js';

/** POST /v1/embeddings. */
export function createEmbeddingHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const body = input.body as WireEmbeddingRequest;
    const req = decodeEmbeddingRequest(body);
    const out = await runEmbeddings(svc, principal, req, {
      requestId: ctx.requestId, protocol: 'openai:embeddings', endpoint: '/v1/embeddings', signal: ctx.signal, startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    ctx.observed.model = out.info.model.id;
    ctx.observed.channel = out.info.channelId;
    return {
      kind: 'json',
      body: encodeEmbeddingResponse(out.response, req.model, body.encoding_format ?? 'float', out.inputTokens),
      headers: { ...infoHeaders(out.info, ctx), 'x-nexusflow-cost': formatCredits(out.cost) },
    };
  };
}
