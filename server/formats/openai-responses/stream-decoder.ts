import type { StreamEvent } from '../../canonical/events.js';
import type { Part } from '../../canonical/parts.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeResponsesUsage, finishOf, itemParts } from './decode-response.js';

interface Ev {
  type?: unknown;
  response?: { id?: unknown; model?: unknown; created_at?: unknown; status?: unknown; usage?: unknown; incomplete_details?: { reason?: unknown } | null; error?: { message?: unknown } | null };
  item?: { type?: unknown; id?: unknown; call_id?: unknown; name?: unknown; arguments?: unknown; encrypted_content?: unknown; summary?: unknown };
  item_id?: unknown;
  content_index?: unknown;
  delta?: unknown;
  message?: unknown;
}

/**
 * Upstream Responses API events → canonical events. Parts are numbered in the order they open:
 * a text part per output_text content part, a thinking part per reasoning item, a tool call per
 * function_call item. One instance per stream.
 */
export class ResponsesStreamDecoder {
  private started = false;
  private done = false;
  private next = 0;
  /** `item_id` (and `:content_index` for text) → part index. */
  private readonly parts = new Map<string, number>();
  private readonly produced: Part[] = [];
  private readonly argsSeen = new Set<string>();

  decode(raw: unknown): StreamEvent[] {
    if (typeof raw !== 'object' || raw === null) throw new GatewayError('upstream_error', 'The upstream sent a malformed stream event.');
    const ev = raw as Ev;
    const out: StreamEvent[] = [];
    if (!this.started && ev.type !== 'error') {
      this.started = true;
      const r = ev.response ?? {};
      out.push({ type: 'start', id: typeof r.id === 'string' ? r.id : 'resp_upstream', model: typeof r.model === 'string' ? r.model : '', created: typeof r.created_at === 'number' ? r.created_at : Math.floor(Date.now() / 1000) });
    }
    const itemId = String(ev.item_id ?? ev.item?.id ?? '');
    switch (ev.type) {
      case 'response.output_item.added':
        if (ev.item?.type === 'function_call') {
          out.push({ type: 'part_start', choice: 0, index: this.open(itemId), kind: 'tool_call', toolCallId: String(ev.item.call_id ?? itemId), toolName: String(ev.item.name ?? '') });
        } else if (ev.item?.type === 'reasoning') {
          out.push({ type: 'part_start', choice: 0, index: this.open(itemId), kind: 'thinking' });
        }
        break;
      case 'response.content_part.added':
        out.push({ type: 'part_start', choice: 0, index: this.open(`${itemId}:${String(ev.content_index ?? 0)}`), kind: 'text' });
        break;
      case 'response.output_text.delta':
      case 'response.refusal.delta': {
        const index = this.parts.get(`${itemId}:${String(ev.content_index ?? 0)}`);
        if (index !== undefined && typeof ev.delta === 'string' && ev.delta !== '') out.push({ type: 'text_delta', choice: 0, index, text: ev.delta });
        break;
      }
      case 'response.content_part.done': {
        const index = this.parts.get(`${itemId}:${String(ev.content_index ?? 0)}`);
        if (index !== undefined) out.push({ type: 'part_end', choice: 0, index });
        break;
      }
      case 'response.reasoning_summary_text.delta':
      case 'response.reasoning_text.delta': {
        const index = this.parts.get(itemId);
        if (index !== undefined && typeof ev.delta === 'string' && ev.delta !== '') out.push({ type: 'thinking_delta', choice: 0, index, text: ev.delta });
        break;
      }
      case 'response.function_call_arguments.delta': {
        const index = this.parts.get(itemId);
        if (index !== undefined && typeof ev.delta === 'string' && ev.delta !== '') {
          this.argsSeen.add(itemId);
          out.push({ type: 'tool_arguments_delta', choice: 0, index, json: ev.delta });
        }
        break;
      }
      case 'response.output_item.done': {
        const index = this.parts.get(itemId);
        const item = ev.item ?? {};
        this.produced.push(...itemParts(item as Parameters<typeof itemParts>[0]));
        if (index === undefined) break;
        if (item.type === 'function_call' && !this.argsSeen.has(itemId) && typeof item.arguments === 'string' && item.arguments !== '') {
          out.push({ type: 'tool_arguments_delta', choice: 0, index, json: item.arguments });
        }
        if (item.type === 'reasoning' && typeof item.encrypted_content === 'string') out.push({ type: 'signature_delta', choice: 0, index, signature: item.encrypted_content });
        out.push({ type: 'part_end', choice: 0, index });
        break;
      }
      case 'response.completed':
      case 'response.incomplete': {
        this.done = true;
        const r = ev.response ?? {};
        out.push({ type: 'finish', choice: 0, reason: finishOf(r.status, r.incomplete_details?.reason, this.produced) });
        const usage = decodeResponsesUsage(r.usage);
        if (usage) out.push({ type: 'usage', usage });
        break;
      }
      case 'response.failed':
        throw new GatewayError('upstream_error', `The upstream response failed: ${String(ev.response?.error?.message ?? 'unknown error')}`);
      case 'error':
        throw new GatewayError('upstream_error', `The upstream reported an error mid-stream: ${String(ev.message ?? 'unknown error')}`);
      default:
        break;
    }
    return out;
  }

  /** Whether the terminal event (completed or incomplete) arrived. */
  complete(): boolean {
    return this.done;
  }

  private open(key: string): number {
    const index = this.next++;
    this.parts.set(key, index);
    return index;
  }
}
