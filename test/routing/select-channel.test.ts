import { describe, expect, it } from 'vitest';
import { orderChannels } from '../../server/routing/select-channel.js';
import type { ChannelRecord, ModelRecord } from '../../server/store/types.js';

const channel = (id: string, weight: number, priority = 0, status: ChannelRecord['status'] = 'enabled'): ChannelRecord =>
  ({ id, name: id, provider: 'simulator', weight, priority, status, createdAt: 0, updatedAt: 0 });

function fixture(channels: ChannelRecord[]) {
  const byId = new Map(channels.map((c) => [c.id, c]));
  const model = { id: 'm', channels: channels.map((c) => ({ channelId: c.id })) } as unknown as ModelRecord;
  return { model, catalog: { getChannel: (id: string) => byId.get(id) } };
}

/** A deterministic PRNG so the tolerance check cannot flake. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a |= 0;
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('channel order', () => {
  it('first choices follow the weights within a priority (1:2:5 over 40,000 draws, ±1.5 points)', () => {
    const { model, catalog } = fixture([channel('a', 1), channel('b', 2), channel('c', 5)]);
    const random = mulberry32(42);
    const counts = new Map<string, number>();
    const N = 40_000;
    for (let i = 0; i < N; i++) {
      const first = orderChannels(model, catalog, random)[0]!.channel.id;
      counts.set(first, (counts.get(first) ?? 0) + 1);
    }
    expect(Math.abs((counts.get('a') ?? 0) / N - 1 / 8)).toBeLessThan(0.015);
    expect(Math.abs((counts.get('b') ?? 0) / N - 2 / 8)).toBeLessThan(0.015);
    expect(Math.abs((counts.get('c') ?? 0) / N - 5 / 8)).toBeLessThan(0.015);
  });

  it('lower priority numbers come first, disabled channels never, zero weights last within their priority', () => {
    const { model, catalog } = fixture([channel('backup', 9, 1), channel('off', 100, 0, 'disabled'), channel('zero', 0, 0), channel('main', 1, 0)]);
    for (let i = 0; i < 50; i++) {
      expect(orderChannels(model, catalog).map((s) => s.channel.id)).toEqual(['main', 'zero', 'backup']);
    }
  });
});
