/** Process-wide routing settings (environment → AppOptions.routing → Services.routing). */
export interface RoutingOptions {
  /** Attempts per model of the chain (the requested model, then each fallback). */
  maxAttempts: number;
  /**
   * Retry budget from the request's arrival, ms: no retry starts, and no backoff or `retry-after`
   * wait ends, later than this. An attempt already in flight is bounded by its channel's timeouts.
   */
  deadlineMs: number;
  /** First backoff before re-trying a channel already tried in this request, ms (doubles per attempt, jittered). */
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** Consecutive failures that open a circuit. */
  circuitFailures: number;
  /** How long an open circuit stays open before one trial request is let through, ms. */
  circuitCooldownMs: number;
}

export const DEFAULT_ROUTING: RoutingOptions = {
  maxAttempts: 3,
  deadlineMs: 30_000,
  backoffBaseMs: 200,
  backoffMaxMs: 5_000,
  circuitFailures: 5,
  circuitCooldownMs: 30_000,
};

export function routingOptions(partial: Partial<RoutingOptions> | undefined): RoutingOptions {
  const o = { ...DEFAULT_ROUTING, ...partial };
  return { ...o, maxAttempts: Math.max(1, Math.floor(o.maxAttempts)), circuitFailures: Math.max(1, Math.floor(o.circuitFailures)) };
}

/**
 * Exponential backoff with jitter for the `retry`-th re-try of a channel (1-based): base × 2^(retry−1),
 * capped, then scaled into [50 %, 100 %] so concurrent requests do not come back in lockstep.
 */
export function backoffMs(options: RoutingOptions, retry: number, random: () => number = Math.random): number {
  const raw = Math.min(options.backoffMaxMs, options.backoffBaseMs * 2 ** Math.max(0, retry - 1));
  return Math.round(raw * (0.5 + random() * 0.5));
}
