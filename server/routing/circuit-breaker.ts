import type { Gauge } from 'prom-client';

export type CircuitState = 'closed' | 'open' | 'half_open';

/** One route's breaker state, as the admin channel list and metrics show it. */
export interface CircuitSnapshot {
  channelId: string;
  upstreamModel: string;
  state: CircuitState;
  consecutiveFailures: number;
  /** While open: when the next trial request is allowed (epoch ms). */
  openUntil?: number;
  /** The upstream asked us (`retry-after`) not to come back before this (epoch ms). */
  notBefore?: number;
}

interface Entry {
  channelId: string;
  upstreamModel: string;
  failures: number;
  openUntil: number;
  /** Set once the cool-down has passed: one trial request may go. */
  halfOpen: boolean;
  trialInFlight: boolean;
  notBefore: number;
}

const STATE_VALUE: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };
const SEVERITY: Record<CircuitState, number> = { closed: 0, half_open: 1, open: 2 };

/**
 * Per-process circuit breakers. A breaker guards one (channel, upstream model) route rather than a
 * whole channel: upstream outages and throttling are usually per model (DashScope limits are per
 * account *and model*, dashscope.md §1.9; `ModelUnavailable` is one model), and one model's outage
 * must not take a channel's other models down with it. A channel-wide failure (refused
 * connections, a revoked credential) opens each of its routes after a few requests each.
 *
 * Closed → N consecutive failures → open for the cool-down → half-open: exactly one trial request
 * goes through → success closes it, failure re-opens it for another cool-down.
 */
export class CircuitBreakers {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly options: { failures: number; cooldownMs: number },
    private readonly gauge?: Gauge<'channel' | 'upstream_model'>,
    private readonly now: () => number = Date.now,
  ) {}

  /**
   * Earliest time (epoch ms) this route may take a request — `now` or earlier when it may go now:
   * the end of the cool-down while open, the upstream's `retry-after`, or Infinity while a
   * half-open trial is in flight. `force` (a pinned request) ignores the circuit, not `retry-after`.
   */
  readyAt(channelId: string, upstreamModel: string, force = false): number {
    const e = this.entries.get(keyOf(channelId, upstreamModel));
    if (!e) return 0;
    const state = this.stateOf(e);
    if (!force && state === 'open') return Math.max(e.openUntil, e.notBefore);
    if (!force && state === 'half_open' && e.trialInFlight) return Number.POSITIVE_INFINITY;
    return e.notBefore;
  }

  /**
   * Claims an attempt on the route; false when the circuit does not allow one now. `force` (a pinned
   * request) goes through an open circuit — its outcome still counts, so it can close the circuit.
   */
  acquire(channelId: string, upstreamModel: string, force = false): boolean {
    const e = this.entries.get(keyOf(channelId, upstreamModel));
    if (!e) return true;
    const state = this.stateOf(e);
    if (state === 'closed') return true;
    if (state === 'half_open' && !e.trialInFlight) {
      e.trialInFlight = true;
      return true;
    }
    return force;
  }

  /** The attempt answered: the route is healthy. */
  success(channelId: string, upstreamModel: string): void {
    const e = this.entries.get(keyOf(channelId, upstreamModel));
    if (!e) return;
    e.failures = 0;
    e.openUntil = 0;
    e.halfOpen = false;
    e.trialInFlight = false;
    this.publishOne(e);
  }

  /** The attempt did not count either way (the caller left, or its own request was at fault). */
  release(channelId: string, upstreamModel: string): void {
    const e = this.entries.get(keyOf(channelId, upstreamModel));
    if (e) e.trialInFlight = false;
  }

  /** The upstream failed (connection, timeout, 5xx, 429). `retryAfterMs`: what it asked us to wait. */
  failure(channelId: string, upstreamModel: string, retryAfterMs?: number): void {
    const key = keyOf(channelId, upstreamModel);
    let e = this.entries.get(key);
    if (!e) {
      e = { channelId, upstreamModel, failures: 0, openUntil: 0, halfOpen: false, trialInFlight: false, notBefore: 0 };
      this.entries.set(key, e);
    }
    const now = this.now();
    const wasTrial = this.stateOf(e) === 'half_open';
    e.failures++;
    e.trialInFlight = false;
    if (retryAfterMs !== undefined && retryAfterMs > 0) e.notBefore = Math.max(e.notBefore, now + retryAfterMs);
    if (wasTrial || e.failures >= this.options.failures) {
      e.openUntil = now + this.options.cooldownMs;
      e.halfOpen = false;
    }
    this.publishOne(e);
  }

  /** Opens the circuit at once (the upstream refused the channel's credential: no use trying again before the cool-down). */
  trip(channelId: string, upstreamModel: string): void {
    for (let i = 0; i < this.options.failures && this.state(channelId, upstreamModel) !== 'open'; i++) this.failure(channelId, upstreamModel);
  }

  state(channelId: string, upstreamModel: string): CircuitState {
    const e = this.entries.get(keyOf(channelId, upstreamModel));
    return e ? this.stateOf(e) : 'closed';
  }

  /** The worst state among a channel's routes (for a one-word status in the channel list). */
  channelState(channelId: string): CircuitState {
    let worst: CircuitState = 'closed';
    for (const e of this.entries.values()) {
      if (e.channelId !== channelId) continue;
      const s = this.stateOf(e);
      if (SEVERITY[s] > SEVERITY[worst]) worst = s;
    }
    return worst;
  }

  /** Every route that has failed since it was last healthy, sorted by channel then model. */
  snapshot(): CircuitSnapshot[] {
    const now = this.now();
    const out: CircuitSnapshot[] = [];
    for (const e of this.entries.values()) {
      const state = this.stateOf(e);
      if (state === 'closed' && e.failures === 0 && e.notBefore <= now) continue;
      const s: CircuitSnapshot = { channelId: e.channelId, upstreamModel: e.upstreamModel, state, consecutiveFailures: e.failures };
      if (state === 'open') s.openUntil = e.openUntil;
      if (e.notBefore > now) s.notBefore = e.notBefore;
      out.push(s);
    }
    return out.sort((a, b) => a.channelId.localeCompare(b.channelId) || a.upstreamModel.localeCompare(b.upstreamModel));
  }

  /** Refreshes the gauge (open → half-open happens by the clock, not by an event): called at scrape time. */
  publish(): void {
    for (const e of this.entries.values()) this.publishOne(e);
  }

  private publishOne(e: Entry): void {
    this.gauge?.set({ channel: e.channelId, upstream_model: e.upstreamModel }, STATE_VALUE[this.stateOf(e)]);
  }

  private stateOf(e: Entry): CircuitState {
    if (e.openUntil === 0) return e.halfOpen ? 'half_open' : 'closed';
    if (this.now() < e.openUntil) return 'open';
    // The cool-down is over: from now on one trial request may go.
    e.openUntil = 0;
    e.halfOpen = true;
    return 'half_open';
  }
}

function keyOf(channelId: string, upstreamModel: string): string {
  return `${channelId}\u0000${upstreamModel}`;
}
