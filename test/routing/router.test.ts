import { describe, expect, it } from 'vitest';
import { GatewayError } from '../../server/errors/gateway-error.js';
import { CircuitBreakers } from '../../server/routing/circuit-breaker.js';
import { routeRequest, type AttemptRecord, type RouteCandidate } from '../../server/routing/router.js';
import { routingOptions, type RoutingOptions } from '../../server/routing/routing-options.js';
import type { ChannelRecord, ModelRecord } from '../../server/store/types.js';

const channel = (id: string, priority = 0): ChannelRecord => ({ id, name: id, provider: 'simulator', weight: 1, priority, status: 'enabled', createdAt: 0, updatedAt: 0 });
const model = (id: string, channels: string[], fallbacks?: string[]): ModelRecord =>
  ({ id, channels: channels.map((c) => ({ channelId: c })), ...(fallbacks ? { fallbacks } : {}) }) as unknown as ModelRecord;

function deps(channels: ChannelRecord[], routing: Partial<RoutingOptions> = {}) {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const options = routingOptions({ backoffBaseMs: 20, backoffMaxMs: 100, deadlineMs: 2000, ...routing });
  return { catalog: { getChannel: (id: string) => byId.get(id) }, circuits: new CircuitBreakers({ failures: options.circuitFailures, cooldownMs: options.circuitCooldownMs }), routing: options };
}

/** Runs a route where each channel answers by `outcomes[channel]` (a queue; the last entry repeats). */
async function run(d: ReturnType<typeof deps>, chain: ModelRecord[], outcomes: Record<string, Array<'ok' | GatewayError>>, extra: { pinnedChannel?: string } = {}) {
  const calls: Array<{ channel: string; at: number }> = [];
  const attempts: AttemptRecord[] = [];
  const t0 = Date.now();
  const attempt = async (c: RouteCandidate): Promise<string> => {
    calls.push({ channel: c.channel.id, at: Date.now() - t0 });
    const list = outcomes[c.channel.id]!;
    const o = list.length > 1 ? list.shift()! : list[0]!;
    if (o !== 'ok') throw o;
    return `${c.model.id}@${c.channel.id}`;
  };
  const result = await routeRequest(d, { chain, signal: new AbortController().signal, startedAt: t0, attempts, ...extra }, attempt).then((r) => r.value, (e: unknown) => e);
  return { result, calls, attempts };
}

const e500 = () => new GatewayError('upstream_error', 'boom');
const e429 = (s: number) => new GatewayError('upstream_rate_limited', 'slow down', { retryAfter: s });

