import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../server/canonical/events.js';
import type { CanonicalChatResponse, FinishReason } from '../../server/canonical/response.js';
import type { CanonicalUsage } from '../../server/canonical/usage.js';
import { AnthropicStreamDecoder } from '../../server/formats/anthropic/stream-decoder.js';
import { AnthropicStreamEncoder } from '../../server/formats/anthropic/stream-encoder.js';
import { decodeUsage as anthropicUsage, encodeUsage as anthropicWireUsage } from '../../server/formats/anthropic/usage.js';
import { GeminiStreamDecoder } from '../../server/formats/gemini/stream-decoder.js';
import { GeminiStreamEncoder } from '../../server/formats/gemini/stream-encoder.js';
import { decodeUsageMetadata as geminiUsage, encodeUsageMetadata as geminiWireUsage } from '../../server/formats/gemini/usage.js';
import { OpenAIStreamDecoder } from '../../server/formats/openai/stream-decoder.js';
import { OpenAIStreamEncoder } from '../../server/formats/openai/stream-encoder.js';
import { decodeUsage as openaiUsage, encodeUsage as openaiWireUsage } from '../../server/formats/openai/usage.js';
import { ItemIds } from '../../server/formats/openai-responses/item-ids.js';
import { encodeReasoningBlob } from '../../server/formats/openai-responses/reasoning-blob.js';
import { responseShell } from '../../server/formats/openai-responses/response-object.js';
import { ResponsesStreamDecoder } from '../../server/formats/openai-responses/stream-decoder.js';
import { ResponsesStreamEncoder } from '../../server/formats/openai-responses/stream-encoder.js';
import { ToolNames } from '../../server/formats/openai-responses/tool-names.js';
import { totalInput, totalOutput } from '../../server/canonical/usage.js';
import { cuts, fcOptions, response, streamOf } from './arbitraries.js';
import { sseFrames } from './wire-stream.js';

/**
 * Canonical events → our front-door SSE for protocol P → P's upstream stream decoder →
 * canonical events again: the message folded from them is everything P's stream can carry of
 * the original (defined per protocol below). Usage is checked through each protocol's mapping
 * (usage.test.ts); finish reasons through each protocol's set.
 */
const MODEL = 'nf-model';

interface FoldedPart { kind: string; text: string; signature?: string; id?: string; name?: string }
interface Folded { choices: Map<number, { parts: FoldedPart[]; finish?: FinishReason }>; usage?: CanonicalUsage }

/** Canonical events → per choice: parts in index order (deltas concatenated), finish; last usage. */
function fold(events: readonly StreamEvent[]): Folded {
  const out: Folded = { choices: new Map() };
  const parts = new Map<string, FoldedPart>();
  for (const ev of events) {
    if (ev.type === 'usage') {
      if (!ev.partial) out.usage = ev.usage;
      continue;
    }
    if (!('choice' in ev)) continue;
    let c = out.choices.get(ev.choice);
    if (!c) out.choices.set(ev.choice, (c = { parts: [] }));
    const key = `${ev.choice}:${'index' in ev ? ev.index : -1}`;
    switch (ev.type) {
      case 'part_start': {
        const p: FoldedPart = { kind: ev.kind, text: '', ...(ev.toolCallId !== undefined ? { id: ev.toolCallId } : {}), ...(ev.toolName !== undefined ? { name: ev.toolName } : {}) };
        parts.set(key, p);
        c.parts.push(p);
        break;
      }
      case 'text_delta':
      case 'thinking_delta':
        parts.get(key)!.text += ev.text;
        break;
      case 'tool_arguments_delta':
        parts.get(key)!.text += ev.json;
        break;
      case 'signature_delta': {
        const p = parts.get(key)!;
        p.signature = (p.signature ?? '') + ev.signature;
        break;
      }
      case 'finish':
        c.finish = ev.reason;
        break;
      default:
        break;
    }
  }
  return out;
}

const partsOf = (res: CanonicalChatResponse, choice: number): FoldedPart[] => (res.choices.find((c) => c.index === choice)?.parts ?? []).flatMap((p): FoldedPart[] => {
  if (p.kind === 'text') return [{ kind: 'text', text: p.text }];
  if (p.kind === 'thinking') return [{ kind: 'thinking', text: p.text, ...(p.signature !== undefined ? { signature: p.signature } : {}) }];
  if (p.kind === 'tool_call') return [{ kind: 'tool_call', text: p.argumentsRaw, id: p.id, name: p.name }];
  return [];
});

