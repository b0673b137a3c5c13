import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { decodeChatRequest } from '../../formats/openai/decode-request.js';
import { encodeChatResponse } from '../../formats/openai/encode-response.js';
import { OpenAIStreamEncoder } from '../../formats/openai/stream-encoder.js';
import { encodeUsage } from '../../formats/openai/usage.js';
import type { WireChatRequest } from '../../formats/openai/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { runChat, type ChatInfo } from '../../pipeline/chat.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { sseFrames } from '../../http/sse-frames.js';

/** POST /v1/chat/completions: OpenAI wire → canonical → pipeline → OpenAI wire. */
export function createChatCompletionHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const req = decodeChatRequest(input.body as WireChatRequest);
    const outcome = await runChat(svc, principal, req, {
      requestId: ctx.requestId,
      protocol: 'openai:chat-completions',
      endpoint: '/v1/chat/completions',
      signal: ctx.signal,
      startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    const model = req.model;
    ctx.observed.model = outcome.info.model.id;
    ctx.observed.channel = outcome.info.channelId;
    if (outcome.kind === 'response') {
      // The usage we billed (upstream's, or our estimate when it sent none) is the usage we report.
      const body = outcome.passthrough
        ? { ...outcome.passthrough, model, usage: { ...(outcome.passthrough.usage as Record<string, unknown> | undefined), ...encodeUsage(outcome.usage, outcome.cost) } }
        : encodeChatResponse({ ...outcome.response, usage: outcome.usage }, model, outcome.cost);
      return { kind: 'json', body, headers: { ...infoHeaders(outcome.info, ctx), 'x-nexusflow-cost': formatCredits(outcome.cost) } };
    }
    const encoder = new OpenAIStreamEncoder(model, req.streamUsage === true, ctx.requestId);
    const { events, final } = outcome;
    const frames = sseFrames(events, (ev) => encoder.encode(ev), () => {
      const settled = final();
      return encoder.end(settled?.usage, settled?.cost);
    });
    return {
      kind: 'sse',
      frames,
      headers: infoHeaders(outcome.info, ctx),
      trailers: { names: ['x-nexusflow-cost'], values: () => ({ 'x-nexusflow-cost': formatCredits(final()?.cost ?? 0) }) },
    };
  };
}

/** Which provider and channel served the request, and the gateway's own time so far. */
export function infoHeaders(info: ChatInfo, ctx: RequestContext): Record<string, string> {
  const elapsed = Number(process.hrtime.bigint() - ctx.startedAt) / 1e6;
  const overhead = info.upstreamMs === undefined ? info.preUpstreamMs : Math.max(0, elapsed - info.upstreamMs);
  const headers: Record<string, string> = {
    'x-nexusflow-provider': info.provider,
    'x-nexusflow-channel': info.channelId,
    'x-nexusflow-overhead-ms': overhead.toFixed(3),
  };
  // Retries and fallbacks are visible to the caller (the body keeps the requested model's name).
  if (info.attempts !== undefined && info.attempts > 1) headers['x-nexusflow-attempts'] = String(info.attempts);
  // Which catalog model answered when it is not the name in the body (a fallback, or an alias).
  if (info.fallbackFrom !== undefined || info.requestedAs !== undefined) headers['x-nexusflow-model'] = info.model.id;
  return headers;
}
