import type { Part } from '../../canonical/parts.js';
import type { StreamEvent } from '../../canonical/events.js';
import type { FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import type { GatewayError } from '../../errors/gateway-error.js';
import { renderError } from '../../errors/render.js';
import {
  completeResponse, encodeResponseUsage, presentItem, presentResponse, reasoningItem, statusOf, type ResponseShell, type ResponseView,
} from './response-object.js';
import type { ItemIds } from './item-ids.js';
import { customInput, type ToolNames } from './tool-names.js';
import type { WireOutputItem, WireResponse } from './wire.js';

type MessageItem = Extract<WireOutputItem, { type: 'message' }>;
type CallItem = Extract<WireOutputItem, { type: 'function_call' }>;
type CustomItem = Extract<WireOutputItem, { type: 'custom_tool_call' }>;

/** Where a canonical part (by index) lives in the output. */
type Open =
  | { kind: 'text'; outputIndex: number; contentIndex: number; item: MessageItem; text: string }
  | { kind: 'call'; outputIndex: number; item: CallItem }
  /** A custom tool: its `{input}` arguments are gathered and sent as the raw input at the end. */
  | { kind: 'custom'; outputIndex: number; item: CustomItem; args: string }
  | { kind: 'reasoning'; outputIndex: number; id: string; part: Part & { kind: 'thinking' | 'redacted_thinking' } };

/**
 * Canonical stream events → the Responses API event stream (`event: <type>` + `data: <JSON>`,
 * every event with its `sequence_number`). It also assembles the final response object, which
 * `response.completed` carries and the store keeps. The only place Responses SSE text is produced.
 */
export class ResponsesStreamEncoder {
  private seq = 0;
  private started = false;
  private readonly output: WireOutputItem[] = [];
  private readonly open = new Map<number, Open>();
  /** The message item text parts currently go to (closed by any other item). */
  private message: { item: MessageItem; outputIndex: number } | undefined;
  private finish: FinishReason | undefined;
  private error: GatewayError | undefined;
  private final: WireResponse | undefined;

  constructor(private readonly shell: ResponseShell, private readonly view: ResponseView, private readonly names: ToolNames, private readonly ids: ItemIds, private readonly requestId: string) {}

  /** `response.created` and `response.in_progress` come first, whatever event the upstream starts with. */
  encode(ev: StreamEvent): string {
    return ev.type === 'keepalive' ? this.event(ev) : this.begin() + this.event(ev);
  }

  private begin(): string {
    if (this.started) return '';
    this.started = true;
    const res = completeResponse(this.shell, [], { status: 'in_progress', incomplete_details: null }, undefined);
    return this.frame({ type: 'response.created', response: res }) + this.frame({ type: 'response.in_progress', response: res });
  }

  private event(ev: StreamEvent): string {
    switch (ev.type) {
      case 'start':
        return '';
      case 'part_start':
        if (ev.choice !== 0) return '';
        return this.startPart(ev.index, ev.kind, ev);
      case 'text_delta': {
        if (ev.choice !== 0 || ev.text.length === 0) return '';
        let out = '';
        let o = this.open.get(ev.index);
        if (o?.kind !== 'text') {
          out += this.startPart(ev.index, 'text', {});
          o = this.open.get(ev.index);
        }
        if (o?.kind !== 'text') return out;
        o.text += ev.text;
        return out + this.frame({ type: 'response.output_text.delta', item_id: o.item.id, output_index: o.outputIndex, content_index: o.contentIndex, delta: ev.text, logprobs: [] });
      }
      case 'thinking_delta': {
        const o = this.open.get(ev.index);
        if (ev.choice !== 0 || o?.kind !== 'reasoning' || o.part.kind !== 'thinking' || ev.text.length === 0) return '';
        o.part.text += ev.text;
        if (!this.view.summary) return '';
        return this.frame({ type: 'response.reasoning_summary_text.delta', item_id: o.id, output_index: o.outputIndex, summary_index: 0, delta: ev.text });
      }
      case 'signature_delta': {
        const o = this.open.get(ev.index);
        if (o?.kind === 'reasoning' && o.part.kind === 'thinking') o.part.signature = (o.part.signature ?? '') + ev.signature;
        return '';
      }
      case 'tool_arguments_delta': {
        const o = this.open.get(ev.index);
        if (o?.kind === 'custom' && ev.choice === 0) {
          o.args += ev.json;
          return '';
        }
        if (ev.choice !== 0 || o?.kind !== 'call' || ev.json.length === 0) return '';
        o.item.arguments += ev.json;
        return this.frame({ type: 'response.function_call_arguments.delta', item_id: o.item.id, output_index: o.outputIndex, delta: ev.json });
      }
      case 'part_end':
        return ev.choice === 0 ? this.endPart(ev.index) : '';
      case 'finish':
        if (ev.choice === 0) this.finish = ev.reason;
        return '';
      case 'error': {
        this.error = ev.error;
        const { body } = renderError(ev.error, 'openai', this.requestId);
        const e = (body as { error: { message: string; code: string | null; param: string | null } }).error;
        return this.frame({ type: 'error', code: e.code, message: e.message, param: e.param });
      }
      case 'keepalive':
        return ': keep-alive\n\n';
      case 'usage':
      case 'passthrough': // Pass-through frames are OpenAI Chat Completions text; the pipeline asks for them only from that protocol's caller.
        return '';
    }
  }

  /** Closes what is open and sends the terminal event with the whole response. */
  end(usage: CanonicalUsage | undefined, costMicro: number | undefined): string {
    let out = this.begin();
    for (const index of [...this.open.keys()]) out += this.endPart(index);
    out += this.closeMessage();
    const state = statusOf(this.finish, this.error !== undefined);
    const error = this.error ? { code: this.error.code, message: this.error.message } : undefined;
    if (state.status === 'incomplete') for (const item of this.output) if (item.type === 'message') item.status = 'incomplete';
    this.final = completeResponse(this.shell, this.output, { ...state, error }, usage ? encodeResponseUsage(usage, costMicro) : undefined);
    const type = state.status === 'failed' ? 'response.failed' : state.status === 'incomplete' ? 'response.incomplete' : 'response.completed';
    return out + this.frame({ type, response: presentResponse(this.final, this.view) });
  }

  /** The response as stored (reasoning items keep `encrypted_content`); set by `end`. */
  response(): WireResponse | undefined {
    return this.final;
  }

  private startPart(index: number, kind: 'text' | 'thinking' | 'tool_call' | 'redacted_thinking', ev: { toolCallId?: string; toolName?: string; data?: string }): string {
    let out = '';
    if (kind === 'text') {
      if (!this.message) {
        const item: MessageItem = { type: 'message', id: this.ids.next('msg'), status: 'in_progress', role: 'assistant', content: [] };
        this.message = { item, outputIndex: this.output.push(item) - 1 };
        out += this.frame({ type: 'response.output_item.added', output_index: this.message.outputIndex, item: { ...item, content: [] } });
      }
      const { item, outputIndex } = this.message;
      const contentIndex = item.content.push({ type: 'output_text', text: '', annotations: [], logprobs: [] }) - 1;
      this.open.set(index, { kind: 'text', outputIndex, contentIndex, item, text: '' });
      return out + this.frame({ type: 'response.content_part.added', item_id: item.id, output_index: outputIndex, content_index: contentIndex, part: { type: 'output_text', text: '', annotations: [], logprobs: [] } });
    }
    out += this.closeMessage();
    if (kind === 'tool_call') {
      const { custom, ...name } = this.names.called(ev.toolName ?? '');
      const callId = ev.toolCallId ?? `call_${this.ids.next('fc')}`;
      if (custom) {
        const item: CustomItem = { type: 'custom_tool_call', id: this.ids.next('ctc'), call_id: callId, ...name, input: '' };
        const outputIndex = this.output.push(item) - 1;
        this.open.set(index, { kind: 'custom', outputIndex, item, args: '' });
        return out + this.frame({ type: 'response.output_item.added', output_index: outputIndex, item: { ...item } });
      }
      const item: CallItem = { type: 'function_call', id: this.ids.next('fc'), call_id: callId, ...name, arguments: '', status: 'in_progress' };
      const outputIndex = this.output.push(item) - 1;
      this.open.set(index, { kind: 'call', outputIndex, item });
      return out + this.frame({ type: 'response.output_item.added', output_index: outputIndex, item: { ...item } });
    }
    const id = this.ids.next('rs');
    const part = kind === 'thinking' ? { kind: 'thinking' as const, text: '' } : { kind: 'redacted_thinking' as const, data: ev.data ?? '' };
    // A placeholder keeps the output order; endPart puts the finished item in its place.
    const outputIndex = this.output.push({ type: 'reasoning', id, summary: [] }) - 1;
    this.open.set(index, { kind: 'reasoning', outputIndex, id, part });
    out += this.frame({ type: 'response.output_item.added', output_index: outputIndex, item: { type: 'reasoning', id, summary: [] } });
    if (this.view.summary && kind === 'thinking') {
      out += this.frame({ type: 'response.reasoning_summary_part.added', item_id: id, output_index: outputIndex, summary_index: 0, part: { type: 'summary_text', text: '' } });
    }
    return out;
  }

  private endPart(index: number): string {
    const o = this.open.get(index);
    if (!o) return '';
    this.open.delete(index);
    switch (o.kind) {
      case 'text': {
        const part = { type: 'output_text' as const, text: o.text, annotations: [], logprobs: [] };
        o.item.content[o.contentIndex] = part;
        return this.frame({ type: 'response.output_text.done', item_id: o.item.id, output_index: o.outputIndex, content_index: o.contentIndex, text: o.text, logprobs: [] })
          + this.frame({ type: 'response.content_part.done', item_id: o.item.id, output_index: o.outputIndex, content_index: o.contentIndex, part });
      }
      case 'custom': {
        o.item.input = customInput(o.args);
        const at = { item_id: o.item.id, output_index: o.outputIndex };
        return (o.item.input ? this.frame({ type: 'response.custom_tool_call_input.delta', ...at, delta: o.item.input }) : '')
          + this.frame({ type: 'response.custom_tool_call_input.done', ...at, input: o.item.input })
          + this.frame({ type: 'response.output_item.done', output_index: o.outputIndex, item: { ...o.item } });
      }
      case 'call':
        o.item.status = 'completed';
        return this.frame({ type: 'response.function_call_arguments.done', item_id: o.item.id, output_index: o.outputIndex, name: o.item.name, arguments: o.item.arguments })
          + this.frame({ type: 'response.output_item.done', output_index: o.outputIndex, item: { ...o.item } });
      case 'reasoning': {
        let out = '';
        const text = o.part.kind === 'thinking' ? o.part.text : '';
        if (this.view.summary && o.part.kind === 'thinking') {
          out += this.frame({ type: 'response.reasoning_summary_text.done', item_id: o.id, output_index: o.outputIndex, summary_index: 0, text })
            + this.frame({ type: 'response.reasoning_summary_part.done', item_id: o.id, output_index: o.outputIndex, summary_index: 0, part: { type: 'summary_text', text } });
        }
        const item = reasoningItem(o.id, o.part, this.view);
        this.output[o.outputIndex] = item;
        return out + this.frame({ type: 'response.output_item.done', output_index: o.outputIndex, item: presentItem(item, this.view) });
      }
    }
  }

  private closeMessage(): string {
    const m = this.message;
    if (!m) return '';
    this.message = undefined;
    let out = '';
    for (const [index, o] of this.open) if (o.kind === 'text') out += this.endPart(index);
    m.item.status = 'completed';
    return out + this.frame({ type: 'response.output_item.done', output_index: m.outputIndex, item: { ...m.item, content: [...m.item.content] } });
  }

  private frame(event: Record<string, unknown> & { type: string }): string {
    return `event: ${event.type}\ndata: ${JSON.stringify({ ...event, sequence_number: this.seq++ })}\n\n`;
  }
}
