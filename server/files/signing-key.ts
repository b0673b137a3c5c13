import { createHmac, randomBytes } from 'node:crypto';
import type { BlobStore } from '../blobs/blob-store.js';

/** Where a generated master key is kept when NEXUSFLOW_SIGNING_KEY is not set. */
export const SIGNING_KEY_BLOB = 'system.signing-key';

/** Keys derived from one master secret, one per purpose, so a leak of one use does not forge the other. */
export interface SigningKeys {
  /** Signs gateway file URLs. */
  files: Buffer;
  /** Derives each account's callback secret. */
  callbacks: Buffer;
}

/**
 * The master secret is NEXUSFLOW_SIGNING_KEY when set; otherwise a random one generated on first
 * start and kept in the blob store, so every process of a deployment (and every restart) signs
 * alike. Two processes starting together may both generate one: the blob write is create-only,
 * and each then reads back the one that won.
 */
export async function loadSigningKeys(configured: string | undefined, blobs: BlobStore): Promise<SigningKeys> {
  let master: Buffer;
  if (configured !== undefined && configured !== '') {
    master = Buffer.from(configured, 'utf8');
  } else {
    const existing = await blobs.get(SIGNING_KEY_BLOB);
    if (existing) {
      master = existing.data;
    } else {
      await blobs.putIfAbsent(SIGNING_KEY_BLOB, randomBytes(32), 'application/octet-stream');
      const winner = await blobs.get(SIGNING_KEY_BLOB);
      if (!winner) throw new Error('the generated signing key could not be read back');
      master = winner.data;
    }
  }
  const derive = (purpose: string): Buffer => createHmac('sha256', master).update(purpose).digest();
  return { files: derive('nexusflow/files/v1'), callbacks: derive('nexusflow/callbacks/v1') };
}
