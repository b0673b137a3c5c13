import type { Logger } from 'pino';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Catalog } from '../catalog/catalog.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { genAiSystem } from '../observability/genai-attributes.js';
import type { Metrics } from '../observability/metrics.js';
import type { Tracing } from '../observability/tracing.js';
import type { ChannelBinding, ChannelRecord, ModelRecord } from '../store/types.js';
import { CHANNEL_HEADER } from './channel-pinning.js';
import type { CircuitBreakers } from './circuit-breaker.js';
import { backoffMs, type RoutingOptions } from './routing-options.js';
import { orderChannels } from './select-channel.js';

/** One place a request can be sent: a model of the chain on one of its channels. */
export interface RouteCandidate {
  model: ModelRecord;
  channel: ChannelRecord;
  binding: ChannelBinding;
  upstreamModel: string;
}

/** One upstream attempt, for the log line and the `x-nexusflow-attempts` header. */
export interface AttemptRecord {
  channelId: string;
  model: string;
  /** `ok`, or the error code the attempt failed with. */
  outcome: string;
  ms: number;
}

export interface RouterDeps {
  catalog: Pick<Catalog, 'getChannel'>;
  circuits: CircuitBreakers;
  routing: RoutingOptions;
  metrics?: Pick<Metrics, 'upstreamAttempts'>;
  /** A span per attempt when tracing is on. */
  tracing?: Pick<Tracing, 'attempt'>;
  /** Where a channel's own failures (refused credential, unknown model) are reported. */
  log?: Pick<Logger, 'warn'>;
  random?: () => number;
  now?: () => number;
}

export interface RouteRequest {
  /** The requested model, then its fallbacks (model-chain.ts). */
  chain: readonly ModelRecord[];
  /** Only this channel, on the requested model only (channel-pinning.ts checked it is allowed). */
  pinnedChannel?: string | undefined;
  /** Channels this kind of request cannot use (e.g. a provider without embeddings). */
  usable?: (channel: ChannelRecord) => boolean;
  /** The client's signal: when it aborts, routing stops at once. */
  signal: AbortSignal;
  /** Arrival time, epoch ms; the retry budget (`deadlineMs`) counts from here. */
  startedAt: number;
  /** Filled with every attempt made, successful or not (the caller logs and records them). */
  attempts: AttemptRecord[];
  /** `gen_ai.operation.name` of the attempts' spans (default chat). */
  operation?: string;
}

/**
 * Errors worth another channel: the upstream could not be reached, was too slow, failed (5xx,
 * malformed answer, refused our credential), throttled us (429) or was overloaded. Never the
 * caller's own mistakes (invalid_request) and never our own (store, internal).
 */
export function isRetryable(e: GatewayError): boolean {
  return e.code === 'upstream_error' || e.code === 'upstream_timeout' || e.code === 'upstream_rate_limited' || e.code === 'upstream_overloaded';
}

/**
 * Runs `attempt` on the request's candidates until one answers. Per model of the chain: its
 * channels in priority-then-weight order, each once, then again (up to `maxAttempts` for the
 * model) after an exponential, jittered backoff; then the next fallback model. A route whose
 * circuit is open, or whose upstream asked for `retry-after`, is waited for only when that fits
 * in the retry budget, else skipped. A failure that is not retryable ends routing at once.
 *
 * `attempt` must resolve only once the answer is committed to (for streams: the first event
 * arrived) — that is the last moment a retry is possible. Its signal is aborted when the attempt
 * is abandoned, so the upstream call is torn down.
 */
