import { randomBytes } from 'node:crypto';
import { Binary, type Collection, type Db } from 'mongodb';
import { isDuplicateKey, mapMongoError } from '../store/mongo/connection.js';
import type { MongoTarget } from '../store/mongo/connection.js';
import { assertBlobId, type Blob, type BlobMeta, type BlobStore } from './blob-store.js';

/** 1 MiB per chunk: far below the 16 MB document limit, and FerretDB v1 stores documents whole. */
export const BLOB_CHUNK_BYTES = 1024 * 1024;

interface ManifestDoc {
  _id: string;
  contentType: string;
  bytes: number;
  createdAt: number;
  /** The writer whose chunks make up this blob (chunk ids carry it). */
  writer: string;
  chunks: number;
}

interface ChunkDoc {
  _id: string;
  data: Binary;
}

/**
 * Blobs in MongoDB without GridFS (FerretDB v1 does not give its guarantees): chunks of
 * BLOB_CHUNK_BYTES in `blob_chunks`, then one manifest in `blobs`. The manifest insert is the
 * commit — a unique `_id` insert is atomic on FerretDB too — and chunk ids carry the writer's
 * nonce, so two racing writers never mix their chunks. Chunks of a writer that lost the race
 * or crashed before committing are unreferenced garbage, never read. Every read is by exact
 * `_id`, the one filter FerretDB v1 answers from an index.
 */
export class MongoBlobStore implements BlobStore {
  readonly kind = 'mongo' as const;
  readonly #manifests: Collection<ManifestDoc>;
  readonly #chunks: Collection<ChunkDoc>;

  constructor(db: Db, private readonly target: MongoTarget) {
    this.#manifests = db.collection<ManifestDoc>('blobs');
    this.#chunks = db.collection<ChunkDoc>('blob_chunks');
  }

  async #g<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw mapMongoError(err, this.target);
    }
  }

  async putIfAbsent(id: string, data: Buffer, contentType: string): Promise<boolean> {
    assertBlobId(id);
    return this.#g(async () => {
      if (await this.#manifests.findOne({ _id: id }, { projection: { _id: 1 } })) return false;
      const writer = randomBytes(6).toString('hex');
      const chunks = Math.max(1, Math.ceil(data.length / BLOB_CHUNK_BYTES));
      for (let n = 0; n < chunks; n++) {
        const part = data.subarray(n * BLOB_CHUNK_BYTES, (n + 1) * BLOB_CHUNK_BYTES);
        await this.#chunks.insertOne({ _id: chunkId(id, writer, n), data: new Binary(part) });
      }
      try {
        await this.#manifests.insertOne({ _id: id, contentType, bytes: data.length, createdAt: Date.now(), writer, chunks });
        return true;
      } catch (err) {
        if (!isDuplicateKey(err)) throw err;
        for (let n = 0; n < chunks; n++) await this.#chunks.deleteOne({ _id: chunkId(id, writer, n) }).catch(() => undefined);
        return false;
      }
    });
  }

  async get(id: string): Promise<Blob | null> {
    assertBlobId(id);
    return this.#g(async () => {
      const m = await this.#manifests.findOne({ _id: id });
      if (!m) return null;
      const parts: Buffer[] = [];
      for (let n = 0; n < m.chunks; n++) {
        const c = await this.#chunks.findOne({ _id: chunkId(id, m.writer, n) });
        if (!c) throw new Error(`blob ${id}: chunk ${n} is missing`);
        parts.push(Buffer.from(c.data.buffer));
      }
      const data = Buffer.concat(parts);
      if (data.length !== m.bytes) throw new Error(`blob ${id}: ${data.length} bytes stored, ${m.bytes} expected`);
      return { data, meta: { contentType: m.contentType, bytes: m.bytes, createdAt: m.createdAt } };
    });
  }

  async head(id: string): Promise<BlobMeta | null> {
    assertBlobId(id);
    return this.#g(async () => {
      const m = await this.#manifests.findOne({ _id: id });
      return m ? { contentType: m.contentType, bytes: m.bytes, createdAt: m.createdAt } : null;
    });
  }
}

function chunkId(id: string, writer: string, n: number): string {
  return `${id}|${writer}|${n}`;
}
