import type { CanonicalUsage } from '../../canonical/usage.js';
import { totalInput, totalOutput } from '../../canonical/usage.js';
import type { FinishReason } from '../../canonical/response.js';
import type { WireFinishReason, WireUsage } from './wire.js';

/**
 * OpenAI's `prompt_tokens` includes cached tokens and `completion_tokens` includes reasoning
 * tokens (landscape.md #3); the canonical buckets are disjoint.
 */
export function encodeUsage(u: CanonicalUsage, costMicro?: number): WireUsage {
  const prompt = totalInput(u) ?? 0;
  const completion = totalOutput(u) ?? 0;
  const details: NonNullable<WireUsage['prompt_tokens_details']> = { cached_tokens: u.cacheRead ?? 0 };
  if (u.cacheWrite !== undefined) details.cache_write_tokens = u.cacheWrite;
  const out: WireUsage = {
    prompt_tokens: prompt,
    completion_tokens: completion,
    total_tokens: prompt + completion,
    prompt_tokens_details: details,
    completion_tokens_details: { reasoning_tokens: u.reasoning ?? 0 },
  };
  if (costMicro !== undefined) out.cost = costMicro / 1_000_000;
  return out;
}

/** Upstream OpenAI usage → canonical buckets; missing numbers stay undefined. */
export function decodeUsage(w: unknown): CanonicalUsage | undefined {
  if (typeof w !== 'object' || w === null) return undefined;
  const u = w as Partial<WireUsage>;
  if (typeof u.prompt_tokens !== 'number' && typeof u.completion_tokens !== 'number') return undefined;
  const cached = num(u.prompt_tokens_details?.cached_tokens);
  const cacheWrite = num(u.prompt_tokens_details?.cache_write_tokens);
  const reasoning = num(u.completion_tokens_details?.reasoning_tokens);
  const out: CanonicalUsage = { source: 'upstream' };
  if (typeof u.prompt_tokens === 'number') out.uncachedInput = Math.max(0, u.prompt_tokens - (cached ?? 0) - (cacheWrite ?? 0));
  if (cached !== undefined) out.cacheRead = cached;
  if (cacheWrite !== undefined) out.cacheWrite = cacheWrite;
  if (typeof u.completion_tokens === 'number') out.output = Math.max(0, u.completion_tokens - (reasoning ?? 0));
  if (reasoning !== undefined) out.reasoning = reasoning;
  return out;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

export function encodeFinish(f: FinishReason): WireFinishReason {
  switch (f.type) {
    case 'length':
      return 'length';
    case 'tool_calls':
      return 'tool_calls';
    case 'content_filter':
      return 'content_filter';
    default:
      return 'stop';
  }
}

export function decodeFinish(raw: unknown): FinishReason {
  switch (raw) {
    case 'stop':
      return { type: 'stop' };
    case 'length':
      return { type: 'length' };
    case 'tool_calls':
    case 'function_call':
      return { type: 'tool_calls' };
    case 'content_filter':
      return { type: 'content_filter' };
    default:
      return { type: 'other', raw: String(raw) };
  }
}