export async function routeRequest<T>(deps: RouterDeps, req: RouteRequest, attempt: (c: RouteCandidate, signal: AbortSignal) => Promise<T>): Promise<{ value: T; candidate: RouteCandidate }> {
  const now = deps.now ?? Date.now;
  const random = deps.random ?? Math.random;
  const { circuits, routing } = deps;
  const deadline = req.startedAt + routing.deadlineMs;
  const force = req.pinnedChannel !== undefined;
  let lastError: GatewayError | undefined;
  let lastChannel: string | undefined;
  let earliestSkipped = Number.POSITIVE_INFINITY;

  const decorate = (e: GatewayError): GatewayError => {
    if (lastChannel !== undefined) e.headers[CHANNEL_HEADER] = lastChannel;
    if (req.attempts.length > 0) e.headers['x-nexusflow-attempts'] = String(req.attempts.length);
    return e;
  };

  for (const [depth, model] of req.chain.entries()) {
    if (force && depth > 0) break;
    const candidates = orderChannels(model, deps.catalog, random)
      .filter((s) => (req.usable?.(s.channel) ?? true) && (!force || s.channel.id === req.pinnedChannel))
      .map((s): RouteCandidate => ({ model, channel: s.channel, binding: s.binding, upstreamModel: s.binding.upstreamModel ?? model.id }));
    /** Per channel of this model: tries so far and when a re-try may start (backoff). */
    const tried = new Map<string, { tries: number; retryAt: number }>();
    let made = 0;
    while (made < routing.maxAttempts) {
      const t = now();
      // The budget ends retries, never the first attempt.
      if (req.attempts.length > 0 && t >= deadline) return fail();
      let best: RouteCandidate | undefined;
      let bestAt = Number.POSITIVE_INFINITY;
      let bestTries = Number.POSITIVE_INFINITY;
      for (const c of candidates) {
        let at = circuits.readyAt(c.channel.id, c.upstreamModel, force);
        const mine = tried.get(c.channel.id);
        if (mine) at = Math.max(at, mine.retryAt);
        at = Math.max(at, t);
        if (at > t && at > deadline) {
          earliestSkipped = Math.min(earliestSkipped, at);
          continue;
        }
        // Among routes ready at the same time, one not tried yet goes first: a channel whose
        // backoff has already run out (a short one) is not retried before the next is tried.
        const tries = mine?.tries ?? 0;
        if (at < bestAt || (at === bestAt && tries < bestTries)) {
          best = c;
          bestAt = at;
          bestTries = tries;
        }
      }
      if (!best) break;
      if (bestAt > t) await sleep(bestAt - t, undefined, { signal: req.signal });
      if (!circuits.acquire(best.channel.id, best.upstreamModel, force)) continue;
      made++;
      lastChannel = best.channel.id;
      // The attempt's own signal: aborted when it fails (its upstream call is dropped) or when the
      // caller leaves — linked by a listener rather than AbortSignal.any, which costs a composite
      // signal with weak references per request (~2 % of the hot path's CPU in a profile).
      const controller = new AbortController();
      const signal = controller.signal;
      if (req.signal.aborted) controller.abort(req.signal.reason);
      else req.signal.addEventListener('abort', () => controller.abort(req.signal.reason), { once: true });
      const started = now();
      try {
        const chosen = best;
        const value = deps.tracing
          ? await deps.tracing.attempt({ operation: req.operation ?? 'chat', system: genAiSystem(chosen.channel.provider), channel: chosen.channel.id, model: chosen.model.id, upstreamModel: chosen.upstreamModel }, () => attempt(chosen, signal))
          : await attempt(best, signal);
        circuits.success(best.channel.id, best.upstreamModel);
        record(best, 'ok', started);
        return { value, candidate: best };
      } catch (err) {
        controller.abort();
        if (req.signal.aborted) {
          // The caller left: not the route's fault, and nobody is waiting for another attempt.
          circuits.release(best.channel.id, best.upstreamModel);
          throw err;
        }
        const e = toGatewayError(err);
        record(best, e.code, started);
        if (!isRetryable(e)) {
          circuits.release(best.channel.id, best.upstreamModel);
          throw decorate(e);
        }
        const prev = tried.get(best.channel.id)?.tries ?? 0;
        lastError = e;
        if (e.channelFault) {
          // A refused credential or an unknown model stays so: never again on this channel for
          // this request; a refused credential also opens the route's circuit for its cool-down.
          if (e.channelFault === 'credential') circuits.trip(best.channel.id, best.upstreamModel);
          else circuits.release(best.channel.id, best.upstreamModel);
          tried.set(best.channel.id, { tries: prev + 1, retryAt: Number.POSITIVE_INFINITY });
          deps.log?.warn({ channel: best.channel.id, upstreamModel: best.upstreamModel, fault: e.channelFault, detail: e.detail }, e.channelFault === 'credential'
            ? 'upstream refused the channel credential: circuit opened, trying the next channel'
            : 'upstream does not serve this model: trying the next channel');
          continue;
        }
        circuits.failure(best.channel.id, best.upstreamModel, e.retryAfter !== undefined ? e.retryAfter * 1000 : undefined);
        tried.set(best.channel.id, { tries: prev + 1, retryAt: now() + backoffMs(routing, prev + 1, random) });
      }
    }
  }
  return fail();

  function record(c: RouteCandidate, outcome: string, started: number): void {
    req.attempts.push({ channelId: c.channel.id, model: c.model.id, outcome, ms: now() - started });
    deps.metrics?.upstreamAttempts.inc({ channel: c.channel.id, outcome });
  }

  function fail(): never {
    if (lastError) throw decorate(lastError);
    const wait = Number.isFinite(earliestSkipped) ? Math.max(1, Math.ceil((earliestSkipped - now()) / 1000)) : 5;
    const model = req.chain[0]?.id ?? '';
    throw decorate(new GatewayError('no_channel_available', `No channel is available for model '${model}' right now.`, { retryAfter: wait }));
  }
}
