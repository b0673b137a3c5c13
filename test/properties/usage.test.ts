import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { CanonicalUsage } from '../../server/canonical/usage.js';
import { decodeUsage as decodeAnthropic, encodeUsage as encodeAnthropic } from '../../server/formats/anthropic/usage.js';
import { decodeUsageMetadata as decodeGemini, encodeUsageMetadata as encodeGemini } from '../../server/formats/gemini/usage.js';
import { decodeUsage as decodeOpenAI, encodeUsage as encodeOpenAI } from '../../server/formats/openai/usage.js';
import { fcOptions, usage } from './arbitraries.js';

/**
 * Usage through each protocol's wire fields and back. The canonical buckets are disjoint; each
 * protocol adds them up its own way (design.md "Usage"), and what it cannot tell apart is
 * defined here, next to the property:
 * - OpenAI always reports every count: a bucket nobody reported comes back as 0, except cache
 *   writes (an optional field).
 * - Anthropic keeps "not reported" for the cache counts (null on the wire).
 * - Gemini has no cache-write count (those tokens are plain prompt tokens to it) and omits zero
 *   cached and thought counts.
 * Images and seconds are not chat usage in any of them. Decoded usage is always `upstream`.
 */
const n = (v: number | undefined): number => v ?? 0;

describe('usage mapping round trips (fast-check)', () => {
  it('OpenAI: prompt_tokens includes cached tokens, completion_tokens includes reasoning', () => {
    fc.assert(fc.property(usage, (u) => {
      const wire = encodeOpenAI(u);
      expect(wire.prompt_tokens).toBe(n(u.uncachedInput) + n(u.cacheRead) + n(u.cacheWrite));
      expect(wire.prompt_tokens_details?.cached_tokens).toBe(n(u.cacheRead));
      expect(wire.completion_tokens).toBe(n(u.output) + n(u.reasoning));
      expect(wire.total_tokens).toBe(wire.prompt_tokens + wire.completion_tokens);
      const carried: CanonicalUsage = { source: 'upstream', uncachedInput: n(u.uncachedInput), cacheRead: n(u.cacheRead), output: n(u.output), reasoning: n(u.reasoning) };
      if (u.cacheWrite !== undefined) carried.cacheWrite = u.cacheWrite;
      expect(decodeOpenAI(JSON.parse(JSON.stringify(wire)))).toEqual(carried);
    }), fcOptions);
  });

  it('Anthropic: input_tokens excludes cache reads and writes, output_tokens includes thinking', () => {
    fc.assert(fc.property(usage, (u) => {
      const wire = encodeAnthropic(u);
      expect(wire.input_tokens).toBe(n(u.uncachedInput));
      expect(wire.cache_read_input_tokens).toBe(u.cacheRead ?? null);
      expect(wire.cache_creation_input_tokens).toBe(u.cacheWrite ?? null);
      expect(wire.output_tokens).toBe(n(u.output) + n(u.reasoning));
      const carried: CanonicalUsage = { source: 'upstream', uncachedInput: n(u.uncachedInput), output: n(u.output) };
      if (u.cacheRead !== undefined) carried.cacheRead = u.cacheRead;
      if (u.cacheWrite !== undefined) carried.cacheWrite = u.cacheWrite;
      if (u.reasoning !== undefined) carried.reasoning = u.reasoning;
      expect(decodeAnthropic(JSON.parse(JSON.stringify(wire)))).toEqual(carried);
    }), fcOptions);
  });

  it('Gemini: promptTokenCount includes cached tokens, candidatesTokenCount excludes thoughts', () => {
    fc.assert(fc.property(usage, (u) => {
      const wire = encodeGemini(u);
      expect(wire.promptTokenCount).toBe(n(u.uncachedInput) + n(u.cacheRead) + n(u.cacheWrite));
      expect(wire.cachedContentTokenCount ?? 0).toBe(n(u.cacheRead));
      expect(wire.candidatesTokenCount).toBe(n(u.output));
      expect(wire.thoughtsTokenCount ?? 0).toBe(n(u.reasoning));
      expect(wire.totalTokenCount).toBe(n(wire.promptTokenCount) + n(wire.candidatesTokenCount) + n(wire.thoughtsTokenCount));
      const carried: CanonicalUsage = { source: 'upstream', uncachedInput: n(u.uncachedInput) + n(u.cacheWrite), output: n(u.output) };
      if (n(u.cacheRead) > 0) carried.cacheRead = u.cacheRead;
      if (n(u.reasoning) > 0) carried.reasoning = u.reasoning;
      expect(decodeGemini(JSON.parse(JSON.stringify(wire)))).toEqual(carried);
    }), fcOptions);
  });
});
