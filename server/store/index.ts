import { EmbeddedStore } from './embedded/sqlite-store.js';
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

/**
 * Opens the configured store and runs init() (migrations, indexes); throws StoreOpenError when it
 * cannot. The MongoDB driver is loaded only when MongoDB is configured (~25 MB an embedded
 * gateway does not need to hold).
 */
export async function createStore(config: StoreConfig): Promise<Store> {
  let store: Store;
  if (config.mongodbUri) {
    const [{ MongoStore }, { resolveDbName }] = await Promise.all([import('./mongo/mongo-store.js'), import('./mongo/connection.js')]);
    store = new MongoStore({
      uri: config.mongodbUri,
      dbName: resolveDbName(config.mongodbUri, config.mongodbDb),
      ...(config.poolSize !== undefined ? { poolSize: config.poolSize } : {}),
      ...(config.serverSelectionTimeoutMS !== undefined ? { serverSelectionTimeoutMS: config.serverSelectionTimeoutMS } : {}),
    });
  } else {
    store = new EmbeddedStore({ dataDir: config.dataDir });
  }
  await store.init();
  return store;
}

/** Where the data lives, for the start-up log; never includes credentials. */
export function describeStore(store: Store): string {
  if (store instanceof EmbeddedStore) return `embedded SQLite at ${store.file}`;
  const describable = store as Store & { describe?: () => string };
  if (typeof describable.describe === 'function') return describable.describe();
  return `${store.kind} store`;
}
