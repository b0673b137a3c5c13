import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';

/** Where a gateway PROCESS keeps its data, and how a test opens the same store to audit it. */
export interface ProcessTarget {
  name: 'embedded' | 'mongo';
  available: boolean;
  /** Environment selecting this store for `server/main.ts`. */
  env: Record<string, string>;
  /** A scratch directory of the test (the embedded store's data dir). */
  dir: string;
  open(): Promise<Store>;
  cleanup(): Promise<void>;
}

/** Both stores for process-level fault tests: a fresh data dir, and a fresh database on MONGODB_URI. */
export function processTargets(prefix: string): ProcessTarget[] {
  const uri = process.env.MONGODB_URI;
  const db = `nf_${prefix.replace(/\W/g, '_')}_${Math.random().toString(36).slice(2, 10)}`;
  const dir = (): string => mkdtempSync(join(tmpdir(), `nexusflow-${prefix}-`));
  const embeddedDir = dir();
  const mongoDir = dir();
  return [
    {
      name: 'embedded', available: true, dir: embeddedDir,
      env: { NEXUSFLOW_DATA_DIR: embeddedDir },
      open: () => createStore({ dataDir: embeddedDir }),
      cleanup: async () => rmSync(embeddedDir, { recursive: true, force: true }),
    },
    {
      name: 'mongo', available: uri !== undefined, dir: mongoDir,
      // The data dir only keeps the gateway from writing under the repository.
      env: uri ? { MONGODB_URI: uri, NEXUSFLOW_MONGODB_DB: db, NEXUSFLOW_DATA_DIR: mongoDir } : {},
      open: () => createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db }),
      cleanup: async () => {
        rmSync(mongoDir, { recursive: true, force: true });
        if (!uri) return;
        const client = new MongoClient(uri);
        await client.db(db).dropDatabase().finally(() => client.close());
      },
    },
  ];
}
