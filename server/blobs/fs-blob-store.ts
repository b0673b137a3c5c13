import { randomBytes } from 'node:crypto';
import { link, mkdir, open, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { assertBlobId, type Blob, type BlobMeta, type BlobStore } from './blob-store.js';

/**
 * Blobs as files under `<dataDir>/blobs` (the embedded store's companion). One file per blob:
 * a 4-byte big-endian header length, the JSON meta, then the bytes — so a blob and its content
 * type appear together or not at all. Written to a temporary name and hard-linked into place:
 * `link` fails when the target exists, which makes `putIfAbsent` atomic.
 */
export class FsBlobStore implements BlobStore {
  readonly kind = 'filesystem' as const;
  #ready: Promise<void> | undefined;

  constructor(readonly dir: string) {}

  #ensureDir(): Promise<void> {
    this.#ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    return this.#ready;
  }

  async putIfAbsent(id: string, data: Buffer, contentType: string): Promise<boolean> {
    assertBlobId(id);
    await this.#ensureDir();
    const target = join(this.dir, id);
    if (await this.head(id)) return false;
    const meta: BlobMeta = { contentType, bytes: data.length, createdAt: Date.now() };
    const header = Buffer.from(JSON.stringify(meta), 'utf8');
    const size = Buffer.alloc(4);
    size.writeUInt32BE(header.length);
    const tmp = join(this.dir, `.tmp-${randomBytes(8).toString('hex')}`);
    await writeFile(tmp, Buffer.concat([size, header, data]), { flag: 'wx' });
    try {
      const handle = await open(tmp, 'r');
      await handle.sync().finally(() => handle.close());
      await link(tmp, target);
      return true;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw err;
    } finally {
      await unlink(tmp).catch(() => undefined);
    }
  }

  async get(id: string): Promise<Blob | null> {
    assertBlobId(id);
    let raw: Buffer;
    try {
      raw = await readFile(join(this.dir, id));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    const headerLength = raw.readUInt32BE(0);
    const meta = JSON.parse(raw.subarray(4, 4 + headerLength).toString('utf8')) as BlobMeta;
    return { meta, data: raw.subarray(4 + headerLength) };
  }

  async head(id: string): Promise<BlobMeta | null> {
    assertBlobId(id);
    let handle;
    try {
      handle = await open(join(this.dir, id), 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw err;
    }
    try {
      const size = Buffer.alloc(4);
      await handle.read(size, 0, 4, 0);
      const header = Buffer.alloc(size.readUInt32BE(0));
      await handle.read(header, 0, header.length, 4);
      return JSON.parse(header.toString('utf8')) as BlobMeta;
    } finally {
      await handle.close();
    }
  }
}
