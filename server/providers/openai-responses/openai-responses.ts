import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeResponsesResponse } from '../../formats/openai-responses/decode-response.js';
import { encodeResponsesRequest } from '../../formats/openai-responses/encode-request.js';
import { ResponsesStreamDecoder } from '../../formats/openai-responses/stream-decoder.js';
import { readErrorBody, readJson, type UpstreamClient, type UpstreamResponse } from '../../http/upstream-client.js';
import { sseJson, upstreamSse } from '../../http/upstream-sse.js';
import { channelTimeouts } from '../../routing/channel-timeouts.js';
import type { ChannelRecord } from '../../store/types.js';
import type { ChatCallContext, ChatProvider, ChatResult } from '../types.js';
import { mapUpstreamStatus } from '../upstream-errors.js';

const MAX_RESPONSE_BODY = 32 * 1024 * 1024;

/**
 * An upstream that speaks the OpenAI Responses API (`POST <base_url>/responses`): OpenAI itself,
 * Azure OpenAI's v1 API, or another gateway. Any front door can reach it; conversation state stays
 * in the gateway (`store: false` upstream, reasoning carried as encrypted content).
 */
export class OpenAIResponsesProvider implements ChatProvider {
  readonly type = 'openai-responses' as const;

  constructor(private readonly http: UpstreamClient, private readonly credentialOf: (channel: ChannelRecord) => string | undefined) {}

  async chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const { channel } = ctx;
    if (!channel.baseUrl) throw new GatewayError('upstream_error', `Channel ${channel.id} has no base URL.`);
    const headers: Record<string, string> = { 'content-type': 'application/json', accept: req.stream ? 'text/event-stream' : 'application/json' };
    const credential = this.credentialOf(channel);
    if (credential) headers.authorization = `Bearer ${credential}`;
    const res = await this.http.request({
      url: `${channel.baseUrl.replace(/\/+$/, '')}/responses`,
      method: 'POST',
      headers,
      body: JSON.stringify(encodeResponsesRequest(req, ctx.upstreamModel)),
      signal: ctx.signal,
      timeouts: channelTimeouts(channel),
    });
    if (res.status >= 400) throw mapUpstreamStatus(res.status, await readErrorBody(res), res.headers['retry-after']);
    if (!req.stream) return { kind: 'response', response: decodeResponsesResponse(await readJson(res, MAX_RESPONSE_BODY, ctx.signal)) };
    return { kind: 'stream', events: decodeStream(res, ctx.signal) };
  }
}

async function* decodeStream(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<StreamEvent> {
  const decoder = new ResponsesStreamDecoder();
  for await (const read of upstreamSse(res, signal)) for (const m of read) for (const ev of decoder.decode(sseJson(m))) yield ev;
  if (!decoder.complete()) throw new GatewayError('upstream_error', 'The upstream stream ended before the response was complete.');
}
