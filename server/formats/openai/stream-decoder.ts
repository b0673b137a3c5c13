import type { StreamEvent } from '../../canonical/events.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeFinish, decodeUsage } from './usage.js';

interface ChoiceState {
  nextIndex: number;
  open?: { kind: 'text' | 'thinking' | 'tool_call'; index: number; toolKey?: number };
  /** Upstream tool_calls[].index → our part index. */
  tools: Map<number, number>;
  finished: boolean;
}

/**
 * Upstream OpenAI `chat.completion.chunk` objects → canonical events. One instance per stream.
 * Tolerates upstreams that omit role, ids or usage; never invents usage.
 */
export class OpenAIStreamDecoder {
  private started = false;
  private readonly choices = new Map<number, ChoiceState>();

  decode(chunk: unknown): StreamEvent[] {
    if (typeof chunk !== 'object' || chunk === null) throw new GatewayError('upstream_error', 'The upstream sent a malformed stream chunk.');
    const c = chunk as { id?: unknown; model?: unknown; created?: unknown; choices?: unknown; usage?: unknown; error?: { message?: unknown } };
    if (c.error) throw new GatewayError('upstream_error', `The upstream reported an error mid-stream: ${String(c.error.message ?? 'unknown error')}`);
    const out: StreamEvent[] = [];
    if (!this.started) {
      this.started = true;
      out.push({ type: 'start', id: typeof c.id === 'string' ? c.id : 'chatcmpl-upstream', model: typeof c.model === 'string' ? c.model : '', created: typeof c.created === 'number' ? c.created : Math.floor(Date.now() / 1000) });
    }
    if (Array.isArray(c.choices)) {
      for (const raw of c.choices) {
        const ch = (raw ?? {}) as { index?: unknown; delta?: Record<string, unknown>; finish_reason?: unknown };
        const choice = typeof ch.index === 'number' ? ch.index : 0;
        const st = this.state(choice);
        const d = ch.delta ?? {};
        if (typeof d.reasoning_content === 'string' && d.reasoning_content.length > 0) {
          this.ensure(out, choice, st, 'thinking');
          out.push({ type: 'thinking_delta', choice, index: st.open!.index, text: d.reasoning_content });
        }
        if (typeof d.content === 'string' && d.content.length > 0) {
          this.ensure(out, choice, st, 'text');
          out.push({ type: 'text_delta', choice, index: st.open!.index, text: d.content });
        }
        if (Array.isArray(d.tool_calls)) {
          for (const rawCall of d.tool_calls) {
            const call = (rawCall ?? {}) as { index?: unknown; id?: unknown; function?: { name?: unknown; arguments?: unknown } };
            const key = typeof call.index === 'number' ? call.index : 0;
            let index = st.tools.get(key);
            if (index === undefined) {
              this.close(out, choice, st);
              index = st.nextIndex++;
              st.tools.set(key, index);
              st.open = { kind: 'tool_call', index, toolKey: key };
              out.push({ type: 'part_start', choice, index, kind: 'tool_call', toolCallId: typeof call.id === 'string' && call.id ? call.id : `call_${choice}_${key}`, toolName: typeof call.function?.name === 'string' ? call.function.name : '' });
            }
            const args = call.function?.arguments;
            if (typeof args === 'string' && args.length > 0) out.push({ type: 'tool_arguments_delta', choice, index, json: args });
          }
        }
        if (ch.finish_reason != null && !st.finished) {
          this.close(out, choice, st);
          st.finished = true;
          out.push({ type: 'finish', choice, reason: decodeFinish(ch.finish_reason) });
        }
      }
    }
    const usage = decodeUsage(c.usage);
    if (usage) out.push({ type: 'usage', usage });
    return out;
  }

  /** True when every choice seen has finished. */
  complete(): boolean {
    if (this.choices.size === 0) return false;
    for (const st of this.choices.values()) if (!st.finished) return false;
    return true;
  }

  private state(choice: number): ChoiceState {
    let st = this.choices.get(choice);
    if (!st) {
      st = { nextIndex: 0, tools: new Map(), finished: false };
      this.choices.set(choice, st);
    }
    return st;
  }

  private ensure(out: StreamEvent[], choice: number, st: ChoiceState, kind: 'text' | 'thinking'): void {
    if (st.open?.kind === kind) return;
    this.close(out, choice, st);
    const index = st.nextIndex++;
    st.open = { kind, index };
    out.push({ type: 'part_start', choice, index, kind });
  }

  private close(out: StreamEvent[], choice: number, st: ChoiceState): void {
    if (!st.open) return;
    out.push({ type: 'part_end', choice, index: st.open.index });
    st.open = undefined;
  }
}
