import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreConflictError, type Store } from '../../server/store/store.js';
import type { StoredResponse } from '../../server/store/types.js';
import { embeddedFactory, mongoFactory, type StoreFactory, type StoreHarness } from './harness.js';

/** The stored-responses part of the store contract (Responses API `store: true`), on every store. */
const FACTORIES: StoreFactory[] = [embeddedFactory, mongoFactory()];

function stored(overrides: Partial<StoredResponse> & { id: string }): StoredResponse {
  const now = Date.now();
  return {
    accountId: 'acct_a', keyId: 'key_a',
    input: [{ id: 'msg_1', type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }],
    response: { id: overrides.id, object: 'response', output: [{ type: 'message', id: 'msg_2', content: [{ type: 'output_text', text: 'Hello — ünïcode ✓' }] }] },
    createdAt: now, expiresAt: now + 60_000, ...overrides,
  };
}

describe.each(FACTORIES)('$name store', (factory) => {
  describe.skipIf(factory.unavailable !== undefined)(factory.unavailable ? `responses contract (skipped: ${factory.unavailable})` : 'responses contract', () => {
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

    it('keeps a response exactly, readable by its account from another connection, and by no other account', async () => {
      const r = stored({ id: 'resp_1', previousResponseId: 'resp_0' });
      await store.insertResponse(r);
      expect(await other.getResponse('acct_a', 'resp_1')).toEqual(r);
      expect(await other.getResponse('acct_b', 'resp_1')).toBeNull();
      expect(await store.getResponse('acct_a', 'resp_nope')).toBeNull();
      await expect(other.insertResponse(stored({ id: 'resp_1' }))).rejects.toBeInstanceOf(StoreConflictError);
    });

    it('deletes only for its own account, once', async () => {
      await store.insertResponse(stored({ id: 'resp_d' }));
      expect(await other.deleteResponse('acct_b', 'resp_d')).toBe(false);
      expect(await other.deleteResponse('acct_a', 'resp_d')).toBe(true);
      expect(await store.deleteResponse('acct_a', 'resp_d')).toBe(false);
      expect(await store.getResponse('acct_a', 'resp_d')).toBeNull();
    });

    it('an expired response reads as absent and is purged; live ones stay', async () => {
      const now = Date.now();
      await store.insertResponse(stored({ id: 'resp_old1', createdAt: now - 10_000, expiresAt: now - 1 }));
      await store.insertResponse(stored({ id: 'resp_old2', createdAt: now - 10_000, expiresAt: now - 1 }));
      await store.insertResponse(stored({ id: 'resp_live' }));
      expect(await store.getResponse('acct_a', 'resp_old1')).toBeNull();
      expect(await other.purgeExpiredResponses(now, 1)).toBe(1);
      expect(await other.purgeExpiredResponses(now, 10)).toBe(1);
      expect(await other.purgeExpiredResponses(now, 10)).toBe(0);
      expect(await store.getResponse('acct_a', 'resp_live')).not.toBeNull();
    });
  });
});
