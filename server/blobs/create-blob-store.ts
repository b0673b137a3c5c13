import { dirname, join } from 'node:path';
import { EmbeddedStore } from '../store/embedded/sqlite-store.js';
import type { MongoStore } from '../store/mongo/mongo-store.js';
import type { Store } from '../store/store.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';

/**
 * The blob store that goes with a store: files beside the SQLite database, or collections in the
 * same MongoDB database (its module, and the driver, loaded only then).
 */
export async function createBlobStore(store: Store): Promise<BlobStore> {
  if (store instanceof EmbeddedStore) return new FsBlobStore(join(dirname(store.file), 'blobs'));
  if (store.kind === 'mongo') {
    const { MongoBlobStore } = await import('./mongo-blob-store.js');
    const mongo = store as MongoStore;
    return new MongoBlobStore(mongo.db, mongo.target);
  }
  throw new Error(`no blob store for a ${store.kind} store; pass AppOptions.blobs`);
}
