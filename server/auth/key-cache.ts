import type { Store } from '../store/store.js';
import type { ApiKeyRecord } from '../store/types.js';
import { hashApiKey, hashesEqual, looksLikeApiKey } from './api-key-secret.js';

interface Entry {
  record: ApiKeyRecord | null;
  expiresAt: number;
}

export interface KeyCacheOptions {
  /** How long a positive entry is trusted without a change notification. */
  ttlMs?: number;
  /** How long an unknown key is remembered as unknown (guards the store against floods). */
  negativeTtlMs?: number;
  maxEntries?: number;
}

/**
 * API keys by hash, cached in memory. Invalidated wholesale when the store's change
 * counter moves (see catalog/change-watcher.ts), so revocation reaches every process within seconds.
 */
export class KeyCache {
  private readonly entries = new Map<string, Entry>();
  private readonly ttlMs: number;
  private readonly negativeTtlMs: number;
  private readonly maxEntries: number;

  constructor(private readonly store: Store, options: KeyCacheOptions = {}) {
    this.ttlMs = options.ttlMs ?? 60_000;
    this.negativeTtlMs = options.negativeTtlMs ?? 5_000;
    this.maxEntries = options.maxEntries ?? 100_000;
  }

  /** Resolves a presented secret to its key record, or null when unknown. */
  async lookup(secret: string, now = Date.now()): Promise<ApiKeyRecord | null> {
    if (!looksLikeApiKey(secret)) return null;
    const hash = hashApiKey(secret);
    const cached = this.entries.get(hash);
    if (cached !== undefined && cached.expiresAt > now) return cached.record;
    const record = await this.store.findApiKeyByHash(hash);
    const verified = record !== null && hashesEqual(record.hash, hash) ? record : null;
    if (this.entries.size >= this.maxEntries) this.entries.clear();
    this.entries.set(hash, { record: verified, expiresAt: now + (verified ? this.ttlMs : this.negativeTtlMs) });
    return verified;
  }

  invalidate(): void {
    this.entries.clear();
  }
}
