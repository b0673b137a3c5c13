/**
 * Reading our own SSE back the way a client does: frames through the gateway's SSE parser,
 * then each protocol's deltas folded into the message a non-streaming call would have
 * returned. Used by stream-equals-response.test.ts.
 */
import type { SseMessage } from '../../server/http/sse-parser.js';
import { SseParser } from '../../server/http/sse-parser.js';

export function sseFrames(text: string): SseMessage[] {
  const parser = new SseParser();
  return parser.push(text);
}

type Obj = Record<string, unknown>;

export interface OpenAIFolded {
  id: string;
  model: string;
  created: number;
  choices: Map<number, { content: string; reasoning: string; toolCalls: Array<{ id: string; name: string; arguments: string }>; finish: unknown }>;
  usage: unknown;
  done: boolean;
}

/** `chat.completion.chunk`s → per choice: content, reasoning_content, tool calls, finish. */
export function foldOpenAI(text: string): OpenAIFolded {
  const out: OpenAIFolded = { id: '', model: '', created: 0, choices: new Map(), usage: undefined, done: false };
  for (const f of sseFrames(text)) {
    if (out.done) throw new Error('a frame after [DONE]');
    if (f.data === '[DONE]') {
      out.done = true;
      continue;
    }
    if (f.event !== undefined) throw new Error(`an event: line in OpenAI framing: ${f.event}`);
    const chunk = JSON.parse(f.data) as { id: string; model: string; created: number; choices: Array<{ index: number; delta: Obj; finish_reason: unknown }>; usage?: unknown };
    out.id = chunk.id;
    out.model = chunk.model;
    out.created = chunk.created;
    if (chunk.usage) out.usage = chunk.usage;
    for (const c of chunk.choices) {
      let st = out.choices.get(c.index);
      if (!st) {
        st = { content: '', reasoning: '', toolCalls: [], finish: null };
        out.choices.set(c.index, st);
      }
      const d = c.delta;
      if (typeof d.content === 'string') st.content += d.content;
      if (typeof d.reasoning_content === 'string') st.reasoning += d.reasoning_content;
      for (const t of (d.tool_calls ?? []) as Array<{ index: number; id?: string; function?: { name?: string; arguments?: string } }>) {
        const call = (st.toolCalls[t.index] ??= { id: '', name: '', arguments: '' });
        if (t.id) call.id = t.id;
        if (t.function?.name) call.name = t.function.name;
        if (t.function?.arguments) call.arguments += t.function.arguments;
      }
      if (c.finish_reason !== null) st.finish = c.finish_reason;
    }
  }
  return out;
}

export interface AnthropicFolded {
  message: Obj;
  content: Obj[];
  stopReason: unknown;
  stopSequence: unknown;
  usage: unknown;
  stopped: boolean;
}

/** Anthropic stream events → the message (content blocks, stop reason, final usage). */
export function foldAnthropic(text: string): AnthropicFolded {
  const out: AnthropicFolded = { message: {}, content: [], stopReason: undefined, stopSequence: undefined, usage: undefined, stopped: false };
  const partial = new Map<number, string>();
  for (const f of sseFrames(text)) {
    const ev = JSON.parse(f.data) as Obj & { type: string };
    if (f.event !== ev.type) throw new Error(`event: ${String(f.event)} but JSON type ${ev.type}`);
    if (out.stopped) throw new Error('a frame after message_stop');
    switch (ev.type) {
      case 'message_start':
        out.message = ev.message as Obj;
        break;
      case 'content_block_start':
        out.content[ev.index as number] = { ...(ev.content_block as Obj) };
        break;
      case 'content_block_delta': {
        const i = ev.index as number;
        const b = out.content[i]!;
        const d = ev.delta as Obj;
        if (d.type === 'text_delta') b.text = String(b.text) + String(d.text);
        else if (d.type === 'thinking_delta') b.thinking = String(b.thinking) + String(d.thinking);
        else if (d.type === 'signature_delta') b.signature = String(b.signature ?? '') + String(d.signature);
        else if (d.type === 'input_json_delta') partial.set(i, (partial.get(i) ?? '') + String(d.partial_json));
        break;
      }
      case 'content_block_stop': {
        const i = ev.index as number;
        const b = out.content[i]!;
        // The SDKs parse the concatenated partial_json into `input` when the block stops.
        if (b.type === 'tool_use' && partial.has(i)) b.input = JSON.parse(partial.get(i)!);
        break;
      }
      case 'message_delta': {
        const d = ev.delta as Obj;
        out.stopReason = d.stop_reason;
        out.stopSequence = d.stop_sequence;
        out.usage = ev.usage;
        break;
      }
      case 'message_stop':
        out.stopped = true;
        break;
      default:
        break;
    }
  }
  return out;
}

export interface GeminiCandidateView {
  thought: string;
  text: string;
  calls: Array<{ id?: string; name: string; args: unknown }>;
  signatures: string[];
  finishReason: unknown;
}

/** Gemini chunks → per candidate index: its parts in order (clients keep them as sent). */
export function geminiChunks(text: string): Array<{ candidates?: Array<{ index: number; content: { parts: Obj[] }; finishReason?: unknown }>; usageMetadata?: unknown; responseId?: unknown; modelVersion?: unknown }> {
  return sseFrames(text).map((f) => {
    if (f.event !== undefined) throw new Error('an event: line in Gemini framing');
    if (f.data === '[DONE]') throw new Error('[DONE] in a Gemini stream');
    return JSON.parse(f.data) as ReturnType<typeof geminiChunks>[number];
  });
}

/** What a caller reads from a candidate's parts, whichever way they were cut. */
export function geminiView(parts: readonly Obj[], finishReason: unknown): GeminiCandidateView {
  const v: GeminiCandidateView = { thought: '', text: '', calls: [], signatures: [], finishReason };
  for (const p of parts) {
    if (typeof p.thoughtSignature === 'string') v.signatures.push(p.thoughtSignature);
    if (typeof p.text === 'string') {
      if (p.thought === true) v.thought += p.text;
      else v.text += p.text;
    }
    if (p.functionCall) {
      const c = p.functionCall as { id?: string; name: string; args: unknown };
      v.calls.push({ ...(c.id !== undefined ? { id: c.id } : {}), name: c.name, args: c.args });
    }
  }
  return v;
}
