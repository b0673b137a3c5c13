import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { OpenAIStreamEncoder } from '../../server/formats/openai/stream-encoder.js';
import { cuts, fcOptions, response, streamOf } from './arbitraries.js';
import { sseFrames } from './wire-stream.js';

/**
 * The OpenAI stream encoder writes chunk frames as text (a prefix made once per stream) instead of
 * JSON.stringify-ing a new object per token (#16). Each frame must stay exactly what
 * JSON.stringify gave for that object: the same JSON, compact, with the same keys in the same order.
 */
describe('OpenAI chunk frames are the JSON.stringify text of the chunk object (fast-check)', () => {
  it.each([true, false])('include_usage %s', (includeUsage) => {
    fc.assert(fc.property(response(3), cuts, fc.string(), (res, c, model) => {
      const encoder = new OpenAIStreamEncoder(model, includeUsage, 'req_1');
      const sse = streamOf(res, c).map((e) => encoder.encode(e)).join('') + encoder.end(res.usage);
      const frames = sseFrames(sse).filter((f) => f.data !== '[DONE]');
      expect(frames.length).toBeGreaterThan(0);
      for (const f of frames) {
        const chunk = JSON.parse(f.data) as Record<string, unknown>;
        if ('error' in chunk) continue;
        // Compact and canonical: re-serialising the parsed object gives the same text.
        expect(JSON.stringify(chunk)).toBe(f.data);
        const choices = chunk.choices as Array<Record<string, unknown>>;
        if (choices.length === 0) continue; // the usage chunk (built as an object, unchanged)
        const head = { id: res.id, object: 'chat.completion.chunk', created: res.created, model, system_fingerprint: null };
        const expected = { ...head, choices: [{ index: choices[0]!.index, delta: choices[0]!.delta, logprobs: null, finish_reason: choices[0]!.finish_reason }], ...(includeUsage ? { usage: null } : {}) };
        expect(f.data).toBe(JSON.stringify(expected));
      }
    }), fcOptions);
  });
});
