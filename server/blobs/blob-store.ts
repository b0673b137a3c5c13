/**
 * Bytes the gateway keeps for itself: generated images and videos copied out of the vendors'
 * 24-hour URLs (dashscope.md §3.4), and the persisted signing key. Blobs are immutable: an id is
 * written once (`putIfAbsent`), so a retried write after a crash is harmless.
 */
export interface BlobMeta {
  contentType: string;
  bytes: number;
  createdAt: number;
}

export interface Blob {
  data: Buffer;
  meta: BlobMeta;
}

export interface BlobStore {
  readonly kind: 'filesystem' | 'mongo';
  /** Writes the blob unless the id exists; true when this call wrote it. */
  putIfAbsent(id: string, data: Buffer, contentType: string): Promise<boolean>;
  get(id: string): Promise<Blob | null>;
  /** The blob's meta without its bytes, or null when it does not exist. */
  head(id: string): Promise<BlobMeta | null>;
}

/** Ids are used as file names and document keys: keep them to a safe alphabet. */
export function assertBlobId(id: string): void {
  if (!/^[A-Za-z0-9._-]{1,200}$/.test(id) || id.startsWith('.')) throw new Error(`invalid blob id: ${JSON.stringify(id)}`);
}
