import type { Store } from '../store/store.js';
import { catalogRecords, type CatalogFile } from './catalog-file.js';

/**
 * Applies a declarative catalog at start: every channel and model it declares is upserted
 * (the file wins for the ids it names; others, e.g. made through the admin API, are kept).
 * Creation times of existing records are preserved.
 */
export async function applyCatalog(store: Store, file: CatalogFile, now = Date.now()): Promise<{ channels: number; models: number }> {
  const { channels, models } = catalogRecords(file, now);
  for (const c of channels) {
    const existing = await store.getChannel(c.id);
    await store.upsertChannel(existing ? { ...c, createdAt: existing.createdAt, ...(existing.credentialEncrypted ? { credentialEncrypted: existing.credentialEncrypted } : {}) } : c);
  }
  for (const m of models) {
    const existing = await store.getModel(m.id);
    await store.upsertModel(existing ? { ...m, createdAt: existing.createdAt } : m);
  }
  await store.bumpChangeCounter();
  return { channels: channels.length, models: models.length };
}