describe('streams: encode to a protocol and decode back loses nothing it can carry (fast-check)', () => {
  it('OpenAI: text and reasoning each merged per choice (no signatures), calls exact; finish in OpenAI\'s set', () => {
    fc.assert(fc.property(response(3), cuts, (res, c) => {
      const encoder = new OpenAIStreamEncoder(MODEL, true, 'req_1');
      const decoder = new OpenAIStreamDecoder();
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const events = sseFrames(sse).filter((f) => f.data !== '[DONE]').flatMap((f) => decoder.decode(JSON.parse(f.data)));
      expect(events[0]).toEqual({ type: 'start', id: res.id, model: MODEL, created: res.created });
      const folded = fold(events);
      for (const choice of res.choices) {
        const want = partsOf(res, choice.index);
        const thinking = want.filter((p) => p.kind === 'thinking').map((p) => p.text).join('');
        const text = want.filter((p) => p.kind === 'text').map((p) => p.text).join('');
        const carried: FoldedPart[] = [
          ...(thinking ? [{ kind: 'thinking', text: thinking }] : []),
          ...(text ? [{ kind: 'text', text }] : []),
          ...want.filter((p) => p.kind === 'tool_call'),
        ];
        expect(folded.choices.get(choice.index)?.parts ?? []).toEqual(carried);
        const f = choice.finish.type;
        expect(folded.choices.get(choice.index)?.finish).toEqual({ type: f === 'stop_sequence' ? 'stop' : f });
      }
      expect(folded.usage).toEqual(res.usage ? openaiUsage(openaiWireUsage(res.usage)) : undefined);
      expect(decoder.complete()).toBe(true);
    }), fcOptions);
  });

  it('Anthropic: every block as it was (empty text is no block), raw tool input exact; one message', () => {
    fc.assert(fc.property(response(1), cuts, (res, c) => {
      const encoder = new AnthropicStreamEncoder(MODEL, 'req_1', 7);
      const decoder = new AnthropicStreamDecoder();
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const events = sseFrames(sse).flatMap((f) => decoder.decode(JSON.parse(f.data)));
      const folded = fold(events);
      expect(folded.choices.get(0)?.parts ?? []).toEqual(partsOf(res, 0).filter((p) => p.kind !== 'text' || p.text.length > 0));
      expect(folded.choices.get(0)?.finish).toEqual(res.choices[0]!.finish);
      // No usage from the upstream means the gateway's own count, which the caller sees as zeros.
      expect(folded.usage).toEqual(anthropicUsage(anthropicWireUsage(res.usage)));
      expect(decoder.complete()).toBe(true);
    }), fcOptions);
  });

  it('Gemini: thought and answer text, calls and signatures in order; finish in Gemini\'s set', () => {
    fc.assert(fc.property(response(3), cuts, (res, c) => {
      // Thoughts travel only when the caller asked for them; here it did.
      const encoder = new GeminiStreamEncoder({ model: MODEL, includeThoughts: true }, 'req_1');
      const decoder = new GeminiStreamDecoder();
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const events = [...sseFrames(sse).flatMap((f) => decoder.decode(JSON.parse(f.data))), ...decoder.end()];
      const folded = fold(events);
      const view = (parts: FoldedPart[]) => ({
        thought: parts.filter((p) => p.kind === 'thinking').map((p) => p.text).join(''),
        text: parts.filter((p) => p.kind === 'text').map((p) => p.text).join(''),
        calls: parts.filter((p) => p.kind === 'tool_call').map((p) => ({ id: p.id, name: p.name, args: JSON.parse(p.text) as unknown })),
        signatures: parts.flatMap((p) => (p.signature ? [p.signature] : [])),
      });
      for (const choice of res.choices) {
        expect(view(folded.choices.get(choice.index)?.parts ?? [])).toEqual(view(partsOf(res, choice.index)));
        const f = choice.finish.type;
        const hasCalls = partsOf(res, choice.index).some((p) => p.kind === 'tool_call');
        // Gemini ends a turn of calls with STOP, read back as tool_calls; a stop sequence is a STOP.
        const want = f === 'content_filter' || f === 'length' ? f : hasCalls ? 'tool_calls' : 'stop';
        expect(folded.choices.get(choice.index)?.finish).toEqual({ type: want });
      }
      expect(folded.usage).toEqual(res.usage ? geminiUsage(geminiWireUsage(res.usage)) : undefined);
    }), fcOptions);
  });

  it('OpenAI Responses: every part as it was, thinking carried as its encrypted content (our blob), calls exact; one response', () => {
    fc.assert(fc.property(response(1), cuts, (res, c) => {
      const shell = responseShell('resp_prop1', 1_700_000_000, { model: MODEL, store: false });
      const encoder = new ResponsesStreamEncoder(shell, { summary: true, encryptedContent: true }, new ToolNames(), new ItemIds('resp_prop1'), 'req_1');
      const decoder = new ResponsesStreamDecoder();
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage, undefined);
      const events = sseFrames(sse).flatMap((f) => decoder.decode(JSON.parse(f.data)));
      expect(events[0]).toEqual({ type: 'start', id: 'resp_prop1', model: MODEL, created: 1_700_000_000 });
      const folded = fold(events);
      const want = (res.choices[0]?.parts ?? []).flatMap((p): FoldedPart[] => {
        if (p.kind === 'thinking') return [{ kind: 'thinking', text: p.text, signature: encodeReasoningBlob(p)! }];
        return partsOf({ ...res, choices: [{ index: 0, parts: [p], finish: { type: 'stop' } }] }, 0);
      });
      expect(folded.choices.get(0)?.parts ?? []).toEqual(want);
      const f = res.choices[0]!.finish.type;
      const hasCalls = want.some((p) => p.kind === 'tool_call');
      expect(folded.choices.get(0)?.finish).toEqual({ type: f === 'length' || f === 'content_filter' ? f : hasCalls ? 'tool_calls' : 'stop' });
      // Input counts cached tokens (cache writes join the uncached ones), output counts reasoning.
      const u = res.usage;
      const wantUsage = u ? { source: 'upstream', uncachedInput: (totalInput(u) ?? 0) - (u.cacheRead ?? 0), cacheRead: u.cacheRead ?? 0, output: (totalOutput(u) ?? 0) - (u.reasoning ?? 0), reasoning: u.reasoning ?? 0 } : undefined;
      expect(folded.usage).toEqual(wantUsage);
      expect(decoder.complete()).toBe(true);
    }), fcOptions);
  });
});
