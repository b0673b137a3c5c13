import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';

export interface StoreKind {
  name: 'embedded' | 'mongo';
  /** False when no MongoDB is configured (then the Mongo cases skip, unless NEXUSFLOW_REQUIRE_MONGO=1 made global setup fail). */
  available: boolean;
  /** A fresh, empty store; `cleanup` closes it and removes its data. */
  open(): Promise<{ store: Store; cleanup: () => Promise<void> }>;
}

/** Both stores, for suites that must hold on each (describe.each over this list). */
export function storeKinds(): StoreKind[] {
  const uri = process.env.MONGODB_URI;
  return [
    {
      name: 'embedded',
      available: true,
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'nexusflow-store-'));
        const store = await createStore({ dataDir: dir });
        return { store, cleanup: async () => { await store.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
    {
      name: 'mongo',
      available: uri !== undefined,
      async open() {
        if (!uri) throw new Error('MONGODB_URI is not set');
        const db = `nf_test_${Math.random().toString(36).slice(2, 10)}`;
        const store = await createStore({ dataDir: '', mongodbUri: uri, mongodbDb: db });
        return {
          store,
          cleanup: async () => {
            await store.close();
            const client = new MongoClient(uri);
            try {
              await client.db(db).dropDatabase();
            } finally {
              await client.close();
            }
          },
        };
      },
    },
  ];
}