describe('router', () => {
  it('fails over to the next channel at once, and re-tries a channel only after a backoff', async () => {
    const d = deps([channel('a', 0), channel('b', 1)]);
    const { result, calls, attempts } = await run(d, [model('m', ['a', 'b'])], { a: [e500(), 'ok'], b: [e500(), 'ok'] });
    expect(result).toMatch(/^m@[ab]$/);
    // a failed → b at once; b failed → the first whose backoff ends (jittered), which answers.
    expect(calls.map((c) => c.channel).slice(0, 2)).toEqual(['a', 'b']);
    expect(calls[1]!.at - calls[0]!.at).toBeLessThan(9);
    expect(calls[2]!.at - calls[1]!.at).toBeGreaterThanOrEqual(9);
    expect(attempts.map((a) => a.outcome)).toEqual(['upstream_error', 'upstream_error', 'ok']);
  });

  it('a channel whose backoff already ran out is not retried before an untried one (short backoffs, a clock that moves on)', async () => {
    // A 1 ms backoff and a clock that moves 5 ms between readings: when the router next looks,
    // `a`'s re-try time has passed already; `b` (lower priority, untried) must still go next.
    let clock = 1_000_000;
    const d = { ...deps([channel('a', 0), channel('b', 1)], { backoffBaseMs: 1, backoffMaxMs: 1 }), now: () => (clock += 5) };
    const calls: string[] = [];
    const attempts: AttemptRecord[] = [];
    const result = await routeRequest(d, { chain: [model('m', ['a', 'b'])], signal: new AbortController().signal, startedAt: clock, attempts }, async (c: RouteCandidate) => {
      calls.push(c.channel.id);
      if (c.channel.id === 'a' && calls.length === 1) throw e500();
      return c.channel.id;
    });
    expect(calls).toEqual(['a', 'b']);
    expect(result.value).toBe('b');
  });

  it('stops at maxAttempts per model and throws the last error with the attempt count and channel', async () => {
    const d = deps([channel('a')]);
    const { result, calls } = await run(d, [model('m', ['a'])], { a: [e500()] });
    expect(calls.map((c) => c.channel)).toEqual(['a', 'a', 'a']);
    // Backoff: the re-tries are spaced (base 20 ms, jittered to ≥ 50 %).
    expect(calls[1]!.at - calls[0]!.at).toBeGreaterThanOrEqual(9);
    expect(result).toBeInstanceOf(GatewayError);
    expect((result as GatewayError).headers).toEqual({ 'x-nexusflow-channel': 'a', 'x-nexusflow-attempts': '3' });
  });

  it('never retries the caller\'s own mistakes', async () => {
    const d = deps([channel('a', 0), channel('b', 1)]);
    const { result, calls } = await run(d, [model('m', ['a', 'b'])], { a: [new GatewayError('invalid_request', 'bad')], b: ['ok'] });
    expect((result as GatewayError).code).toBe('invalid_request');
    expect(calls).toHaveLength(1);
  });

  it('waits for retry-after when it fits the budget, and skips the channel when it does not', async () => {
    const d = deps([channel('a')]);
    const waited = await run(d, [model('m', ['a'])], { a: [e429(1), 'ok'] });
    expect(waited.result).toBe('m@a');
    expect(waited.calls[1]!.at - waited.calls[0]!.at).toBeGreaterThanOrEqual(950);

    const d2 = deps([channel('a', 0), channel('b', 1)], { deadlineMs: 1500 });
    const skipped = await run(d2, [model('m', ['a', 'b'])], { a: [e429(60)], b: [e500(), 'ok'] });
    // a said 60 s: never slept on; b is re-tried after its backoff instead.
    expect(skipped.calls.map((c) => c.channel)).toEqual(['a', 'b', 'b']);
    expect(skipped.result).toBe('m@b');
    // The next request does not even try a (it asked for 60 s).
    const next = await run(d2, [model('m', ['a', 'b'])], { a: ['ok'], b: ['ok'] });
    expect(next.calls.map((c) => c.channel)).toEqual(['b']);
  });

  it('tries the fallback model when every channel of the first fails, and not before', async () => {
    const d = deps([channel('a', 0), channel('b', 1), channel('c')]);
    const chain = [model('A', ['a', 'b'], ['B']), model('B', ['c'])];
    const { result, calls } = await run(d, chain, { a: [e500()], b: [e500()], c: ['ok'] });
    expect(result).toBe('B@c');
    expect(calls.map((c) => c.channel).slice(0, 2)).toEqual(['a', 'b']);
    expect(calls.map((c) => c.channel).slice(3)).toEqual(['c']);
  });

  it('a pin keeps to one channel of the requested model, even through an open circuit', async () => {
    const d = deps([channel('a', 0), channel('b', 1)], { circuitFailures: 1 });
    d.circuits.failure('b', 'm');
    const { result, calls } = await run(d, [model('m', ['a', 'b'], ['X']), model('X', ['a'])], { a: ['ok'], b: ['ok'] }, { pinnedChannel: 'b' });
    expect(result).toBe('m@b');
    expect(calls.map((c) => c.channel)).toEqual(['b']);
    expect(d.circuits.state('b', 'm')).toBe('closed');
  });

  it('no retry starts after the deadline', async () => {
    const d = deps([channel('a'), channel('b')], { deadlineMs: 0 });
    const { result, calls } = await run(d, [model('m', ['a', 'b'])], { a: [e500()], b: [e500()] });
    expect(calls).toHaveLength(1);
    expect((result as GatewayError).code).toBe('upstream_error');
  });

  it('answers no_channel_available with a retry-after when every route is open', async () => {
    const d = deps([channel('a')], { circuitFailures: 1, circuitCooldownMs: 60_000 });
    d.circuits.failure('a', 'm');
    const { result, calls } = await run(d, [model('m', ['a'])], { a: ['ok'] });
    expect(calls).toHaveLength(0);
    expect((result as GatewayError).code).toBe('no_channel_available');
    expect((result as GatewayError).retryAfter).toBeGreaterThanOrEqual(59);
  });
});
