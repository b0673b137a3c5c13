/**
 * One usage record shape for every protocol. Each bucket is `number | undefined`:
 * undefined means "not reported", never zero (style.md habit 5).
 */
export type UsageSource = 'upstream' | 'estimated';

export interface UsageBucket {
  readonly tokens: number;
  readonly source: UsageSource;
}

export interface CanonicalUsage {
  /** Input tokens that were neither read from nor written to a cache. */
  uncachedInput?: number;
  cacheRead?: number;
  cacheWrite?: number;
  /** Visible output tokens, excluding reasoning. */
  output?: number;
  reasoning?: number;
  images?: number;
  seconds?: number;
  /** Where the numbers came from; one flag for the whole record keeps encoders simple. */
  source: UsageSource;
}

/** Total prompt tokens in OpenAI's sense (includes cached tokens). */
export function totalInput(u: CanonicalUsage): number | undefined {
  if (u.uncachedInput === undefined && u.cacheRead === undefined && u.cacheWrite === undefined) return undefined;
  return (u.uncachedInput ?? 0) + (u.cacheRead ?? 0) + (u.cacheWrite ?? 0);
}

/** Total completion tokens in OpenAI's sense (includes reasoning tokens). */
export function totalOutput(u: CanonicalUsage): number | undefined {
  if (u.output === undefined && u.reasoning === undefined) return undefined;
  return (u.output ?? 0) + (u.reasoning ?? 0);
}
