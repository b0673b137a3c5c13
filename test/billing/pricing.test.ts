import { describe, expect, it } from 'vitest';
import { costOf, embeddingCost, formatCredits } from '../../server/billing/pricing.js';
import { decodeUsage } from '../../server/formats/openai/usage.js';
import type { Pricing } from '../../server/store/types.js';

const PRICING: Pricing = {
  inputPerMillion: 2_000_000, // 2 credits / M
  cachedInputPerMillion: 200_000, // 0.2 credits / M
  cacheWritePerMillion: 2_500_000,
  outputPerMillion: 8_000_000,
  reasoningPerMillion: 12_000_000,
};

describe('pricing in integer micro-credits', () => {
  it('prices each bucket at its own rate and rounds up once per request', () => {
    // 1000 × 2 + 500 × 0.2 + 100 × 2.5 + 300 × 8 + 200 × 12 micro-credits (per-token rates = per-M / 10⁶)
    const cost = costOf({ uncachedInput: 1000, cacheRead: 500, cacheWrite: 100, output: 300, reasoning: 200, source: 'upstream' }, PRICING);
    expect(cost).toBe(2000 + 100 + 250 + 2400 + 2400);
    expect(costOf({ uncachedInput: 1, source: 'upstream' }, { inputPerMillion: 1 })).toBe(1); // 10⁻⁶ micro rounds up to 1
    expect(costOf({ source: 'upstream' }, PRICING)).toBe(0);
  });

  it('falls back: cache buckets to the input price, reasoning to the output price', () => {
    expect(costOf({ cacheRead: 1_000_000, cacheWrite: 1_000_000, source: 'upstream' }, { inputPerMillion: 3 })).toBe(6);
    expect(costOf({ reasoning: 1_000_000, source: 'upstream' }, { outputPerMillion: 5 })).toBe(5);
  });

  it('stays exact for huge token counts (no floating point)', () => {
    expect(costOf({ output: 9_000_000_000, source: 'upstream' }, { outputPerMillion: 999_999_999 })).toBe(8_999_999_991_000);
  });

  it('prices images by size and video by the second', () => {
    expect(costOf({ images: 2, source: 'upstream' }, { perImage: { '1024x1024': 40_000, default: 30_000 } }, '1024x1024')).toBe(80_000);
    expect(costOf({ images: 1, source: 'upstream' }, { perImage: { default: 30_000 } }, '512x512')).toBe(30_000);
    expect(costOf({ seconds: 4.2, source: 'upstream' }, { perVideoSecond: 100_000 })).toBe(500_000);
    expect(embeddingCost(1_000_000, { embeddingPerMillion: 70_000 })).toBe(70_000);
  });

  it('formats micro-credits as exact decimal credits', () => {
    expect(formatCredits(27)).toBe('0.000027');
    expect(formatCredits(12_345_678)).toBe('12.345678');
    expect(formatCredits(-5)).toBe('-0.000005');
  });

  it('a recorded DashScope (OpenAI-compatible) usage block: cached tokens are inside prompt_tokens, reasoning inside completion_tokens', () => {
    // Recorded shape of a qwen3-max reply with an implicit cache hit and thinking on.
    const recorded = { prompt_tokens: 3019, completion_tokens: 104, total_tokens: 3123, prompt_tokens_details: { cached_tokens: 2048 }, completion_tokens_details: { reasoning_tokens: 64 } };
    const usage = decodeUsage(recorded)!;
    expect(usage).toEqual({ uncachedInput: 971, cacheRead: 2048, output: 40, reasoning: 64, source: 'upstream' });
    // 971 × 2 + 2048 × 0.2 + 40 × 8 + 64 × 12 = 1942 + 409.6 + 320 + 768 = 3439.6 → 3440
    expect(costOf(usage, PRICING)).toBe(3440);
  });

  it('missing usage fields stay undefined, never zero', () => {
    expect(decodeUsage({ prompt_tokens: 10 })).toEqual({ uncachedInput: 10, source: 'upstream' });
    expect(decodeUsage(null)).toBeUndefined();
    expect(decodeUsage({ total_tokens: 5 })).toBeUndefined();
  });
});
