import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeMessageResponse } from '../../formats/anthropic/decode-response.js';
import { encodeMessagesRequest } from '../../formats/anthropic/encode-request.js';
import { AnthropicStreamDecoder } from '../../formats/anthropic/stream-decoder.js';
import { AnthropicEventRelay } from '../../formats/anthropic/event-relay.js';
import { readErrorBody, readJson, type UpstreamClient, type UpstreamResponse } from '../../http/upstream-client.js';
import type { ChannelRecord } from '../../store/types.js';
import type { ChatCallContext, ChatProvider, ChatResult } from '../types.js';
import { relayStream } from '../relay-stream.js';
import { mapUpstreamStatus, retryAfterSeconds, upstreamMessage } from '../upstream-errors.js';
import { anthropicChannelOptions, messagesUrl, type AnthropicChannelOptions } from './channel-options.js';
import { sseJson, upstreamSse } from '../../http/upstream-sse.js';

const MAX_RESPONSE_BODY = 32 * 1024 * 1024;

/**
 * Any Anthropic Messages upstream: Anthropic's API, or DashScope's Anthropic-compatible mode.
 * Requests that came in as Anthropic keep every field and block we do not model (extensions and
 * opaque parts) and the caller's `anthropic-beta`, so nothing is lost on an Anthropic → Anthropic hop.
 */
export class AnthropicProvider implements ChatProvider {
  readonly type = 'anthropic' as const;

  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  async chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const { channel } = ctx;
    const options = anthropicChannelOptions(channel.options);
    // The cap billing held for, when the caller (an OpenAI or Gemini one) set none: Anthropic requires max_tokens.
    const defaultMaxTokens = ctx.maxOutputTokens ?? options.defaultMaxTokens;
    const body = encodeMessagesRequest(req, ctx.upstreamModel, { defaultMaxTokens, samplingAllowed: options.version < '2026-10-21' });
    const res = await this.http.request({
      url: messagesUrl(channel.baseUrl),
      method: 'POST',
      headers: this.headers(req, channel, options),
      body: JSON.stringify(body),
      signal: ctx.signal,
      timeouts: options.timeouts,
    });
    if (res.status >= 400) {
      const text = await readErrorBody(res);
      throw mapAnthropicStatus(res.status, text, res.headers['retry-after']);
    }
    // A Messages caller gets the upstream's answer as it came (same protocol), but for the model
    // name; a caller of another protocol gets it translated.
    const passthrough = ctx.inbound === 'anthropic:messages';
    if (!req.stream) {
      const body = await readJson(res, MAX_RESPONSE_BODY, ctx.signal);
      const response = decodeMessageResponse(body);
      return passthrough ? { kind: 'response', response, passthrough: body as Record<string, unknown> } : { kind: 'response', response };
    }
    return { kind: 'stream', events: passthrough ? relayStream(res, ctx.signal, new AnthropicEventRelay(req.model, ctx.estimatedInputTokens ?? 0), INCOMPLETE) : decodeStream(res, ctx.signal) };
  }

  private headers(req: CanonicalChatRequest, channel: ChannelRecord, options: AnthropicChannelOptions): Record<string, string> {
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      accept: req.stream ? 'text/event-stream' : 'application/json',
      'anthropic-version': options.version,
    };
    const credential = this.credentialOf(channel);
    if (credential) {
      if (options.auth === 'bearer') headers.authorization = `Bearer ${credential}`;
      else headers['x-api-key'] = credential;
    }
    // Coding agents depend on their betas reaching the upstream (landscape.md #12).
    const betas = [options.beta, req.forwardHeaders?.protocol === 'anthropic' ? req.forwardHeaders.headers['anthropic-beta'] : undefined]
      .flatMap((b) => (b ? b.split(',') : []))
      .map((b) => b.trim())
      .filter((b, i, all) => b.length > 0 && all.indexOf(b) === i);
    if (betas.length > 0) headers['anthropic-beta'] = betas.join(',');
    return headers;
  }
}

/**
 * Anthropic's 529 `overloaded_error` is a temporary capacity problem on the upstream: it
 * becomes `upstream_overloaded` (503, `overloaded_error` to Anthropic callers, retryable), not
 * a 502. Everything else follows the shared upstream status rules.
 */
export function mapAnthropicStatus(status: number, body: string, retryAfter: string | string[] | undefined): GatewayError {
  if (status === 529) {
    const ra = retryAfterSeconds(retryAfter);
    return new GatewayError('upstream_overloaded', `The upstream is overloaded: ${upstreamMessage(body)}`, { retryAfter: ra ?? 5, detail: `upstream 529: ${body.slice(0, 1000)}` });
  }
  return mapUpstreamStatus(status, body, retryAfter);
}

const INCOMPLETE = 'The upstream stream ended before the message was complete.';

async function* decodeStream(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const decoder = new AnthropicStreamDecoder();
  for await (const read of upstreamSse(res, signal)) {
    for (const m of read) {
      let event = sseJson(m, 'stream event');
      // The JSON `type` is authoritative; the `event:` name fills in for servers that omit it.
      if (typeof event === 'object' && event !== null && !('type' in event) && m.event) event = { ...event, type: m.event };
      for (const ev of decoder.decode(event)) yield ev;
    }
  }
  if (!decoder.complete()) throw new GatewayError('upstream_error', INCOMPLETE);
}
