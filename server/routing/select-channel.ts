import type { Catalog } from '../catalog/catalog.js';
import type { ChannelBinding, ChannelRecord, ModelRecord } from '../store/types.js';

export interface SelectedChannel {
  channel: ChannelRecord;
  binding: ChannelBinding;
}

/**
 * Orders a model's usable channels for one request: lowest priority number first; within a
 * priority, weighted random without replacement. Channels disabled by an operator are skipped;
 * circuit state and `retry-after` are the router's business (router.ts), applied on this order.
 */
export function orderChannels(model: ModelRecord, catalog: Pick<Catalog, 'getChannel'>, random: () => number = Math.random): SelectedChannel[] {
  const usable: SelectedChannel[] = [];
  for (const binding of model.channels) {
    const channel = catalog.getChannel(binding.channelId);
    if (channel && channel.status === 'enabled') usable.push({ channel, binding });
  }
  const byPriority = new Map<number, SelectedChannel[]>();
  for (const s of usable) {
    const list = byPriority.get(s.channel.priority) ?? [];
    list.push(s);
    byPriority.set(s.channel.priority, list);
  }
  const out: SelectedChannel[] = [];
  for (const priority of [...byPriority.keys()].sort((a, b) => a - b)) {
    const pool = [...(byPriority.get(priority) ?? [])];
    while (pool.length > 0) {
      const total = pool.reduce((sum, s) => sum + Math.max(0, s.channel.weight), 0);
      let pick = 0;
      if (total > 0) {
        let r = random() * total;
        for (let i = 0; i < pool.length; i++) {
          r -= Math.max(0, pool[i]!.channel.weight);
          if (r < 0) {
            pick = i;
            break;
          }
        }
      }
      out.push(pool.splice(pick, 1)[0]!);
    }
  }
  return out;
}
