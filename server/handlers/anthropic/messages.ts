import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { estimatePromptTokens } from '../../billing/prompt-tokens.js';
import { decodeMessagesRequest } from '../../formats/anthropic/decode-request.js';
import { encodeMessageResponse } from '../../formats/anthropic/encode-response.js';
import { AnthropicStreamEncoder } from '../../formats/anthropic/stream-encoder.js';
import { encodeUsage } from '../../formats/anthropic/usage.js';
import type { WireMessagesRequest } from '../../formats/anthropic/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { withKeepalive } from '../../http/keepalive.js';
import { runChat } from '../../pipeline/chat.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { infoHeaders } from '../openai/chat-completions.js';
import { sseFrames } from '../../http/sse-frames.js';

/** A `ping` after this much upstream silence (Anthropic's own streams ping often; proxies drop idle streams). */
const PING_INTERVAL_MS = 10_000;

/** A header's single value (the first when repeated). */
export function headerValue(headers: RequestContext['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/**
 * POST /v1/messages: Anthropic wire → canonical → pipeline → Anthropic wire. `?beta=true`
 * (SDK 0.x) needs nothing; `anthropic-beta` rides along to Anthropic upstreams.
 */
export function createMessageHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const beta = headerValue(ctx.headers, 'anthropic-beta');
    const req = decodeMessagesRequest(input.body as WireMessagesRequest, beta ? { beta } : {});
    const outcome = await runChat(svc, principal, req, {
      requestId: ctx.requestId,
      protocol: 'anthropic:messages',
      endpoint: '/v1/messages',
      signal: ctx.signal,
      startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    const model = req.model;
    ctx.observed.model = outcome.info.model.id;
    ctx.observed.channel = outcome.info.channelId;
    if (outcome.kind === 'response') {
      // The settled usage: upstream-reported, or the estimate billing charged (never absent).
      const body = outcome.passthrough
        ? { ...outcome.passthrough, model, usage: { ...(outcome.passthrough.usage as Record<string, unknown> | undefined), ...encodeUsage(outcome.usage) } }
        : encodeMessageResponse(outcome.response, model, outcome.usage);
      return { kind: 'json', body, headers: { ...infoHeaders(outcome.info, ctx), 'x-nexusflow-cost': formatCredits(outcome.cost) } };
    }
    const encoder = new AnthropicStreamEncoder(model, ctx.requestId, estimatePromptTokens(req));
    const { events, final } = outcome;
    const frames = sseFrames(withKeepalive(events, PING_INTERVAL_MS, { type: 'keepalive' } as const), (ev) => encoder.encode(ev), () => encoder.end(final()?.usage));
    return {
      kind: 'sse',
      frames,
      headers: infoHeaders(outcome.info, ctx),
      trailers: { names: ['x-nexusflow-cost'], values: () => ({ 'x-nexusflow-cost': formatCredits(final()?.cost ?? 0) }) },
    };
  };
}
