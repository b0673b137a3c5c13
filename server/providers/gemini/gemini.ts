import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeGenerateContentResponse } from '../../formats/gemini/decode-response.js';
import { encodeGenerateContentRequest } from '../../formats/gemini/encode-request.js';
import { GeminiStreamDecoder } from '../../formats/gemini/stream-decoder.js';
import { readErrorBody, readJson, type UpstreamClient, type UpstreamResponse } from '../../http/upstream-client.js';
import type { ChannelRecord } from '../../store/types.js';
import type { ChatCallContext, ChatProvider, ChatResult } from '../types.js';
import { mapUpstreamStatus } from '../upstream-errors.js';
import { sseJson, upstreamSse } from '../../http/upstream-sse.js';
import { channelTimeouts } from '../../routing/channel-timeouts.js';

const MAX_RESPONSE_BODY = 32 * 1024 * 1024;
/** Google's Gemini API; a channel's base URL includes the API version. */
export const DEFAULT_GEMINI_BASE_URL = 'https://generativelanguage.googleapis.com/v1beta';

/**
 * Google's Gemini API wire format (and gateways that speak it): `x-goog-api-key`,
 * `POST {base}/models/{model}:generateContent`, or `:streamGenerateContent?alt=sse` for streams.
 */
export class GeminiProvider implements ChatProvider {
  readonly type = 'gemini' as const;

  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  async chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const { channel } = ctx;
    const base = (channel.baseUrl ?? DEFAULT_GEMINI_BASE_URL).replace(/\/+$/, '');
    // The upstream model may be configured as `models/<id>` (Gemini's resource name) or bare.
    const model = ctx.upstreamModel.replace(/^models\//, '');
    const url = req.stream ? `${base}/models/${model}:streamGenerateContent?alt=sse` : `${base}/models/${model}:generateContent`;
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: req.stream ? 'text/event-stream' : 'application/json' };
    const credential = this.credentialOf(channel);
    if (credential) headers['x-goog-api-key'] = credential;
    const res = await this.http.request({
      url,
      method: 'POST',
      headers,
      body: JSON.stringify(encodeGenerateContentRequest(req)),
      signal: ctx.signal,
      timeouts: channelTimeouts(channel),
    });
    if (res.status >= 400) {
      const text = await readErrorBody(res);
      throw mapGeminiStatus(res.status, text, res.headers['retry-after']);
    }
    if (!req.stream) return { kind: 'response', response: decodeGenerateContentResponse(await readJson(res, MAX_RESPONSE_BODY, ctx.signal)) };
    return { kind: 'stream', events: decodeStream(res, ctx.signal) };
  }
}

/**
 * Gemini answers a bad key with 400 INVALID_ARGUMENT / API_KEY_INVALID (protocols.md §4.5):
 * that is the channel's credential, not the caller's request, so it is not passed on as a 400.
 */
export function mapGeminiStatus(status: number, body: string, retryAfter: string | string[] | undefined): GatewayError {
  if (status === 400 && body.includes('API_KEY_INVALID')) {
    return new GatewayError('upstream_error', 'The upstream refused the gateway\'s credentials for this channel.', { detail: `upstream ${status}: ${body.slice(0, 1000)}`, channelFault: 'credential' });
  }
  return mapUpstreamStatus(status, body, retryAfter);
}

async function* decodeStream(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const decoder = new GeminiStreamDecoder();
  for await (const read of upstreamSse(res, signal)) {
    for (const m of read) {
      if (m.data.trim() === '') continue;
      for (const ev of decoder.decode(sseJson(m))) yield ev;
    }
  }
  // Gemini streams just end (no [DONE]); a stream that ends before a finish reason was cut.
  if (!decoder.complete()) throw new GatewayError('upstream_error', 'The upstream stream ended before the response was complete.');
  yield* decoder.end();
}

