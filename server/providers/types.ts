import type { StreamEvent } from '../canonical/events.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
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
  /**
   * The caller's protocol. A provider whose upstream speaks it may pass the upstream's answer
   * through instead of re-encoding it (`passthrough` below, `passthrough` stream events).
   */
  inbound?: SupportedProtocol;
  /** The gateway's estimate of the prompt's tokens, for a pass-through whose upstream reports no input usage. */
  estimatedInputTokens?: number;
}

export type ChatResult =
  /** `passthrough`: the upstream's body, in the caller's protocol (`inbound`), to answer with. */
  | { kind: 'response'; response: CanonicalChatResponse; passthrough?: Record<string, unknown> }
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
