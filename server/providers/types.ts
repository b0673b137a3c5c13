import type { StreamEvent } from '../canonical/events.js';
import type { CanonicalChatRequest } from '../canonical/request.js';
import type { CanonicalChatResponse } from '../canonical/response.js';
import type { ChannelRecord, ProviderType } from '../store/types.js';

export interface ChatCallContext {
  channel: ChannelRecord;
  /** Model id to send upstream. */
  upstreamModel: string;
  /** Aborted when the client goes away or a deadline passes. */
  signal: AbortSignal;
  /** The output cap billing held for; protocols that require one (Anthropic `max_tokens`) use it when the caller gave none. */
  maxOutputTokens?: number;
}

export type ChatResult =
  | { kind: 'response'; response: CanonicalChatResponse }
  | { kind: 'stream'; events: AsyncIterable<StreamEvent> };

/**
 * A provider adapter: canonical request → upstream wire request, upstream reply → canonical
 * response or events. Errors are thrown as GatewayError (upstream_error, upstream_timeout…).
 * A streaming request (`req.stream`) yields `kind: 'stream'`, otherwise `kind: 'response'`.
 */
export interface ChatProvider {
  readonly type: ProviderType;
  chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult>;
}
