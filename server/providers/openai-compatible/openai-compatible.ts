import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeChatResponse } from '../../formats/openai/decode-response.js';
import { encodeChatRequest } from '../../formats/openai/encode-request.js';
import { OpenAIStreamDecoder } from '../../formats/openai/stream-decoder.js';
import { OpenAIChunkRelay } from '../../formats/openai/chunk-relay.js';
import { readErrorBody, readJson, type UpstreamClient, type UpstreamResponse } from '../../http/upstream-client.js';
import type { ChannelRecord } from '../../store/types.js';
import type { ChatCallContext, ChatProvider, ChatResult } from '../types.js';
import { relayStream } from '../relay-stream.js';
import { mapUpstreamStatus } from '../upstream-errors.js';
import { applyQuirks, channelAccountError, readQuirks } from './quirks.js';
import { sseJson, upstreamSse } from '../../http/upstream-sse.js';
import { channelTimeouts } from '../../routing/channel-timeouts.js';

const MAX_RESPONSE_BODY = 32 * 1024 * 1024;

/** Any OpenAI Chat Completions upstream (DashScope compatible mode, DeepSeek, GLM, vLLM…). */
export class OpenAICompatibleProvider implements ChatProvider {
  readonly type = 'openai-compatible' as const;

  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  async chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const { channel } = ctx;
    if (!channel.baseUrl) throw new GatewayError('upstream_error', `Channel ${channel.id} has no base URL.`);
    const body = applyQuirks(encodeChatRequest(req, ctx.upstreamModel), req, readQuirks(channel.quirks));
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: req.stream ? 'text/event-stream' : 'application/json' };
    const credential = this.credentialOf(channel);
    if (credential) headers.authorization = `Bearer ${credential}`;
    const res = await this.http.request({
      url: `${channel.baseUrl.replace(/\/+$/, '')}/chat/completions`,
      method: 'POST',
      headers,
      body: JSON.stringify(body),
      signal: ctx.signal,
      timeouts: channelTimeouts(channel),
    });
    if (res.status >= 400) {
      const text = await readErrorBody(res);
      throw channelAccountError(res.status, text) ?? mapUpstreamStatus(res.status, text, res.headers['retry-after']);
    }
    // A Chat Completions caller gets the upstream's answer as it came (same protocol), but for
    // the model name and usage; a caller of another protocol gets it translated.
    const passthrough = ctx.inbound === 'openai:chat-completions';
    if (!req.stream) {
      const body = await readJson(res, MAX_RESPONSE_BODY, ctx.signal);
      const response = decodeChatResponse(body);
      return passthrough ? { kind: 'response', response, passthrough: body as Record<string, unknown> } : { kind: 'response', response };
    }
    return { kind: 'stream', events: passthrough ? relayStream(res, ctx.signal, new OpenAIChunkRelay(req.model), INCOMPLETE) : decodeStream(res, ctx.signal) };
  }
}

const INCOMPLETE = 'The upstream stream ended before the response was complete.';

async function* decodeStream(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const decoder = new OpenAIStreamDecoder();
  reads: for await (const read of upstreamSse(res, signal)) {
    for (const m of read) {
      if (m.data === '[DONE]') break reads;
      for (const ev of decoder.decode(sseJson(m))) yield ev;
    }
  }
  if (!decoder.complete()) throw new GatewayError('upstream_error', INCOMPLETE);
}

