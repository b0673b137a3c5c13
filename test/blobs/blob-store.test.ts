import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BlobStore } from '../../server/blobs/blob-store.js';
import { createBlobStore } from '../../server/blobs/create-blob-store.js';
import { BLOB_CHUNK_BYTES } from '../../server/blobs/mongo-blob-store.js';
import { loadSigningKeys } from '../../server/files/signing-key.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds())('blob store beside the $name store', (kind) => {
  let blobs: BlobStore;
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!kind.available) return;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    blobs = await createBlobStore(opened.store);
  });
  afterAll(async () => {
    await cleanup?.();
  });

  it.skipIf(!kind.available)('writes once: a second putIfAbsent keeps the first bytes', async () => {
    expect(await blobs.head('file_a_0')).toBeNull();
    expect(await blobs.get('file_a_0')).toBeNull();
    expect(await blobs.putIfAbsent('file_a_0', Buffer.from('first'), 'text/plain')).toBe(true);
    expect(await blobs.putIfAbsent('file_a_0', Buffer.from('second'), 'image/png')).toBe(false);
    const got = await blobs.get('file_a_0');
    expect(got!.data.toString()).toBe('first');
    expect(got!.meta).toMatchObject({ contentType: 'text/plain', bytes: 5 });
    expect(await blobs.head('file_a_0')).toMatchObject({ contentType: 'text/plain', bytes: 5 });
  });

  it.skipIf(!kind.available)('keeps large files intact (several chunks in MongoDB) and empty ones', async () => {
    const big = randomBytes(BLOB_CHUNK_BYTES * 2 + 12345);
    await blobs.putIfAbsent('file_big_0', big, 'video/mp4');
    expect((await blobs.get('file_big_0'))!.data.equals(big)).toBe(true);
    await blobs.putIfAbsent('file_empty_0', Buffer.alloc(0), 'application/octet-stream');
    expect((await blobs.get('file_empty_0'))!.data.length).toBe(0);
  });

  it.skipIf(!kind.available)('racing writers of one id: exactly one wins and readers see one whole blob', async () => {
    const versions = Array.from({ length: 8 }, (_, i) => Buffer.alloc(BLOB_CHUNK_BYTES + 10, i));
    const wins = await Promise.all(versions.map((v) => blobs.putIfAbsent('file_race_0', v, 'application/octet-stream')));
    expect(wins.filter(Boolean)).toHaveLength(1);
    const got = (await blobs.get('file_race_0'))!.data;
    expect(versions.some((v) => v.equals(got))).toBe(true);
  });

  it.skipIf(!kind.available)('refuses ids that could escape the store', async () => {
    await expect(blobs.putIfAbsent('../etc/passwd', Buffer.from('x'), 'text/plain')).rejects.toThrow(/invalid blob id/);
    await expect(blobs.get('.hidden')).rejects.toThrow(/invalid blob id/);
  });

  it.skipIf(!kind.available)('the generated signing key is created once and shared by every process', async () => {
    const [a, b] = await Promise.all([loadSigningKeys(undefined, blobs), loadSigningKeys(undefined, blobs)]);
    expect(a.files.equals(b.files)).toBe(true);
    expect(a.files.equals(a.callbacks)).toBe(false);
    const configured = await loadSigningKeys('x'.repeat(32), blobs);
    expect(configured.files.equals(a.files)).toBe(false);
  });
});
