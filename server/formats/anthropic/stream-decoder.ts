import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { accumulateUsage, decodeStop, decodeUsage } from './usage.js';

type Obj = Record<string, unknown>;

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** An Anthropic `error.type` reported by an upstream (mid-stream or as a body) → our error. */
export function anthropicUpstreamError(type: unknown, message: unknown): GatewayError {
  const text = typeof message === 'string' ? message : 'unknown error';
  switch (type) {
    case 'overloaded_error':
      return new GatewayError('upstream_overloaded', `The upstream is overloaded: ${text}`, { retryAfter: 5 });
    case 'rate_limit_error':
      return new GatewayError('upstream_rate_limited', `The upstream is rate limiting requests: ${text}`);
    case 'invalid_request_error':
      return new GatewayError('invalid_request', `The upstream rejected the request: ${text}`);
    case 'timeout_error':
      return new GatewayError('upstream_timeout', 'The upstream timed out.', { detail: text });
    default:
      return new GatewayError('upstream_error', `The upstream reported an error mid-stream: ${text}`, { detail: String(type) });
  }
}

/**
 * Upstream Anthropic stream events (the JSON of each SSE frame) → canonical events. One
 * instance per stream. Input usage from `message_start` goes out at once as a `partial` usage
 * event (so message_start downstream carries the real cache counts); `message_delta`'s
 * cumulative usage, merged over it, is the final one. Block types we do not model
 * (server_tool_use…) are skipped, with their deltas.
 */
export class AnthropicStreamDecoder {
  private started = false;
  private stopped = false;
  private finished = false;
  private nextIndex = 0;
  /** Upstream block index → our part index (only blocks we relay). */
  private readonly blocks = new Map<number, number>();
  private usage: Obj = {};

  decode(event: unknown): StreamEvent[] {
    if (!isObj(event) || typeof event.type !== 'string') throw new GatewayError('upstream_error', 'The upstream sent a malformed stream event.');
    const out: StreamEvent[] = [];
    switch (event.type) {
      case 'message_start': {
        const m = isObj(event.message) ? event.message : {};
        this.start(out, m);
        if (isObj(m.usage)) {
          this.usage = { ...m.usage };
          const u = decodeUsage(m.usage);
          if (u) out.push({ type: 'usage', usage: inputOnly(u), partial: true });
        }
        break;
      }
      case 'content_block_start':
        this.start(out, {});
        this.blockStart(out, event);
        break;
      case 'content_block_delta':
        this.blockDelta(out, event);
        break;
      case 'content_block_stop': {
        const index = typeof event.index === 'number' ? this.blocks.get(event.index) : undefined;
        if (index !== undefined) out.push({ type: 'part_end', choice: 0, index });
        break;
      }
      case 'message_delta': {
        this.start(out, {});
        const d = isObj(event.delta) ? event.delta : {};
        if (!this.finished && d.stop_reason !== undefined && d.stop_reason !== null) {
          this.finished = true;
          out.push({ type: 'finish', choice: 0, reason: decodeStop(d.stop_reason, d.stop_sequence) });
        }
        if (isObj(event.usage)) {
          const u = accumulateUsage(this.usage, event.usage);
          if (u) out.push({ type: 'usage', usage: u });
        }
        break;
      }
      case 'message_stop':
        this.stopped = true;
        if (!this.finished) {
          this.finished = true;
          out.push({ type: 'finish', choice: 0, reason: { type: 'stop' } });
        }
        break;
      case 'ping':
        out.push({ type: 'keepalive' });
        break;
      case 'error': {
        const e = isObj(event.error) ? event.error : {};
        throw anthropicUpstreamError(e.type, e.message);
      }
      default:
        // Unknown event names are allowed by the protocol; nothing to relay.
        break;
    }
    return out;
  }

  /** True once the upstream ended the message (message_stop, or a stop_reason). */
  complete(): boolean {
    return this.stopped || this.finished;
  }

  private start(out: StreamEvent[], m: Obj): void {
    if (this.started) return;
    this.started = true;
    out.push({ type: 'start', id: typeof m.id === 'string' ? m.id : 'msg_upstream', model: typeof m.model === 'string' ? m.model : '', created: Math.floor(Date.now() / 1000) });
  }

  private blockStart(out: StreamEvent[], event: Obj): void {
    const b = isObj(event.content_block) ? event.content_block : {};
    const wire = typeof event.index === 'number' ? event.index : this.blocks.size;
    const index = this.nextIndex;
    switch (b.type) {
      case 'text':
        out.push({ type: 'part_start', choice: 0, index, kind: 'text' });
        if (typeof b.text === 'string' && b.text.length > 0) out.push({ type: 'text_delta', choice: 0, index, text: b.text });
        break;
      case 'thinking':
        out.push({ type: 'part_start', choice: 0, index, kind: 'thinking' });
        if (typeof b.thinking === 'string' && b.thinking.length > 0) out.push({ type: 'thinking_delta', choice: 0, index, text: b.thinking });
        if (typeof b.signature === 'string' && b.signature.length > 0) out.push({ type: 'signature_delta', choice: 0, index, signature: b.signature });
        break;
      case 'redacted_thinking':
        out.push({ type: 'part_start', choice: 0, index, kind: 'redacted_thinking', data: typeof b.data === 'string' ? b.data : '' });
        break;
      case 'tool_use': {
        out.push({ type: 'part_start', choice: 0, index, kind: 'tool_call', toolCallId: typeof b.id === 'string' ? b.id : `toolu_${index}`, toolName: typeof b.name === 'string' ? b.name : '' });
        // Some Anthropic-compatible servers send the whole input in the start block.
        if (isObj(b.input) && Object.keys(b.input).length > 0) out.push({ type: 'tool_arguments_delta', choice: 0, index, json: JSON.stringify(b.input) });
        break;
      }
      default:
        return;
    }
    this.blocks.set(wire, index);
    this.nextIndex++;
  }

  private blockDelta(out: StreamEvent[], event: Obj): void {
    const index = typeof event.index === 'number' ? this.blocks.get(event.index) : undefined;
    const d = isObj(event.delta) ? event.delta : {};
    if (index === undefined) return;
    switch (d.type) {
      case 'text_delta':
        if (typeof d.text === 'string') out.push({ type: 'text_delta', choice: 0, index, text: d.text });
        break;
      case 'input_json_delta':
        if (typeof d.partial_json === 'string' && d.partial_json.length > 0) out.push({ type: 'tool_arguments_delta', choice: 0, index, json: d.partial_json });
        break;
      case 'thinking_delta':
        if (typeof d.thinking === 'string') out.push({ type: 'thinking_delta', choice: 0, index, text: d.thinking });
        break;
      case 'signature_delta':
        if (typeof d.signature === 'string') out.push({ type: 'signature_delta', choice: 0, index, signature: d.signature });
        break;
      default:
        // citations_delta and newer delta types have no canonical event.
        break;
    }
  }
}

/** The input-side buckets of a usage (what `message_start` knows). */
export function inputOnly(u: CanonicalUsage): CanonicalUsage {
  const out: CanonicalUsage = { source: u.source };
  if (u.uncachedInput !== undefined) out.uncachedInput = u.uncachedInput;
  if (u.cacheRead !== undefined) out.cacheRead = u.cacheRead;
  if (u.cacheWrite !== undefined) out.cacheWrite = u.cacheWrite;
  return out;
}
