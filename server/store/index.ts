import { EmbeddedStore } from './embedded/sqlite-store.js';
import { resolveDbName } from './mongo/connection.js';
import { MongoStore } from './mongo/mongo-store.js';
import type { Store } from './store.js';

export { StoreConflictError, StoreOpenError, StoreUnavailableError, type Store } from './store.js';
export { InvalidCursorError } from './cursor.js';

export interface StoreConfig {
  /** MONGODB_URI: when set, the MongoDB store; otherwise the embedded one. */
  mongodbUri?: string;
  /** NEXUSFLOW_MONGODB_DB: used when the URI names no database (default `nexusflow`). */
  mongodbDb?: string;
  /** Directory of the embedded store's `nexusflow.db`. */
  dataDir: string;
  poolSize?: number;
  /** How long a MongoDB operation waits for a reachable server (default 5000 ms). */
  serverSelectionTimeoutMS?: number;
}

/** Opens the configured store and runs init() (migrations, indexes); throws StoreOpenError when it cannot. */
export async function createStore(config: StoreConfig): Promise<Store> {
  const store: Store = config.mongodbUri
    ? new MongoStore({
        uri: config.mongodbUri,
        dbName: resolveDbName(config.mongodbUri, config.mongodbDb),
        ...(config.poolSize !== undefined ? { poolSize: config.poolSize } : {}),
        ...(config.serverSelectionTimeoutMS !== undefined ? { serverSelectionTimeoutMS: config.serverSelectionTimeoutMS } : {}),
      })
    : new EmbeddedStore({ dataDir: config.dataDir });
  await store.init();
  return store;
}

/** Where the data lives, for the start-up log; never includes credentials. */
export function describeStore(store: Store): string {
  if (store instanceof EmbeddedStore) return `embedded SQLite at ${store.file}`;
  if (store instanceof MongoStore) return store.describe();
  return `${store.kind} store`;
}
