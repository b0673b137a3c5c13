import { GatewayError } from '../errors/gateway-error.js';
import { SseParser, type SseMessage } from './sse-parser.js';
import { mapNetworkError, type UpstreamResponse } from './upstream-client.js';

/**
 * The server-sent events of an upstream body, for every provider's stream decoder: network
 * failures become gateway errors, and the body is released however the consumer stops.
 */
export async function* upstreamSse(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<SseMessage> {
  const parser = new SseParser();
  try {
    for await (const chunk of res.body) yield* parser.push(chunk as Buffer);
    yield* parser.end();
  } catch (err) {
    throw mapNetworkError(err, signal);
  } finally {
    if (!res.body.destroyed) res.body.destroy();
  }
}

/** One event's JSON; an event that is not JSON is the upstream's fault. */
export function sseJson(m: SseMessage, what = 'stream chunk'): unknown {
  try {
    return JSON.parse(m.data) as unknown;
  } catch {
    throw new GatewayError('upstream_error', `The upstream sent a ${what} that is not JSON.`, { detail: m.data.slice(0, 500) });
  }
}
