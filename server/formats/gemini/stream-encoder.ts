import type { StreamEvent } from '../../canonical/events.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { renderError } from '../../errors/render.js';
import type { GeminiEncodeOptions } from './encode-response.js';
import { parseObject } from './parts.js';
import { encodeFinishReason, encodeUsageMetadata } from './usage.js';
import type { WireCandidate, WireGenerateContentResponse, WirePart } from './wire.js';

/**
 * One Gemini SSE event: a single `data:` line and a blank line, no `event:` line, no `[DONE]`,
 * and the blank line after the last event too — @google/genai drops frames with an `event:`
 * line, fails on several `data:` lines, on `[DONE]` and on a last event without its blank
 * line (protocols.md §1.5, §4.4). This is the only place Gemini SSE text is produced.
 */
export function geminiSseFrame(chunk: unknown): string {
  return `data: ${JSON.stringify(chunk)}\n\n`;
}

interface OpenToolCall {
  id: string;
  name: string;
  args: string;
}

/**
 * Canonical stream events → streamGenerateContent chunks. Each chunk is a complete
 * GenerateContentResponse holding only the new piece; `finishReason` and `usageMetadata` come
 * on the final chunk. Gemini has no partial function-call arguments, so a call's argument
 * fragments are gathered and sent as one `functionCall` part when the call's part ends.
 */
export class GeminiStreamEncoder {
  private id = '';
  private readonly tools = new Map<string, OpenToolCall>();
  /** A thought signature waiting for the next part of its choice (see parts.ts). */
  private readonly signatures = new Map<number, string>();
  private readonly finishes = new Map<number, string>();
  private failed = false;

  constructor(private readonly opts: GeminiEncodeOptions, private readonly requestId: string) {}

  /** Wire text for one event (SSE). */
  encode(ev: StreamEvent): string {
    if (ev.type === 'keepalive') return ': keep-alive\n\n';
    if (ev.type === 'error') {
      this.failed = true;
      // A mid-stream error is a data chunk of Gemini's error body; the SDK throws ApiError on it.
      return geminiSseFrame(renderError(ev.error, 'gemini', this.requestId).body);
    }
    return this.push(ev).map(geminiSseFrame).join('');
  }

  /** The final chunk (finish reasons and usage) as SSE; nothing after an error. */
  end(usage: CanonicalUsage | undefined): string {
    return this.finish(usage).map(geminiSseFrame).join('');
  }

  /** Chunks for one event (also used for `alt=json`, where chunks are collected into an array). */
  push(ev: StreamEvent): WireGenerateContentResponse[] {
    switch (ev.type) {
      case 'start':
        this.id = ev.id;
        return [];
      case 'text_delta':
        return ev.text.length > 0 ? [this.chunk(ev.choice, { text: ev.text })] : [];
      case 'thinking_delta':
        return this.opts.includeThoughts && ev.text.length > 0 ? [this.chunk(ev.choice, { text: ev.text, thought: true })] : [];
      case 'signature_delta':
        this.signatures.set(ev.choice, (this.signatures.get(ev.choice) ?? '') + ev.signature);
        return [];
      case 'part_start':
        if (ev.kind === 'tool_call') this.tools.set(key(ev.choice, ev.index), { id: ev.toolCallId ?? `call_${this.id}_${ev.index}`, name: ev.toolName ?? '', args: '' });
        return [];
      case 'tool_arguments_delta': {
        const call = this.tools.get(key(ev.choice, ev.index));
        if (call) call.args += ev.json;
        return [];
      }
      case 'part_end':
        return this.flushTool(ev.choice, ev.index);
      case 'finish': {
        const out: WireGenerateContentResponse[] = [];
        for (const k of [...this.tools.keys()]) if (k.startsWith(`${ev.choice}:`)) out.push(...this.flushTool(ev.choice, Number(k.split(':')[1])));
        this.finishes.set(ev.choice, encodeFinishReason(ev.reason));
        return out;
      }
      case 'error':
        this.failed = true;
        return [];
      case 'usage':
      case 'keepalive':
      case 'passthrough': // Pass-through frames are OpenAI Chat Completions text; the pipeline asks for them only from that protocol's caller.
        return [];
    }
  }

  /** The last chunk: every finished candidate with its finishReason, and usageMetadata. */
  finish(usage: CanonicalUsage | undefined): WireGenerateContentResponse[] {
    if (this.failed) return [];
    const choices = [...this.finishes.keys()].sort((a, b) => a - b);
    if (choices.length === 0 && !usage) return [];
    const candidates: WireCandidate[] = (choices.length > 0 ? choices : [0]).map((choice) => {
      // An empty text part keeps `chunk.text` a string (the Python SDK returns None otherwise).
      const part: WirePart = { text: '' };
      const signature = this.takeSignature(choice);
      if (signature) part.thoughtSignature = signature;
      return { content: { role: 'model', parts: [part] }, finishReason: this.finishes.get(choice) ?? 'STOP', index: choice };
    });
    const out: WireGenerateContentResponse = { candidates };
    if (usage) out.usageMetadata = encodeUsageMetadata(usage);
    out.modelVersion = this.opts.model;
    out.responseId = this.id;
    return [out];
  }

  private flushTool(choice: number, index: number): WireGenerateContentResponse[] {
    const k = key(choice, index);
    const call = this.tools.get(k);
    if (!call) return [];
    this.tools.delete(k);
    // Arguments that are not a JSON object cannot be expressed as Gemini `args`.
    const args = call.args.trim() === '' ? {} : (parseObject(call.args) ?? {});
    return [this.chunk(choice, { functionCall: { id: call.id, name: call.name, args } })];
  }

  private takeSignature(choice: number): string | undefined {
    const s = this.signatures.get(choice);
    this.signatures.delete(choice);
    return s;
  }

  private chunk(choice: number, part: WirePart): WireGenerateContentResponse {
    const signature = this.takeSignature(choice);
    if (signature) part.thoughtSignature = signature;
    return {
      candidates: [{ content: { role: 'model', parts: [part] }, index: choice }],
      modelVersion: this.opts.model,
      responseId: this.id,
    };
  }
}

function key(choice: number, index: number): string {
  return `${choice}:${index}`;
}
