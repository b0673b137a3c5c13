import { validateGenerateContentBody, validateStreamGenerateContentBody } from '../../../generated/gemini/validators.gen.js';
import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { decodeGenerateContentRequest } from '../../formats/gemini/decode-request.js';
import { encodeGenerateContentResponse, type GeminiEncodeOptions } from '../../formats/gemini/encode-response.js';
import { normalizeRequestKeys } from '../../formats/gemini/normalize-keys.js';
import { GeminiStreamEncoder } from '../../formats/gemini/stream-encoder.js';
import type { WireGenerateContentRequest } from '../../formats/gemini/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { runChat } from '../../pipeline/chat.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { infoHeaders } from '../openai/chat-completions.js';
import { modelOf, normalizedBody } from './request.js';
import { sseFrames } from '../../http/sse-frames.js';

/**
 * POST /v1beta/models/{model}:generateContent and :streamGenerateContent — Gemini wire →
 * canonical → pipeline → Gemini wire. Streaming is decided by the operation, not the body.
 */
export function createGenerateContentHandler(svc: Services, stream: boolean) {
  const endpoint = stream ? '/v1beta/models/{model}:streamGenerateContent' : '/v1beta/models/{model}:generateContent';
  const validate = stream ? validateStreamGenerateContentBody : validateGenerateContentBody;
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const body = normalizedBody<WireGenerateContentRequest>(normalizeRequestKeys, input.body, validate);
    const model = modelOf(input.params);
    const req = decodeGenerateContentRequest(body, model, stream);
    const outcome = await runChat(svc, principal, req, {
      requestId: ctx.requestId,
      protocol: 'gemini:generate-content',
      endpoint,
      signal: ctx.signal,
      startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    ctx.observed.model = outcome.info.model.id;
    ctx.observed.channel = outcome.info.channelId;
    const opts: GeminiEncodeOptions = { model, includeThoughts: req.reasoning?.includeThoughts === true };
    if (outcome.kind === 'response') {
      // The billed usage: the upstream's, or our estimate (marked so in the usage record) when it sent none.
      const encoded = encodeGenerateContentResponse({ ...outcome.response, usage: outcome.usage }, opts);
      return { kind: 'json', body: encoded, headers: { ...infoHeaders(outcome.info, ctx), 'x-nexusflow-cost': formatCredits(outcome.cost) } };
    }
    const encoder = new GeminiStreamEncoder(opts, ctx.requestId);
    const { events, final } = outcome;
    const frames = sseFrames(events, (ev) => encoder.encode(ev), () => encoder.end(final()?.usage));
    return {
      kind: 'sse',
      frames,
      headers: infoHeaders(outcome.info, ctx),
      trailers: { names: ['x-nexusflow-cost'], values: () => ({ 'x-nexusflow-cost': formatCredits(final()?.cost ?? 0) }) },
    };
  };
}
