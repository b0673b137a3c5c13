import type { StreamEvent } from '../../canonical/events.js';
import type { FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { renderError } from '../../errors/render.js';
import { messageId } from './encode-response.js';
import { encodeStop, encodeUsage } from './usage.js';
import type { WireContentBlock, WireDelta, WireStreamEvent } from './wire.js';

type BlockKind = 'text' | 'thinking' | 'tool_call' | 'redacted_thinking';

/**
 * Canonical stream events → Anthropic Messages SSE (protocols.md §3.4). This is the only place
 * Anthropic SSE text is produced. Rules the SDKs depend on:
 * - every frame has an `event:` line equal to its JSON `type` (frames without one are dropped);
 * - `message_start.message.usage` is a full object, cache fields included;
 * - block `index` is the position in `content[]`: 0, 1, 2… whatever the upstream numbering;
 * - `message_delta` carries `stop_reason` and the cumulative usage (`output_tokens` always),
 *   then `message_stop` always ends a successful stream;
 * - a failure mid-stream is one `event: error` frame, and nothing after it.
 * Anthropic has one choice per message: events of other choices are not encoded.
 */
export class AnthropicStreamEncoder {
  private pendingStart: { id: string; model: string } | undefined;
  private startSent = false;
  private nextIndex = 0;
  /** Canonical part index → wire block index, for blocks started so far. */
  private readonly blocks = new Map<number, { wire: number; kind: BlockKind; open: boolean }>();
  private finish: FinishReason | undefined;
  private errored = false;
  /** The upstream's events were passed through: they carry their own start, and their end unless `closeRelayed`. */
  private relayed = false;
  private closeRelayed = false;

  /**
   * @param model the model id the caller asked for
   * @param estimatedInput the gateway's prompt estimate, used in `message_start` when the
   *   upstream reports usage only at the end (OpenAI-compatible); `message_delta` corrects it.
   */
  constructor(private readonly model: string, private readonly requestId: string, private readonly estimatedInput: number) {}

  encode(ev: StreamEvent): string {
    if (this.errored) return '';
    let out = '';
    // message_start waits one event: an upstream that knows its input usage up front
    // (Anthropic's own message_start) sends it right after `start`.
    if (this.pendingStart && ev.type !== 'usage') out += this.messageStart(undefined);
    switch (ev.type) {
      case 'start':
        if (!this.startSent) this.pendingStart = { id: ev.id, model: ev.model };
        return out;
      case 'usage':
        if (this.pendingStart) out += this.messageStart(ev.usage);
        return out;
      case 'keepalive':
        return out + frame({ type: 'ping' });
      case 'passthrough':
        // The upstream's own events (event-relay.ts), normally its message_delta and message_stop too.
        this.relayed = true;
        return out + ev.frames;
      case 'finish':
        // Relayed, a finish comes only for a message_delta the relay held back (it had no usage):
        // end() writes the closing frames with the usage billed.
        if (!this.relayed) break;
        this.finish = ev.reason;
        this.closeRelayed = true;
        return out;
      case 'error': {
        this.errored = true;
        const { body } = renderError(ev.error, 'anthropic', this.requestId);
        return out + `event: error\ndata: ${JSON.stringify(body)}\n\n`;
      }
      default:
        break;
    }
    if (ev.choice !== 0) return out;
    out += this.ensureStarted();
    switch (ev.type) {
      case 'part_start':
        // A text block opens with its first text (delta() starts it): a text part that stays
        // empty is no block at all, as in the non-streamed message (content-blocks.ts drops
        // empty text). Starting it here gave streaming callers a `text: ''` block the same
        // answer without streaming does not have (found by test/properties).
        if (ev.kind === 'text') return out;
        return out + this.startBlock(ev.index, ev.kind, ev);
      case 'text_delta':
        if (ev.text.length === 0) return out;
        return out + this.delta(ev.index, 'text', { type: 'text_delta', text: ev.text });
      case 'thinking_delta':
        if (ev.text.length === 0) return out;
        return out + this.delta(ev.index, 'thinking', { type: 'thinking_delta', thinking: ev.text });
      case 'signature_delta':
        return out + this.delta(ev.index, 'thinking', { type: 'signature_delta', signature: ev.signature });
      case 'tool_arguments_delta': {
        const b = this.blocks.get(ev.index);
        // Tool arguments always travel as input_json_delta (landscape.md #4), never as a bare `input: {}`.
        if (!b || ev.json.length === 0) return out;
        return out + frame({ type: 'content_block_delta', index: b.wire, delta: { type: 'input_json_delta', partial_json: ev.json } });
      }
      case 'part_end': {
        const b = this.blocks.get(ev.index);
        if (!b?.open) return out;
        b.open = false;
        return out + frame({ type: 'content_block_stop', index: b.wire });
      }
      case 'finish':
        this.finish = ev.reason;
        return out;
    }
  }

  /** Closes open blocks, then `message_delta` with the settled usage and `message_stop`. */
  end(usage: CanonicalUsage | undefined): string {
    if (this.errored) return '';
    if (this.relayed) return this.closeRelayed ? this.close(usage) : '';
    let out = this.ensureStarted();
    for (const b of this.blocks.values()) {
      if (!b.open) continue;
      b.open = false;
      out += frame({ type: 'content_block_stop', index: b.wire });
    }
    return out + this.close(usage);
  }

  private close(usage: CanonicalUsage | undefined): string {
    return frame({ type: 'message_delta', delta: encodeStop(this.finish), usage: encodeUsage(usage) }) + frame({ type: 'message_stop' });
  }

  private ensureStarted(): string {
    if (this.startSent) return '';
    return this.messageStart(undefined);
  }

  private messageStart(usage: CanonicalUsage | undefined): string {
    const start = this.pendingStart ?? { id: this.requestId, model: this.model };
    this.pendingStart = undefined;
    this.startSent = true;
    const u = encodeUsage(usage ?? { uncachedInput: this.estimatedInput, source: 'estimated' });
    // Before any output the count is 0 whatever the upstream said about reasoning.
    u.output_tokens = usage?.output ?? 0;
    delete u.output_tokens_details;
    const message = { id: messageId(start.id), type: 'message' as const, role: 'assistant' as const, model: this.model, content: [], stop_reason: null, stop_sequence: null, usage: u };
    return frame({ type: 'message_start', message }) + frame({ type: 'ping' });
  }

  private startBlock(index: number, kind: BlockKind, ev: { toolCallId?: string; toolName?: string; data?: string }): string {
    let out = '';
    const previous = this.blocks.get(index);
    if (previous?.open) {
      previous.open = false;
      out += frame({ type: 'content_block_stop', index: previous.wire });
    }
    const wire = this.nextIndex++;
    this.blocks.set(index, { wire, kind, open: true });
    let block: WireContentBlock;
    switch (kind) {
      case 'text':
        block = { type: 'text', text: '' };
        break;
      case 'thinking':
        block = { type: 'thinking', thinking: '', signature: '' };
        break;
      case 'tool_call':
        block = { type: 'tool_use', id: ev.toolCallId ?? `toolu_${this.requestId}_${wire}`, name: ev.toolName ?? '', input: {} };
        break;
      case 'redacted_thinking':
        // Arrives complete in its start (protocols.md §3.4).
        block = { type: 'redacted_thinking', data: ev.data ?? '' };
        break;
    }
    return out + frame({ type: 'content_block_start', index: wire, content_block: block });
  }

  /** A delta for a part; a part that was never started gets a start of its own kind first. */
  private delta(index: number, kind: 'text' | 'thinking', delta: WireDelta): string {
    let out = '';
    let b = this.blocks.get(index);
    if (!b) {
      out += this.startBlock(index, kind, {});
      b = this.blocks.get(index)!;
    }
    return out + frame({ type: 'content_block_delta', index: b.wire, delta });
  }
}

/** One SSE frame whose `event:` line is the JSON `type`. */
function frame(ev: WireStreamEvent): string {
  return `event: ${ev.type}\ndata: ${JSON.stringify(ev)}\n\n`;
}
