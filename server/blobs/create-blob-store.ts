import { dirname, join } from 'node:path';
import { EmbeddedStore } from '../store/embedded/sqlite-store.js';
import { MongoStore } from '../store/mongo/mongo-store.js';
import type { Store } from '../store/store.js';
import type { BlobStore } from './blob-store.js';
import { FsBlobStore } from './fs-blob-store.js';
import { MongoBlobStore } from './mongo-blob-store.js';

/** The blob store that goes with a store: files beside the SQLite database, or collections in the same MongoDB database. */
export function createBlobStore(store: Store): BlobStore {
  if (store instanceof EmbeddedStore) return new FsBlobStore(join(dirname(store.file), 'blobs'));
  if (store instanceof MongoStore) return new MongoBlobStore(store.db, store.target);
  throw new Error(`no blob store for a ${store.kind} store; pass AppOptions.blobs`);
}
