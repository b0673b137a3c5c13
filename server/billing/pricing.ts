import type { CanonicalUsage } from '../canonical/usage.js';
import type { Pricing } from '../store/types.js';

const MILLION = 1_000_000n;

/**
 * Cost in integer micro-credits. Token prices are per million tokens, so the exact cost is
 * Σ tokens × price / 10⁶; it is summed exactly (BigInt) and rounded up once per request.
 * Cached-read and cache-write tokens fall back to the input price, reasoning to the output price.
 */
export function costOf(usage: CanonicalUsage, pricing: Pricing, imageSize?: string): number {
  const input = pricing.inputPerMillion ?? 0;
  const output = pricing.outputPerMillion ?? 0;
  let perMillion = 0n;
  perMillion += big(usage.uncachedInput) * big(input);
  perMillion += big(usage.cacheRead) * big(pricing.cachedInputPerMillion ?? input);
  perMillion += big(usage.cacheWrite) * big(pricing.cacheWritePerMillion ?? input);
  perMillion += big(usage.output) * big(output);
  perMillion += big(usage.reasoning) * big(pricing.reasoningPerMillion ?? output);
  let cost = (perMillion + MILLION - 1n) / MILLION;
  if (usage.images !== undefined && usage.images > 0) cost += big(usage.images) * big(imagePrice(pricing, imageSize));
  if (usage.seconds !== undefined && usage.seconds > 0) cost += BigInt(Math.ceil(usage.seconds)) * big(pricing.perVideoSecond);
  return Number(cost);
}

/** Embeddings are priced per million input tokens at their own rate. */
export function embeddingCost(tokens: number, pricing: Pricing): number {
  const perMillion = big(tokens) * big(pricing.embeddingPerMillion ?? pricing.inputPerMillion);
  return Number((perMillion + MILLION - 1n) / MILLION);
}

function imagePrice(pricing: Pricing, size: string | undefined): number {
  const table = pricing.perImage ?? {};
  return (size !== undefined ? table[size] : undefined) ?? table.default ?? 0;
}

function big(n: number | undefined): bigint {
  return n === undefined ? 0n : BigInt(Math.max(0, Math.round(n)));
}

/** Credits as a decimal string for headers (micro-credits → credits, no float rounding). */
export function formatCredits(micro: number): string {
  const sign = micro < 0 ? '-' : '';
  const abs = Math.abs(micro);
  const whole = Math.floor(abs / 1_000_000);
  const frac = String(abs % 1_000_000).padStart(6, '0');
  return `${sign}${whole}.${frac}`;
}
