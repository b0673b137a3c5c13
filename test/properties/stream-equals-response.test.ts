import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeMessageResponse } from '../../server/formats/anthropic/encode-response.js';
import { AnthropicStreamEncoder } from '../../server/formats/anthropic/stream-encoder.js';
import { encodeGenerateContentResponse } from '../../server/formats/gemini/encode-response.js';
import { GeminiStreamEncoder } from '../../server/formats/gemini/stream-encoder.js';
import { encodeChatResponse } from '../../server/formats/openai/encode-response.js';
import { OpenAIStreamEncoder } from '../../server/formats/openai/stream-encoder.js';
import { cuts, fcOptions, response, streamOf } from './arbitraries.js';
import { foldAnthropic, foldOpenAI, geminiChunks, geminiView } from './wire-stream.js';

/**
 * For any canonical response, cut into stream events any way an upstream might cut it: what a
 * client assembles from our SSE equals what the same response encodes to without streaming.
 * (The SSE is read back with the gateway's own parser, as text, so framing is checked too.)
 */
const MODEL = 'nf-model';

describe('concatenated stream deltas equal the non-streamed response (fast-check)', () => {
  it('OpenAI chat.completion.chunk stream vs chat.completion', () => {
    fc.assert(fc.property(response(3), cuts, (res, c) => {
      const encoder = new OpenAIStreamEncoder(MODEL, true, 'req_1');
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const folded = foldOpenAI(sse);
      const whole = encodeChatResponse(res, MODEL);
      expect(folded.done).toBe(true);
      expect({ id: folded.id, model: folded.model, created: folded.created }).toEqual({ id: whole.id, model: whole.model, created: whole.created });
      expect([...folded.choices.keys()].sort()).toEqual(whole.choices.map((x) => x.index).sort());
      for (const choice of whole.choices) {
        const got = folded.choices.get(choice.index)!;
        // `content: null` (only tool calls) reads as no text, like the stream's empty content.
        expect(got.content).toBe(choice.message.content ?? '');
        expect(got.reasoning).toBe(choice.message.reasoning_content ?? '');
        expect(got.toolCalls).toEqual((choice.message.tool_calls ?? []).map((t) => ({ id: t.id, name: t.function.name, arguments: t.function.arguments })));
        expect(got.finish).toBe(choice.finish_reason);
      }
      expect(folded.usage).toEqual(whole.usage);
    }), fcOptions);
  });

  it('Anthropic message stream vs message', () => {
    // One message per call: Anthropic has no choices.
    fc.assert(fc.property(response(1), cuts, (res, c) => {
      const encoder = new AnthropicStreamEncoder(MODEL, 'req_1', 7);
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const folded = foldAnthropic(sse);
      const whole = encodeMessageResponse(res, MODEL, res.usage);
      expect(folded.stopped).toBe(true);
      expect({ id: folded.message.id, model: folded.message.model }).toEqual({ id: whole.id, model: whole.model });
      expect(folded.content).toEqual(whole.content);
      expect({ stop_reason: folded.stopReason, stop_sequence: folded.stopSequence }).toEqual({ stop_reason: whole.stop_reason, stop_sequence: whole.stop_sequence });
      expect(folded.usage).toEqual(whole.usage);
    }), fcOptions);
  });

  it('Gemini streamGenerateContent chunks vs GenerateContentResponse', () => {
    fc.assert(fc.property(response(3), cuts, fc.boolean(), (res, c, includeThoughts) => {
      const opts = { model: MODEL, includeThoughts };
      const encoder = new GeminiStreamEncoder(opts, 'req_1');
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const chunks = geminiChunks(sse);
      const whole = encodeGenerateContentResponse(res, opts);
      for (const chunk of chunks) expect({ responseId: chunk.responseId, modelVersion: chunk.modelVersion }).toEqual({ responseId: whole.responseId, modelVersion: whole.modelVersion });
      for (const cand of whole.candidates ?? []) {
        const parts = chunks.flatMap((ch) => (ch.candidates ?? []).filter((x) => x.index === cand.index).flatMap((x) => x.content.parts));
        const finish = chunks.flatMap((ch) => (ch.candidates ?? []).filter((x) => x.index === cand.index && x.finishReason !== undefined).map((x) => x.finishReason));
        expect(finish).toHaveLength(1);
        expect(geminiView(parts, finish[0])).toEqual(geminiView((cand.content?.parts ?? []) as Array<Record<string, unknown>>, cand.finishReason));
      }
      expect(chunks.at(-1)?.usageMetadata).toEqual(whole.usageMetadata);
    }), fcOptions);
  });
});
