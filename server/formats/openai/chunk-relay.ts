import type { StreamEvent } from '../../canonical/events.js';
import { GatewayError, toGatewayError } from '../../errors/gateway-error.js';
import { sseJson } from '../../http/upstream-sse.js';
import type { SseMessage } from '../../http/sse-parser.js';
import { ModelRename } from '../model-rename.js';
import { decodeUsage } from './usage.js';

interface WireChunkView {
  id?: unknown;
  created?: unknown;
  model?: unknown;
  choices?: unknown;
  usage?: unknown;
  error?: { message?: unknown };
}

interface ChoiceView {
  index?: unknown;
  delta?: { content?: unknown; reasoning_content?: unknown; tool_calls?: unknown };
  finish_reason?: unknown;
}

/**
 * Same-protocol pass-through of an OpenAI-compatible upstream's stream to an OpenAI Chat
 * Completions caller: each `chat.completion.chunk` goes out as the upstream wrote it — fields we
 * do not model (logprobs, provider extras) included — instead of being decoded into canonical
 * events and encoded again. Two things are still rewritten: `model` becomes the name the caller
 * used, and usage is held back (the caller gets the usage we billed, with its cost, in the
 * closing chunk, and only when it asked). What billing needs is read on the way: the text, for an
 * estimate when the upstream sends no usage, and the usage itself. One instance per stream.
 */
export class OpenAIChunkRelay {
  /** The upstream stream's `[DONE]` has been read. */
  done = false;
  /** A mid-stream error or malformed chunk: the chunks before it are passed on first, then this is thrown. */
  failure: GatewayError | undefined;
  private id = '';
  private created = 0;
  private readonly choices = new Map<number, boolean>();
  private readonly rename: ModelRename;

  constructor(private readonly callerModel: string) {
    this.rename = new ModelRename(callerModel);
  }

  /** One upstream read's events → a `passthrough` event with their frames, and the usage if one came. */
  read(messages: readonly SseMessage[]): StreamEvent[] {
    let frames = '';
    let output = '';
    let thinking = '';
    let produced = false;
    let usage: StreamEvent | undefined;
    for (const m of messages) {
      if (m.data === '[DONE]') {
        this.done = true;
        break;
      }
      const chunk = this.parse(m);
      if (!chunk) break;
      if (this.id === '') {
        this.id = typeof chunk.id === 'string' ? chunk.id : 'chatcmpl-upstream';
        this.created = typeof chunk.created === 'number' ? chunk.created : Math.floor(Date.now() / 1000);
      }
      const choices = Array.isArray(chunk.choices) ? (chunk.choices as unknown[]) : [];
      for (const raw of choices) {
        const ch = (raw ?? {}) as ChoiceView;
        const index = typeof ch.index === 'number' ? ch.index : 0;
        if (!this.choices.has(index)) this.choices.set(index, false);
        const d = ch.delta;
        if (d) {
          if (typeof d.content === 'string' && d.content.length > 0) {
            output += d.content;
            produced = true;
          }
          if (typeof d.reasoning_content === 'string' && d.reasoning_content.length > 0) {
            thinking += d.reasoning_content;
            produced = true;
          }
          if (Array.isArray(d.tool_calls)) {
            for (const call of d.tool_calls as Array<{ function?: { name?: unknown; arguments?: unknown } } | null>) {
              const fn = call?.function;
              if (typeof fn?.name === 'string') output += fn.name;
              if (typeof fn?.arguments === 'string') output += fn.arguments;
              produced = true;
            }
          }
        }
        if (ch.finish_reason != null) this.choices.set(index, true);
      }
      const u = chunk.usage != null ? decodeUsage(chunk.usage) : undefined;
      if (u) usage = { type: 'usage', usage: u };
      if (chunk.usage != null && choices.length === 0) continue; // the usage chunk: ours goes out at the end
      frames += `data: ${this.text(m.data, chunk)}\n\n`;
    }
    const events: StreamEvent[] = [];
    if (frames.length > 0) events.push({ type: 'passthrough', frames, output, thinking, produced, id: this.id, created: this.created });
    if (usage) events.push(usage);
    return events;
  }

  /** The chunk, or undefined with `failure` set when it is not one or reports an error. */
  private parse(m: SseMessage): WireChunkView | undefined {
    try {
      const parsed = sseJson(m);
      if (typeof parsed !== 'object' || parsed === null) throw new GatewayError('upstream_error', 'The upstream sent a malformed stream chunk.');
      const chunk = parsed as WireChunkView;
      if (chunk.error) throw new GatewayError('upstream_error', `The upstream reported an error mid-stream: ${String(chunk.error.message ?? 'unknown error')}`);
      return chunk;
    } catch (err) {
      this.failure = toGatewayError(err);
      return undefined;
    }
  }

  /** True when every choice seen has finished. */
  complete(): boolean {
    if (this.choices.size === 0) return false;
    for (const finished of this.choices.values()) if (!finished) return false;
    return true;
  }

  /**
   * The chunk's text for the caller: the upstream's own, with `"model":"<upstream name>"` replaced
   * in place. Rebuilt from the parsed chunk only when that cannot be done: a chunk that carries
   * usage (held back), spans lines (would break the SSE framing), or spells the field otherwise.
   */
  private text(data: string, chunk: WireChunkView): string {
    return (chunk.usage == null ? this.rename.apply(data, chunk.model) : undefined) ?? this.rebuilt(chunk);
  }

  private rebuilt(chunk: WireChunkView): string {
    const { usage: _usage, ...rest } = chunk;
    return JSON.stringify({ ...rest, model: this.callerModel });
  }
}
