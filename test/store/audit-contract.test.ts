import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreConflictError, type Store } from '../../server/store/store.js';
import type { AuditRecord } from '../../server/store/types.js';
import { embeddedFactory, mongoFactory, type StoreFactory, type StoreHarness } from './harness.js';

/** The audit part of the store contract (insertAudit / listAudit), on every store. */
const FACTORIES: StoreFactory[] = [embeddedFactory, mongoFactory()];

function audit(overrides: Partial<AuditRecord> & { id: string }): AuditRecord {
  return { actor: 'admin-token:abcd1234', action: 'key.create', targetType: 'key', targetId: 'key_1', createdAt: 1_700_000_000_000, ...overrides };
}

async function drain(store: Store, query: Parameters<Store['listAudit']>[0], limit: number): Promise<{ ids: string[]; pages: number }> {
  const ids: string[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await store.listAudit(query, { limit, ...(cursor ? { cursor } : {}) });
    ids.push(...page.items.map((a) => a.id));
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 50);
  return { ids, pages };
}

describe.each(FACTORIES)('$name store', (factory) => {
  describe.skipIf(factory.unavailable !== undefined)(factory.unavailable ? `audit contract (skipped: ${factory.unavailable})` : 'audit contract', () => {
    let h: StoreHarness;
    let store: Store;
    let other: Store;

    beforeEach(async () => {
      h = await factory.create();
      store = h.store;
      other = await h.open();
    });
    afterEach(async () => {
      await h.dispose();
    });

    it('appends records, refuses a repeated id, and reads them back exactly', async () => {
      const full = audit({ id: 'a1', requestId: 'req_1', detail: { name: 'ci', allowed_models: ['m1'], credential: '[redacted]', nested: { n: 1 } } });
      await store.insertAudit(full);
      await expect(other.insertAudit(audit({ id: 'a1', action: 'other' }))).rejects.toBeInstanceOf(StoreConflictError);
      const bare = audit({ id: 'a2', createdAt: full.createdAt + 1 });
      await other.insertAudit(bare);
      const { items } = await other.listAudit({}, { limit: 10 });
      expect(items).toEqual([bare, full]);
      expect(items[0]).not.toHaveProperty('detail');
      expect(items[0]).not.toHaveProperty('requestId');
    });

    it('lists newest first with stable cursors, equal times included, and filters', async () => {
      const t = 1_700_000_000_000;
      for (let i = 0; i < 7; i++) {
        // Three records share one timestamp: the id breaks the tie.
        await (i % 2 ? other : store).insertAudit(audit({
          id: `r${i}`, createdAt: i < 3 ? t : t + i, targetId: i % 2 ? 'key_odd' : 'key_even', action: i === 6 ? 'key.revoke' : 'key.create',
          actor: i === 5 ? 'admin-token:other' : 'admin-token:abcd1234',
        }));
      }
      await store.insertAudit(audit({ id: 'acct', targetType: 'account', targetId: 'key_even', createdAt: t + 100 }));
      const all = await drain(other, {}, 3);
      expect(all.ids).toEqual(['acct', 'r6', 'r5', 'r4', 'r3', 'r2', 'r1', 'r0']);
      expect(all.pages).toBe(3);
      expect((await drain(store, { targetType: 'key', targetId: 'key_even' }, 2)).ids).toEqual(['r6', 'r4', 'r2', 'r0']);
      expect((await drain(store, { action: 'key.revoke' }, 2)).ids).toEqual(['r6']);
      expect((await drain(other, { actor: 'admin-token:other' }, 2)).ids).toEqual(['r5']);
      expect((await store.listAudit({ targetId: 'nobody' }, { limit: 5 })).items).toEqual([]);
    });

    it('keeps the log across a restart', async () => {
      await store.insertAudit(audit({ id: 'kept', detail: { amount: 5 } }));
      await store.close();
      await other.close();
      const reopened = await h.open();
      expect((await reopened.listAudit({}, { limit: 5 })).items).toEqual([audit({ id: 'kept', detail: { amount: 5 } })]);
    });
  });
});
