import { Registry, Gauge } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { CircuitBreakers } from '../../server/routing/circuit-breaker.js';

function setup(failures = 3, cooldownMs = 1000) {
  let now = 1_000_000;
  const registry = new Registry();
  const gauge = new Gauge({ name: 'g', help: 'h', labelNames: ['channel', 'upstream_model'] as const, registers: [registry] });
  const cb = new CircuitBreakers({ failures, cooldownMs }, gauge, () => now);
  const gaugeValue = async (channel: string, model: string): Promise<number | undefined> =>
    (await gauge.get()).values.find((v) => v.labels.channel === channel && v.labels.upstream_model === model)?.value;
  return { cb, gaugeValue, advance: (ms: number) => void (now += ms), now: () => now };
}

describe('circuit breakers', () => {
  it('open after N consecutive failures, half-open after the cool-down with exactly one trial, close on success', async () => {
    const { cb, gaugeValue, advance, now } = setup();
    expect(cb.acquire('a', 'm')).toBe(true);
    cb.failure('a', 'm');
    cb.failure('a', 'm');
    expect(cb.state('a', 'm')).toBe('closed');
    cb.success('a', 'm');
    // A success resets the count: failures must be consecutive.
    cb.failure('a', 'm');
    cb.failure('a', 'm');
    expect(cb.state('a', 'm')).toBe('closed');
    cb.failure('a', 'm');
    expect(cb.state('a', 'm')).toBe('open');
    expect(await gaugeValue('a', 'm')).toBe(2);
    expect(cb.acquire('a', 'm')).toBe(false);
    expect(cb.readyAt('a', 'm')).toBe(now() + 1000);
    // Another route of the same channel is unaffected.
    expect(cb.state('a', 'other')).toBe('closed');
    expect(cb.channelState('a')).toBe('open');

    advance(1000);
    expect(cb.state('a', 'm')).toBe('half_open');
    cb.publish();
    expect(await gaugeValue('a', 'm')).toBe(1);
    expect(cb.acquire('a', 'm')).toBe(true);
    // The trial is in flight: nobody else goes.
    expect(cb.acquire('a', 'm')).toBe(false);
    expect(cb.readyAt('a', 'm')).toBe(Number.POSITIVE_INFINITY);
    cb.success('a', 'm');
    expect(cb.state('a', 'm')).toBe('closed');
    expect(await gaugeValue('a', 'm')).toBe(0);
    expect(cb.snapshot()).toEqual([]);
  });

  it('a failed trial re-opens for another cool-down; a released trial lets the next request try', () => {
    const { cb, advance } = setup(1, 500);
    cb.failure('a', 'm');
    advance(500);
    expect(cb.acquire('a', 'm')).toBe(true);
    cb.release('a', 'm');
    expect(cb.state('a', 'm')).toBe('half_open');
    expect(cb.acquire('a', 'm')).toBe(true);
    cb.failure('a', 'm');
    expect(cb.state('a', 'm')).toBe('open');
    expect(cb.snapshot()).toMatchObject([{ channelId: 'a', upstreamModel: 'm', state: 'open', consecutiveFailures: 2 }]);
    // A pinned request goes through an open circuit, and its success closes it.
    expect(cb.acquire('a', 'm', true)).toBe(true);
    cb.success('a', 'm');
    expect(cb.state('a', 'm')).toBe('closed');
  });

  it('remembers retry-after as the earliest next attempt, without opening the circuit', () => {
    const { cb, now, advance } = setup(5);
    cb.failure('a', 'm', 2000);
    expect(cb.state('a', 'm')).toBe('closed');
    expect(cb.readyAt('a', 'm')).toBe(now() + 2000);
    expect(cb.snapshot()[0]?.notBefore).toBe(now() + 2000);
    advance(2000);
    expect(cb.readyAt('a', 'm')).toBeLessThanOrEqual(now());
  });
});
