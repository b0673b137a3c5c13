import type { StreamEvent } from '../../canonical/events.js';
import { GatewayError, toGatewayError } from '../../errors/gateway-error.js';
import type { SseMessage } from '../../http/sse-parser.js';
import { sseJson } from '../../http/upstream-sse.js';
import { ModelRename } from '../model-rename.js';
import { anthropicUpstreamError, inputOnly } from './stream-decoder.js';
import { accumulateUsage, decodeStop, decodeUsage } from './usage.js';

type Obj = Record<string | symbol, unknown>;

/** Marks an event whose text must be serialised again (JSON.stringify skips symbol keys). */
const REBUILD = Symbol('rebuild');

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Same-protocol pass-through of an Anthropic upstream's stream to a Messages caller: every event
 * goes out as the upstream wrote it — block types and deltas we do not model (server tool use,
 * web search results, citations) and the upstream's own usage included — instead of being
 * decoded into canonical events and encoded again; only `message_start`'s model becomes the name
 * the caller used. What billing needs is read on the way: the input usage from `message_start`,
 * the cumulative usage of `message_delta`, and the text, for an estimate when no usage comes.
 * One instance per stream.
 */
export class AnthropicEventRelay {
  /** `message_stop` has been read: the upstream ends the stream here. */
  done = false;
  /** A mid-stream error or malformed event: the events before it are passed on first, then this is thrown. */
  failure: GatewayError | undefined;
  private finished = false;
  private id = '';
  private readonly created = Math.floor(Date.now() / 1000);
  private usage: Record<string, unknown> = {};
  /** The upstream's message_delta had no usage: it and message_stop are left to the encoder (with the usage billed). */
  private heldClose = false;
  private readonly rename: ModelRename;

  /** @param estimatedInput the gateway's prompt estimate, for a `message_start` that reports no usage */
  constructor(callerModel: string, private readonly estimatedInput: number) {
    this.rename = new ModelRename(callerModel);
  }

  /** One upstream read's events → a `passthrough` event with their frames, then the usage they reported. */
  read(messages: readonly SseMessage[]): StreamEvent[] {
    let frames = '';
    let output = '';
    let thinking = '';
    let produced = false;
    const usage: StreamEvent[] = [];
    const held: StreamEvent[] = [];
    for (const m of messages) {
      if (this.done) break;
      const event = this.parse(m);
      if (!event) break;
      const type = event.type as string;
      /** The frame's text when an event needs more than the upstream's own (else decided below). */
      let text: string | undefined;
      switch (type) {
        case 'message_start': {
          const message = isObj(event.message) ? event.message : {};
          if (typeof message.id === 'string') this.id = message.id;
          const model = this.rename.callerModel;
          if (isObj(message.usage)) {
            if (event[REBUILD] !== true) text = this.rename.apply(m.data, message.model);
            text ??= JSON.stringify({ ...event, message: { ...message, model } });
            this.usage = { ...message.usage };
            const u = decodeUsage(message.usage);
            if (u) usage.push({ type: 'usage', usage: inputOnly(u), partial: true });
          } else {
            // SDKs read message_start's usage (the message snapshot's): one the upstream left out is our estimate.
            const estimate = { input_tokens: this.estimatedInput, output_tokens: 0, cache_creation_input_tokens: null, cache_read_input_tokens: null };
            text = JSON.stringify({ ...event, message: { ...message, model, usage: estimate } });
          }
          break;
        }
        case 'content_block_start': {
          const b = isObj(event.content_block) ? event.content_block : {};
          if (b.type === 'tool_use' || b.type === 'server_tool_use') {
            if (typeof b.name === 'string') output += b.name;
            if (isObj(b.input) && Object.keys(b.input).length > 0) output += JSON.stringify(b.input);
            produced = true;
          } else if (typeof b.text === 'string' && b.text.length > 0) {
            output += b.text;
            produced = true;
          } else if (typeof b.thinking === 'string' && b.thinking.length > 0) {
            thinking += b.thinking;
            produced = true;
          } else if (b.type === 'redacted_thinking') produced = true;
          break;
        }
        case 'content_block_delta': {
          const d = isObj(event.delta) ? event.delta : {};
          if (typeof d.text === 'string') output += d.text;
          else if (typeof d.partial_json === 'string') output += d.partial_json;
          else if (typeof d.thinking === 'string') thinking += d.thinking;
          produced = true;
          break;
        }
        case 'message_delta': {
          const d = isObj(event.delta) ? event.delta : {};
          if (d.stop_reason !== undefined && d.stop_reason !== null) this.finished = true;
          if (!isObj(event.usage)) {
            // SDKs read message_delta's usage: this delta and message_stop are written by the encoder at the end.
            this.heldClose = true;
            if (this.finished) held.push({ type: 'finish', choice: 0, reason: decodeStop(d.stop_reason, d.stop_sequence) });
            continue;
          }
          const u = accumulateUsage(this.usage, event.usage);
          if (u) usage.push({ type: 'usage', usage: u });
          break;
        }
        case 'message_stop':
          this.finished = true;
          this.done = true;
          if (this.heldClose) continue;
          break;
        default:
          // ping, and event types newer than this gateway: passed on as they are.
          break;
      }
      text ??= event[REBUILD] === true || m.data.includes('\n') || m.data.includes('\r') ? JSON.stringify(event) : m.data;
      frames += `event: ${type}\ndata: ${text}\n\n`;
    }
    const events: StreamEvent[] = [];
    if (frames.length > 0) events.push({ type: 'passthrough', frames, output, thinking, produced, id: this.id, created: this.created });
    return events.concat(usage, held);
  }

  /** True once the upstream ended the message (message_stop, or a stop_reason). */
  complete(): boolean {
    return this.finished;
  }

  /** The event (its `type` filled in from the `event:` name when the JSON lacks it), or undefined with `failure` set. */
  private parse(m: SseMessage): (Obj & { type: string }) | undefined {
    try {
      let event = sseJson(m, 'stream event');
      // Filled in, the type must reach the caller in the JSON too (SDKs read it there): rebuilt.
      if (isObj(event) && !('type' in event) && m.event) event = { ...event, type: m.event, [REBUILD]: true };
      if (!isObj(event) || typeof event.type !== 'string') throw new GatewayError('upstream_error', 'The upstream sent a malformed stream event.');
      if (event.type === 'error') {
        const e = isObj(event.error) ? event.error : {};
        throw anthropicUpstreamError(e.type, e.message);
      }
      return event as Obj & { type: string };
    } catch (err) {
      this.failure = toGatewayError(err);
      return undefined;
    }
  }
}
