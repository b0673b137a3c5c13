import type { Store } from '../store/store.js';
import type { ChannelRecord, ModelRecord } from '../store/types.js';

/** Models and channels held in memory; reloaded when the store's change counter moves. */
export class Catalog {
  private models = new Map<string, ModelRecord>();
  private channels = new Map<string, ChannelRecord>();
  /** When the last reload succeeded (undefined until the first one has). */
  loadedAt: number | undefined;

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    const [models, channels] = await Promise.all([this.store.listModels(), this.store.listChannels()]);
    this.models = new Map(models.map((m) => [m.id, m]));
    this.channels = new Map(channels.map((c) => [c.id, c]));
    this.loadedAt = Date.now();
  }

  getModel(id: string): ModelRecord | undefined {
    return this.models.get(id);
  }

  listModels(): ModelRecord[] {
    return [...this.models.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  getChannel(id: string): ChannelRecord | undefined {
    return this.channels.get(id);
  }
}
