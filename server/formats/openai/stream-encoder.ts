import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { renderError } from '../../errors/render.js';
import type { WireChunk } from './wire.js';
import { encodeFinish, encodeUsage } from './usage.js';

type Delta = WireChunk['choices'][number]['delta'];

/**
 * Canonical stream events → OpenAI `chat.completion.chunk` SSE frames (protocols.md §2.3).
 * This is the only place OpenAI SSE text is produced.
 */
export class OpenAIStreamEncoder {
  private id = '';
  private created = Math.floor(Date.now() / 1000);
  private readonly roleSent = new Set<number>();
  /** (choice, part index) → tool_calls[].index within that choice. */
  private readonly toolIndex = new Map<string, number>();
  private readonly toolCount = new Map<number, number>();

  constructor(private readonly model: string, private readonly includeUsage: boolean, private readonly requestId: string) {}

  encode(ev: StreamEvent): string {
    switch (ev.type) {
      case 'start':
        this.id = ev.id;
        this.created = ev.created;
        this.prefix = undefined;
        return this.frame(0, { content: '' });
      case 'text_delta':
        return ev.text.length > 0 ? this.frame(ev.choice, { content: ev.text }) : '';
      case 'thinking_delta':
        return ev.text.length > 0 ? this.frame(ev.choice, { reasoning_content: ev.text }) : '';
      case 'part_start': {
        if (ev.kind !== 'tool_call') return this.roleSent.has(ev.choice) ? '' : this.frame(ev.choice, { content: '' });
        const k = this.toolCount.get(ev.choice) ?? 0;
        this.toolCount.set(ev.choice, k + 1);
        this.toolIndex.set(`${ev.choice}:${ev.index}`, k);
        return this.frame(ev.choice, {
          content: null,
          tool_calls: [{ index: k, id: ev.toolCallId ?? `call_${this.id}_${k}`, type: 'function', function: { name: ev.toolName ?? '', arguments: '' } }],
        });
      }
      case 'tool_arguments_delta': {
        const k = this.toolIndex.get(`${ev.choice}:${ev.index}`) ?? 0;
        return ev.json.length > 0 ? this.frame(ev.choice, { tool_calls: [{ index: k, function: { arguments: ev.json } }] }) : '';
      }
      case 'finish':
        return this.frame(ev.choice, {}, encodeFinish(ev.reason));
      case 'error': {
        const { body } = renderError(ev.error, 'openai', this.requestId);
        return `data: ${JSON.stringify(body)}\n\n`;
      }
      case 'keepalive':
        return ': keep-alive\n\n';
      case 'passthrough':
        // The upstream's own chunks (chunk-relay.ts); the closing usage chunk takes their id.
        if (this.id === '') {
          this.id = ev.id;
          this.created = ev.created;
        }
        return ev.frames;
      case 'signature_delta':
      case 'part_end':
      case 'usage':
        return '';
    }
  }

  /** The usage chunk (only when asked for) and the terminator. */
  end(usage: CanonicalUsage | undefined, costMicro?: number): string {
    let out = '';
    if (this.includeUsage && usage) {
      const chunk: WireChunk = { ...this.head(), choices: [], usage: encodeUsage(usage, costMicro) };
      out += `data: ${JSON.stringify(chunk)}\n\n`;
    }
    return `${out}data: [DONE]\n\n`;
  }

  private head(): Omit<WireChunk, 'choices'> {
    return { id: this.id, object: 'chat.completion.chunk', created: this.created, model: this.model, system_fingerprint: null };
  }

  /**
   * A chunk's frame, written as the text JSON.stringify would give for
   * `{ ...head(), choices: [{ index, delta, logprobs: null, finish_reason }], usage?: null }` (same
   * keys, same order) without building that object: the part before the choice is the same for
   * every chunk of a stream and is made once (this is every token of every OpenAI stream).
   */
  private frame(choice: number, delta: Delta, finish: WireChunk['choices'][number]['finish_reason'] = null): string {
    if (!this.roleSent.has(choice)) {
      this.roleSent.add(choice);
      delta = { role: 'assistant', ...delta };
    }
    if (this.prefix === undefined) {
      const h = this.head();
      this.prefix = `data: {"id":${JSON.stringify(h.id)},"object":"chat.completion.chunk","created":${JSON.stringify(h.created)},"model":${JSON.stringify(h.model)},"system_fingerprint":null,"choices":[{"index":`;
    }
    const deltaJson = delta.content !== undefined && delta.content !== null && Object.keys(delta).length === 1 ? `{"content":${JSON.stringify(delta.content)}}` : JSON.stringify(delta);
    return `${this.prefix}${choice},"delta":${deltaJson},"logprobs":null,"finish_reason":${finish === null ? 'null' : JSON.stringify(finish)}}]${this.includeUsage ? ',"usage":null' : ''}}\n\n`;
  }

  /** The frame text before the choice index (head() as JSON); reset when `start` sets id and created. */
  private prefix: string | undefined;
}
