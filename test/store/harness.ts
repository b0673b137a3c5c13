import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { EmbeddedStore } from '../../server/store/embedded/sqlite-store.js';
import { MongoStore, type MongoStoreOptions } from '../../server/store/mongo/mongo-store.js';
import type { Store } from '../../server/store/store.js';
import type { ApiKeyRecord, ChannelRecord, ModelRecord, TaskRecord, UsageRecord } from '../../server/store/types.js';

/** One store's data (a temp dir, or a fresh database) and any number of stores opened on it. */
export interface StoreHarness {
  /** The first store, already initialised. */
  store: Store;
  /** Opens another store on the same data: a second process, or the same one after a restart. */
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export interface StoreFactory {
  name: 'embedded' | 'mongo';
  /** Why this store cannot be tested here, if it cannot. */
  unavailable?: string;
  create(): Promise<StoreHarness>;
}

export const randomName = (prefix: string): string => `${prefix}_${randomBytes(6).toString('hex')}`;

export const embeddedFactory: StoreFactory = {
  name: 'embedded',
  async create() {
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-store-'));
    const opened: Store[] = [];
    const open = async (): Promise<Store> => {
      const s = new EmbeddedStore({ dataDir: dir });
      await s.init();
      opened.push(s);
      return s;
    };
    const store = await open();
    return {
      store,
      open,
      dispose: async () => {
        for (const s of opened) await s.close();
        rmSync(dir, { recursive: true, force: true });
      },
    };
  },
};

export function mongoUri(): string | undefined {
  return process.env.MONGODB_URI || undefined;
}

export function mongoFactory(options: Partial<MongoStoreOptions> = {}): StoreFactory {
  const uri = mongoUri();
  return {
    name: 'mongo',
    unavailable: uri ? undefined : 'MONGODB_URI is unset and no ferretdb binary was found (set NEXUSFLOW_REQUIRE_MONGO=1 to make this an error)',
    async create() {
      if (!uri) throw new Error('MONGODB_URI is unset');
      const dbName = randomName('nf_test');
      const opened: Store[] = [];
      const open = async (): Promise<Store> => {
        const s = new MongoStore({ uri, dbName, serverSelectionTimeoutMS: 5000, ...options });
        await s.init();
        opened.push(s);
        return s;
      };
      const store = await open();
      return {
        store,
        open,
        dispose: async () => {
          for (const s of opened) await s.close().catch(() => undefined);
          const client = await new MongoClient(uri).connect();
          try {
            await client.db(dbName).dropDatabase();
          } finally {
            await client.close();
          }
        },
      };
    },
  };
}

// ------------------------------------------------------------------ builders

let seq = 0;
const uid = (p: string): string => `${p}_${Date.now().toString(36)}_${(seq++).toString(36)}`;

export function makeKey(overrides: Partial<ApiKeyRecord> = {}): ApiKeyRecord {
  const id = overrides.id ?? uid('key');
  return {
    id, hash: `hash-${id}`, prefix: 'sk-nf-AbC1', accountId: 'acct_1', name: 'test key', status: 'active', spent: 0,
    createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides,
  };
}

export function makeModel(overrides: Partial<ModelRecord> = {}): ModelRecord {
  return {
    id: uid('model'), displayName: 'Test Model', kind: 'chat', ownedBy: 'nexusflow',
    supportedProtocols: ['openai:chat-completions', 'anthropic:messages'], capabilities: { tools: true, vision: false },
    contextWindow: 128_000, pricing: { inputPerMillion: 500_000, outputPerMillion: 1_500_000, perImage: { default: 40_000, '1024x1024': 80_000 } },
    channels: [{ channelId: 'ch_1', upstreamModel: 'upstream-model' }], fallbacks: ['other-model'],
    createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides,
  };
}

export function makeChannel(overrides: Partial<ChannelRecord> = {}): ChannelRecord {
  return {
    id: uid('ch'), name: 'Simulator', provider: 'simulator', weight: 1, priority: 0, status: 'enabled',
    quirks: { enableThinkingFalseWhenNotStreaming: true }, options: { latencyMs: 5, chunks: [1, 2, { nested: true }] },
    createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...overrides,
  };
}

export function makeUsage(overrides: Partial<UsageRecord> = {}): UsageRecord {
  return {
    requestId: uid('req'), accountId: 'acct_1', keyId: 'key_1', model: 'model-a', protocol: 'openai', endpoint: '/v1/chat/completions',
    status: 'succeeded', httpStatus: 200, uncachedInput: 100, cacheRead: 20, output: 50, reasoning: 5, source: 'upstream',
    pricing: { inputPerMillion: 1_000_000 }, cost: 1234, latencyMs: 250, overheadMs: 3, createdAt: 1_700_000_000_000, ...overrides,
  };
}

export function makeTask(overrides: Partial<TaskRecord> = {}): TaskRecord {
  return {
    id: uid('task'), accountId: 'acct_1', keyId: 'key_1', model: 'video-model', kind: 'video', status: 'queued',
    input: { prompt: 'a cat' }, parameters: { seconds: 5 }, attempts: 0, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000,
    ...overrides,
  };
}
