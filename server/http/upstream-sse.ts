import { GatewayError } from '../errors/gateway-error.js';
import { SseParser, type SseMessage } from './sse-parser.js';
import { mapNetworkError, type UpstreamResponse } from './upstream-client.js';

/**
 * The server-sent events of an upstream body, for every provider's stream decoder, as the events
 * each read of the body completed (one step per read, not per event: a fast upstream's read holds
 * many). Network failures become gateway errors, and the body is released however the consumer
 * stops.
 */
export async function* upstreamSse(res: UpstreamResponse, signal: AbortSignal): AsyncGenerator<readonly SseMessage[]> {
  const parser = new SseParser();
  try {
    // Not destroyed when the consumer stops early (release() decides): a plain `for await` would
    // destroy the body, which costs an AbortError with its stack and the upstream connection.
    for await (const chunk of res.body.iterator({ destroyOnReturn: false })) {
      const messages = parser.push(chunk as Buffer);
      if (messages.length > 0) yield messages;
    }
    const last = parser.end();
    if (last.length > 0) yield last;
  } catch (err) {
    throw mapNetworkError(err, signal);
  } finally {
    release(res.body, signal);
  }
}

/** How long the rest of a body a consumer stopped reading may take to arrive before it is cut. */
const DRAIN_MS = 1_000;

/**
 * A body the consumer stopped reading: cut at once when the request was aborted (the caller left:
 * stop the upstream), else read to its end and dropped — a stream stops at `[DONE]` just before the
 * upstream ends it — so its connection goes back to the pool; cut if the end does not come soon.
 */
export function release(body: UpstreamResponse['body'], signal: AbortSignal): void {
  if (body.destroyed || body.readableEnded) return;
  if (signal.aborted) {
    body.destroy();
    return;
  }
  const timer = setTimeout(() => body.destroy(), DRAIN_MS);
  timer.unref();
  const done = (): void => clearTimeout(timer);
  body.once('end', done);
  body.once('close', done);
  body.once('error', done);
  body.resume();
}

/** One event's JSON; an event that is not JSON is the upstream's fault. */
export function sseJson(m: SseMessage, what = 'stream chunk'): unknown {
  try {
    return JSON.parse(m.data) as unknown;
  } catch {
    throw new GatewayError('upstream_error', `The upstream sent a ${what} that is not JSON.`, { detail: m.data.slice(0, 500) });
  }
}
