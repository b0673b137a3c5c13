import type { StreamEvent } from '../canonical/events.js';
import { GatewayError } from '../errors/gateway-error.js';
import type { SseMessage } from '../http/sse-parser.js';
import type { UpstreamResponse } from '../http/upstream-client.js';
import { upstreamSse } from '../http/upstream-sse.js';

/** A same-protocol relay of one upstream stream (formats/openai/chunk-relay.ts, formats/anthropic/event-relay.ts). */
export interface StreamRelay {
  /** One upstream read's events → the events to pass on. */
  read(messages: readonly SseMessage[]): StreamEvent[];
  /** An error or malformed event was read: thrown once the events before it are passed on. */
  readonly failure: GatewayError | undefined;
  /** The upstream's last event was read. */
  readonly done: boolean;
  /** Whether the answer was complete (every choice finished). */
  complete(): boolean;
}

/**
 * A pass-through stream: each upstream read relayed as one step, the relay's failure thrown after
 * what came before it, and a stream that ends unfinished an upstream error (`incomplete`).
 */
export async function* relayStream(res: UpstreamResponse, signal: AbortSignal, relay: StreamRelay, incomplete: string): AsyncGenerator<StreamEvent> {
  for await (const read of upstreamSse(res, signal)) {
    for (const ev of relay.read(read)) yield ev;
    if (relay.failure) throw relay.failure;
    if (relay.done) break;
  }
  if (!relay.complete()) throw new GatewayError('upstream_error', incomplete);
}
