import type { Store } from '../store/store.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
import type { ChannelRecord, ModelRecord } from '../store/types.js';
import { ModelNames } from './model-names.js';

/** Models and channels held in memory; reloaded when the store's change counter moves. */
export class Catalog {
  private models = new Map<string, ModelRecord>();
  private channels = new Map<string, ChannelRecord>();
  private names = new ModelNames([]);
  /** When the last reload succeeded (undefined until the first one has). */
  loadedAt: number | undefined;

  constructor(private readonly store: Store) {}

  async reload(): Promise<void> {
    const [models, channels] = await Promise.all([this.store.listModels(), this.store.listChannels()]);
    this.models = new Map(models.map((m) => [m.id, m]));
    this.channels = new Map(channels.map((c) => [c.id, c]));
    this.names = new ModelNames(models);
    this.loadedAt = Date.now();
  }

  getModel(id: string): ModelRecord | undefined {
    return this.models.get(id);
  }

  /** A catalog id, else an alias or name pattern of a model serving `protocol` (model-names.ts). */
  findModel(name: string, protocol: SupportedProtocol): ModelRecord | undefined {
    return this.models.get(name) ?? this.names.resolve(name, protocol);
  }

  listModels(): ModelRecord[] {
    return [...this.models.values()].sort((a, b) => a.id.localeCompare(b.id));
  }

  getChannel(id: string): ChannelRecord | undefined {
    return this.channels.get(id);
  }
}
