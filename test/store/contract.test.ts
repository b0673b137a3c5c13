import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { StoreConflictError, type Store } from '../../server/store/store.js';
import type { TaskRecord } from '../../server/store/types.js';
import {
  embeddedFactory, makeChannel, makeKey, makeModel, makeTask, makeUsage, mongoFactory, type StoreFactory, type StoreHarness,
} from './harness.js';

/**
 * The store contract: the same cases against every store. Concurrency cases spread their calls
 * over two store instances on the same data, as two gateway processes would.
 */
const FACTORIES: StoreFactory[] = [embeddedFactory, mongoFactory()];

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function drain<T>(fetch: (cursor?: string) => Promise<{ items: T[]; nextCursor?: string }>): Promise<{ items: T[]; pages: number }> {
  const items: T[] = [];
  let cursor: string | undefined;
  let pages = 0;
  do {
    const page = await fetch(cursor);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  } while (cursor && pages < 100);
  return { items, pages };
}

describe.each(FACTORIES)('$name store', (factory) => {
  describe.skipIf(factory.unavailable !== undefined)(factory.unavailable ? `contract (skipped: ${factory.unavailable})` : 'contract', () => {
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

    describe('accounts', () => {
      it('creates, reads, updates and pages accounts', async () => {
        const a = await store.createAccount({ id: 'acct_a', name: 'Alpha' });
        expect(a).toMatchObject({ id: 'acct_a', name: 'Alpha', balance: 0, creditLimit: 0, holds: {} });
        await expect(store.createAccount({ id: 'acct_a', name: 'Again' })).rejects.toBeInstanceOf(StoreConflictError);
        expect(await store.getAccount('missing')).toBeNull();
        expect(await store.updateAccount('missing', { name: 'x' })).toBeNull();
        const u = await store.updateAccount('acct_a', { name: 'Alpha 2', creditLimit: 500 });
        expect(u).toMatchObject({ name: 'Alpha 2', creditLimit: 500 });
        expect(await other.getAccount('acct_a')).toMatchObject({ name: 'Alpha 2', creditLimit: 500, balance: 0 });

        for (let i = 0; i < 4; i++) await store.createAccount({ id: `acct_${i}`, name: `n${i}` });
        const { items, pages } = await drain((cursor) => store.listAccounts({ limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(pages).toBe(3);
        expect(items.map((x) => x.id).sort()).toEqual(['acct_0', 'acct_1', 'acct_2', 'acct_3', 'acct_a']);
        expect(new Set(items.map((x) => x.id)).size).toBe(5);
      });

      it('credits idempotently by entry id and writes the ledger', async () => {
        await store.createAccount({ id: 'acct', name: 'A' });
        expect(await store.credit({ accountId: 'nope', entryId: 'e0', amount: 5, kind: 'topup' })).toBeNull();
        expect((await store.credit({ accountId: 'acct', entryId: 'e1', amount: 1000, kind: 'topup', reason: 'welcome' }))?.balance).toBe(1000);
        expect((await other.credit({ accountId: 'acct', entryId: 'e1', amount: 1000, kind: 'topup' }))?.balance).toBe(1000);
        expect((await store.credit({ accountId: 'acct', entryId: 'e2', amount: -300, kind: 'adjustment' }))?.balance).toBe(700);
        const ledger = (await store.listLedger('acct', { limit: 10 })).items;
        expect(ledger).toEqual([
          expect.objectContaining({ id: 'e1', accountId: 'acct', kind: 'topup', amount: 1000, balanceAfter: 1000, reason: 'welcome' }),
          expect.objectContaining({ id: 'e2', kind: 'adjustment', amount: -300, balanceAfter: 700 }),
        ]);
        expect(await store.sumLedger('acct')).toBe(700);
      });
    });

    describe('holds', () => {
      beforeEach(async () => {
        await store.createAccount({ id: 'acct', name: 'A' });
        await store.credit({ accountId: 'acct', entryId: 'seed', amount: 1000, kind: 'topup' });
      });

      it('a settlement always lands in the ledger: after its hold was swept it charges once, late; its usage record is stored with it', async () => {
        expect(await store.placeHold({ accountId: 'acct', requestId: 'long', amount: 400 })).toEqual({ ok: true, balance: 600 });
        // Another process's sweeper took the hold of a request that was still running.
        expect(await other.releaseHold({ accountId: 'acct', requestId: 'long', reason: 'expired' })).toEqual({ ok: true, balance: 1000 });
        const usage = makeUsage({ requestId: 'long', accountId: 'acct', cost: 0 });
        expect(await store.settleHold({ accountId: 'acct', requestId: 'long', cost: 250, usage: { ...usage, cost: 250 } })).toEqual({ ok: true, balance: 750, late: true });
        // Retried (an answer lost on the way back): no second charge, from either process.
        expect(await other.settleHold({ accountId: 'acct', requestId: 'long', cost: 250 })).toEqual({ ok: true, balance: 750, already: true });
        expect(await store.settleHold({ accountId: 'acct', requestId: 'long', cost: 250 })).toEqual({ ok: true, balance: 750, already: true });
        expect((await other.getUsage('long'))?.cost).toBe(250);
        const entries = (await store.listLedger('acct', { limit: 100 })).items.filter((e) => e.requestId === 'long');
        expect(entries.map((e) => [e.kind, e.amount, e.cost ?? null])).toEqual([['hold', -400, null], ['release', 400, null], ['settle', -250, 250]]);
        expect(await store.sumLedger('acct')).toBe(750);

        // The usage record comes with a normal settlement too, readable at once (no batch to wait for).
        expect(await store.placeHold({ accountId: 'acct', requestId: 'short', amount: 100 })).toEqual({ ok: true, balance: 650 });
        expect(await store.settleHold({ accountId: 'acct', requestId: 'short', cost: 40, usage: makeUsage({ requestId: 'short', accountId: 'acct', cost: 40 }) })).toEqual({ ok: true, balance: 710 });
        expect((await other.getUsage('short'))?.cost).toBe(40);
        // Never held (a hold lost with the process that placed it): still charged, once.
        expect(await store.settleHold({ accountId: 'acct', requestId: 'unheld', cost: 10 })).toEqual({ ok: true, balance: 700, late: true });
        expect(await store.settleHold({ accountId: 'nobody', requestId: 'x', cost: 10 })).toEqual({ ok: false, reason: 'hold_not_found' });
      });

      it('places, settles and releases holds exactly once', async () => {
        expect(await store.placeHold({ accountId: 'acct', requestId: 'r1', amount: 400, keyId: 'k1' })).toEqual({ ok: true, balance: 600 });
        expect(await other.placeHold({ accountId: 'acct', requestId: 'r1', amount: 1 })).toMatchObject({ ok: false, reason: 'duplicate_hold' });
        expect(await store.placeHold({ accountId: 'nobody', requestId: 'r9', amount: 1 })).toMatchObject({ ok: false, reason: 'account_not_found' });
        expect((await store.getAccount('acct'))?.holds).toEqual({ r1: { amount: 400, keyId: 'k1', createdAt: expect.any(Number) } });

        expect(await other.settleHold({ accountId: 'acct', requestId: 'r1', cost: 150 })).toEqual({ ok: true, balance: 850 });
        // Settled once: a repeated settlement (a retry after a lost answer) charges nothing more.
        expect(await store.settleHold({ accountId: 'acct', requestId: 'r1', cost: 150 })).toEqual({ ok: true, balance: 850, already: true });
        expect(await store.releaseHold({ accountId: 'acct', requestId: 'r1', reason: 'late' })).toEqual({ ok: false, reason: 'hold_not_found' });
        // One hold per request id, ever.
        expect(await store.placeHold({ accountId: 'acct', requestId: 'r1', amount: 1 })).toMatchObject({ ok: false, reason: 'duplicate_hold' });

        expect(await store.placeHold({ accountId: 'acct', requestId: 'r2', amount: 300 })).toEqual({ ok: true, balance: 550 });
        expect(await store.releaseHold({ accountId: 'wrong', requestId: 'r2', reason: 'x' })).toEqual({ ok: false, reason: 'hold_not_found' });
        expect(await store.releaseHold({ accountId: 'acct', requestId: 'r2', reason: 'upstream_error' })).toEqual({ ok: true, balance: 850 });
        // A settle may cost more than the hold (estimate too low): it still settles.
        expect(await store.placeHold({ accountId: 'acct', requestId: 'r3', amount: 100 })).toEqual({ ok: true, balance: 750 });
        expect(await store.settleHold({ accountId: 'acct', requestId: 'r3', cost: 130 })).toEqual({ ok: true, balance: 720 });

        const acct = await other.getAccount('acct');
        expect(acct).toMatchObject({ balance: 720, holds: {} });
        const ledger = (await store.listLedger('acct', { limit: 100 })).items;
        expect(ledger.map((e) => [e.kind, e.amount, e.balanceAfter])).toEqual([
          ['topup', 1000, 1000], ['hold', -400, 600], ['settle', 250, 850], ['hold', -300, 550], ['release', 300, 850],
          ['hold', -100, 750], ['settle', -30, 720],
        ]);
        expect(ledger[2]).toMatchObject({ id: 'settle:r1', requestId: 'r1', cost: 150 });
        expect(ledger[4]).toMatchObject({ id: 'release:r2', reason: 'upstream_error' });
        expect(await store.sumLedger('acct')).toBe(720);
      });

      it('respects the credit limit', async () => {
        await store.updateAccount('acct', { creditLimit: 200 });
        expect(await store.placeHold({ accountId: 'acct', requestId: 'a', amount: 1200 })).toEqual({ ok: true, balance: -200 });
        expect(await other.placeHold({ accountId: 'acct', requestId: 'b', amount: 1 })).toEqual({ ok: false, reason: 'insufficient_balance', balance: -200 });
        await store.updateAccount('acct', { creditLimit: 0 });
        expect(await store.placeHold({ accountId: 'acct', requestId: 'c', amount: 0 })).toMatchObject({ ok: false, reason: 'insufficient_balance' });
        expect(await store.releaseHold({ accountId: 'acct', requestId: 'a', reason: 'x' })).toEqual({ ok: true, balance: 1000 });
        expect(await store.placeHold({ accountId: 'acct', requestId: 'd', amount: 1000 })).toEqual({ ok: true, balance: 0 });
      });

      it('stays exact under 200 concurrent callers on two instances', async () => {
        await store.createAccount({ id: 'hot', name: 'Hot' });
        await store.credit({ accountId: 'hot', entryId: 'fund', amount: 50, kind: 'topup' });
        const holds = await Promise.all(
          Array.from({ length: 200 }, (_, i) => (i % 2 ? other : store).placeHold({ accountId: 'hot', requestId: `h${i}`, amount: 1 })),
        );
        const ok = holds.flatMap((r, i) => (r.ok ? [`h${i}`] : []));
        expect(ok).toHaveLength(50);
        for (const r of holds) {
          if (r.ok) expect(r.balance).toBeGreaterThanOrEqual(0);
          else expect(r.reason).toBe('insufficient_balance');
        }
        expect((await store.getAccount('hot'))?.balance).toBe(0);
        expect(Object.keys((await other.getAccount('hot'))?.holds ?? {}).sort()).toEqual([...ok].sort());

        // Each hold closed twice at once (settle on one instance, a sweeper's release on the other):
        // exactly one closes the hold; a settlement that lost the race is still charged, late.
        const closes = await Promise.all(
          ok.flatMap((rid, i) => [
            store.settleHold({ accountId: 'hot', requestId: rid, cost: i % 2 }),
            other.releaseHold({ accountId: 'hot', requestId: rid, reason: 'race' }),
          ]),
        );
        let late = 0;
        for (let i = 0; i < ok.length; i++) {
          const settle = closes[2 * i]!;
          const release = closes[2 * i + 1]!;
          expect(settle.ok).toBe(true);
          if (release.ok) {
            expect(settle).toMatchObject({ late: true });
            late++;
          } else {
            expect(settle).not.toHaveProperty('late');
          }
        }

        // The same credit entry id from 20 callers: applied once.
        await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).credit({ accountId: 'hot', entryId: 'bonus', amount: 7, kind: 'refund' })));
        const acct = await store.getAccount('hot');
        expect(acct?.holds).toEqual({});
        const ledger = await drain((cursor) => other.listLedger('hot', { limit: 40, ...(cursor ? { cursor } : {}) }));
        expect(ledger.items).toHaveLength(1 + 50 + 50 + late + 1);
        expect(ledger.items.filter((e) => e.id === 'bonus')).toHaveLength(1);
        expect(acct?.balance).toBe(await store.sumLedger('hot'));
        expect(await other.sumLedger('hot')).toBe(ledger.items[ledger.items.length - 1]?.balanceAfter);
        const charged = ledger.items.filter((e) => e.kind === 'settle').reduce((s, e) => s + (e.cost ?? 0), 0);
        expect(acct?.balance).toBe(50 + 7 - charged);
        // Running balances are consistent entry by entry.
        let running = 0;
        for (const e of ledger.items) {
          running += e.amount;
          expect(e.balanceAfter).toBe(running);
        }
      });

      it('lists stale holds oldest first', async () => {
        await store.createAccount({ id: 'acct2', name: 'B' });
        await store.credit({ accountId: 'acct2', entryId: 'seed2', amount: 1000, kind: 'topup' });
        await store.placeHold({ accountId: 'acct', requestId: 'old', amount: 10 });
        await sleep(15);
        await other.placeHold({ accountId: 'acct2', requestId: 'mid', amount: 20, keyId: 'k' });
        await sleep(15);
        const cut = Date.now();
        await sleep(15);
        await store.placeHold({ accountId: 'acct', requestId: 'new', amount: 30 });
        await store.placeHold({ accountId: 'acct2', requestId: 'settled', amount: 5 });
        await store.settleHold({ accountId: 'acct2', requestId: 'settled', cost: 1 });

        expect(await other.listStaleHolds(cut, 10)).toEqual([
          { accountId: 'acct', requestId: 'old', amount: 10, createdAt: expect.any(Number) },
          { accountId: 'acct2', requestId: 'mid', amount: 20, createdAt: expect.any(Number) },
        ]);
        expect((await store.listStaleHolds(cut, 1)).map((s) => s.requestId)).toEqual(['old']);
        expect((await store.listStaleHolds(Date.now() + 1, 10)).map((s) => s.requestId)).toEqual(['old', 'mid', 'new']);
      });

      it('pages the ledger oldest first', async () => {
        for (let i = 1; i <= 7; i++) await (i % 2 ? store : other).credit({ accountId: 'acct', entryId: `t${i}`, amount: i, kind: 'topup' });
        const first = await store.listLedger('acct', { limit: 3 });
        expect(first.items.map((e) => e.id)).toEqual(['seed', 't1', 't2']);
        const { items, pages } = await drain((cursor) => store.listLedger('acct', { limit: 3, ...(cursor ? { cursor } : {}) }));
        expect(pages).toBe(3);
        expect(items.map((e) => e.id)).toEqual(['seed', 't1', 't2', 't3', 't4', 't5', 't6', 't7']);
        expect(items.map((e) => e.balanceAfter)).toEqual([1000, 1001, 1003, 1006, 1010, 1015, 1021, 1028]);
        expect((await store.listLedger('nobody', { limit: 3 })).items).toEqual([]);
      });
    });

    describe('API keys', () => {
      it('creates, finds, lists and updates keys', async () => {
        const k1 = makeKey({ id: 'key_1', accountId: 'acct_1', allowedModels: ['m1', 'm2'], spendLimit: 5000, spendPeriod: 'day',
          rateLimits: { requestsPerMinute: 60 }, allowChannelPinning: true, expiresAt: 1_800_000_000_000, createdAt: 1 });
        await store.createApiKey(k1);
        await expect(other.createApiKey(makeKey({ id: 'key_2', hash: k1.hash }))).rejects.toBeInstanceOf(StoreConflictError);
        await expect(other.createApiKey(makeKey({ id: 'key_1', hash: 'different' }))).rejects.toBeInstanceOf(StoreConflictError);
        expect(await other.getApiKey('key_1')).toEqual(k1);
        expect(await other.findApiKeyByHash(k1.hash)).toEqual(k1);
        expect(await store.findApiKeyByHash('nope')).toBeNull();
        expect(await store.getApiKey('nope')).toBeNull();

        for (let i = 2; i <= 5; i++) await store.createApiKey(makeKey({ id: `key_${i}`, accountId: i % 2 ? 'acct_1' : 'acct_2', createdAt: i }));
        const mine = await drain((cursor) => store.listApiKeys({ accountId: 'acct_1' }, { limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(mine.items.map((k) => k.id)).toEqual(['key_1', 'key_3', 'key_5']);
        const all = await drain((cursor) => store.listApiKeys({}, { limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(all.items.map((k) => k.id)).toEqual(['key_1', 'key_2', 'key_3', 'key_4', 'key_5']);

        const revoked = await other.updateApiKey('key_1', { status: 'revoked', expiresAt: undefined, name: 'old', replacedBy: 'key_2' });
        expect(revoked).toMatchObject({ status: 'revoked', name: 'old', replacedBy: 'key_2', allowedModels: ['m1', 'm2'] });
        expect(revoked?.expiresAt).toBeUndefined();
        expect(revoked?.updatedAt).toBeGreaterThan(k1.updatedAt);
        expect(await store.getApiKey('key_1')).toEqual(revoked);
        expect(await store.updateApiKey('nope', { name: 'x' })).toBeNull();
      });

      it('adds spend exactly and resets it on a newer period', async () => {
        await store.createApiKey(makeKey({ id: 'k', spent: 10, spentPeriodStart: 1000 }));
        await store.addKeySpend('k', 5);
        await other.addKeySpend('k', 5, 1000);
        expect(await store.getApiKey('k')).toMatchObject({ spent: 20, spentPeriodStart: 1000 });
        await store.addKeySpend('k', 7, 2000);
        expect(await other.getApiKey('k')).toMatchObject({ spent: 7, spentPeriodStart: 2000 });
        await store.addKeySpend('k', 3, 1000); // a late add from the previous period counts in the current one
        expect(await store.getApiKey('k')).toMatchObject({ spent: 10, spentPeriodStart: 2000 });
        await store.addKeySpend('missing', 3);

        await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? other : store).addKeySpend('k', 2, i < 50 ? 2000 : 3000)));
        const k = await store.getApiKey('k');
        expect(k?.spentPeriodStart).toBe(3000);
        // Every add of period 3000 counts, plus whatever 2000-period adds ran after the reset.
        expect(k?.spent).toBeGreaterThanOrEqual(100);
        expect((k?.spent ?? 0) % 2).toBe(0);
        await store.createApiKey(makeKey({ id: 'k2' }));
        await Promise.all(Array.from({ length: 100 }, (_, i) => (i % 2 ? other : store).addKeySpend('k2', 3)));
        expect((await other.getApiKey('k2'))?.spent).toBe(300);
        expect((await other.findApiKeyByHash('hash-k2'))?.spent).toBe(300);
      });
    });

    describe('catalog', () => {
      it('upserts, lists and deletes models and channels, and counts changes', async () => {
        const m = makeModel({ id: 'm-b' });
        await store.upsertModel(m);
        await store.upsertModel(makeModel({ id: 'm-a', kind: 'embedding', dimensions: 1024, fallbacks: undefined }));
        expect(await other.getModel('m-b')).toEqual(m);
        const changed = { ...m, displayName: 'Renamed', pricing: { outputPerMillion: 1 } };
        await other.upsertModel(changed);
        expect(await store.getModel('m-b')).toEqual(changed);
        expect((await store.listModels()).map((x) => x.id)).toEqual(['m-a', 'm-b']);
        expect((await store.listModels())[0]).not.toHaveProperty('fallbacks');
        expect(await store.deleteModel('m-a')).toBe(true);
        expect(await store.deleteModel('m-a')).toBe(false);
        expect(await store.getModel('m-a')).toBeNull();

        const c = makeChannel({ id: 'ch-1', baseUrl: 'http://localhost:1', credentialEnv: 'KEY', credentialEncrypted: 'enc' });
        await store.upsertChannel(c);
        await store.upsertChannel(makeChannel({ id: 'ch-0', status: 'disabled', weight: 0.5 }));
        expect(await other.getChannel('ch-1')).toEqual(c);
        expect((await other.listChannels()).map((x) => [x.id, x.status])).toEqual([['ch-0', 'disabled'], ['ch-1', 'enabled']]);
        expect(await other.deleteChannel('ch-0')).toBe(true);
        expect(await other.getChannel('ch-0')).toBeNull();

        expect(await store.getChangeCounter()).toBe(0);
        expect(await store.bumpChangeCounter()).toBe(1);
        expect(await other.getChangeCounter()).toBe(1);
        const bumps = await Promise.all(Array.from({ length: 50 }, (_, i) => (i % 2 ? other : store).bumpChangeCounter()));
        expect([...bumps].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 2));
        expect(await store.getChangeCounter()).toBe(51);
        expect(await other.getChangeCounter()).toBe(51);
      });
    });

    describe('usage', () => {
      it('inserts idempotently by request id', async () => {
        const a = makeUsage({ requestId: 'r-a', channelId: 'ch', ttftMs: 12, errorCode: undefined, seconds: 1.5 });
        await store.insertUsage([a, makeUsage({ requestId: 'r-b' }), { ...a, cost: 999_999 }]);
        await other.insertUsage([{ ...a, cost: 1 }, makeUsage({ requestId: 'r-c' })]);
        await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? other : store).insertUsage([makeUsage({ requestId: 'r-d', cost: i })])));
        expect(await other.getUsage('r-a')).toEqual(a);
        expect(await store.getUsage('missing')).toBeNull();
        const all = await drain((cursor) => store.queryUsage({}, { limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(all.items.map((u) => u.requestId).sort()).toEqual(['r-a', 'r-b', 'r-c', 'r-d']);
        await store.insertUsage([]);
      });

      it('queries by filter and time range with stable paging, and summarizes by day and model', async () => {
        const day1 = Date.UTC(2024, 0, 1, 10);
        const day2 = Date.UTC(2024, 0, 2, 23, 59);
        const recs = [
          ...Array.from({ length: 5 }, (_, i) => makeUsage({ requestId: `same-${i}`, createdAt: day1, model: 'm1' })),
          makeUsage({ requestId: 'x1', createdAt: day1 + 1, model: 'm2', uncachedInput: 10, cacheRead: undefined, cacheWrite: 3, output: 7, reasoning: undefined, cost: 10 }),
          makeUsage({ requestId: 'x2', createdAt: day2, model: 'm1', accountId: 'acct_2', keyId: 'key_2' }),
          makeUsage({ requestId: 'x3', createdAt: day2 + 60_000, model: 'm1' }),
        ];
        await store.insertUsage(recs);

        const paged = await drain((cursor) => other.queryUsage({ accountId: 'acct_1' }, { limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(paged.items.map((u) => u.requestId)).toEqual(['same-0', 'same-1', 'same-2', 'same-3', 'same-4', 'x1', 'x3']);
        expect(paged.pages).toBe(4);
        const ranged = await store.queryUsage({ from: day1 + 1, to: day2 + 60_000 }, { limit: 10 });
        expect(ranged.items.map((u) => u.requestId)).toEqual(['x1', 'x2']);
        expect(ranged.nextCursor).toBeUndefined();
        expect((await store.queryUsage({ keyId: 'key_2' }, { limit: 10 })).items.map((u) => u.requestId)).toEqual(['x2']);
        expect((await store.queryUsage({ model: 'm2', accountId: 'acct_1' }, { limit: 10 })).items.map((u) => u.requestId)).toEqual(['x1']);

        expect(await other.summarizeUsage({})).toEqual([
          { day: '2024-01-01', model: 'm1', requests: 5, inputTokens: 600, outputTokens: 275, cost: 5 * 1234 },
          { day: '2024-01-01', model: 'm2', requests: 1, inputTokens: 13, outputTokens: 7, cost: 10 },
          { day: '2024-01-02', model: 'm1', requests: 1, inputTokens: 120, outputTokens: 55, cost: 1234 },
          { day: '2024-01-03', model: 'm1', requests: 1, inputTokens: 120, outputTokens: 55, cost: 1234 },
        ]);
        expect(await store.summarizeUsage({ accountId: 'acct_2' })).toEqual([
          { day: '2024-01-02', model: 'm1', requests: 1, inputTokens: 120, outputTokens: 55, cost: 1234 },
        ]);
        expect(await store.summarizeUsage({ from: day2 + 1 })).toHaveLength(1);
      });

      it('folds usage into time buckets by model, channel, key or account, with errors and exact latency percentiles', async () => {
        const t0 = Date.UTC(2024, 5, 1, 12, 0);
        const hour = 3_600_000;
        await store.insertUsage([
          ...Array.from({ length: 100 }, (_, i) => makeUsage({ requestId: `s-${i}`, createdAt: t0 + i * 1000, model: 'm1', channelId: 'c1', latencyMs: i + 1, cost: 10 })),
          makeUsage({ requestId: 'e-1', createdAt: t0 + 5000, model: 'm2', channelId: 'c2', httpStatus: 502, status: 'failed', latencyMs: 7, cost: 0 }),
          makeUsage({ requestId: 'h2', createdAt: t0 + hour + 1, model: 'm1', accountId: 'acct_2', keyId: 'key_2', latencyMs: 3, cost: 1 }),
          makeUsage({ requestId: 'out', createdAt: t0 + 5 * hour, model: 'm1' }),
        ]);
        const q = { from: t0, to: t0 + 2 * hour, bucketMs: hour };
        expect(await other.usageSeries({ ...q, groupBy: 'none' })).toEqual([
          { bucket: t0, group: '', requests: 101, errors: 1, inputTokens: 101 * 120, outputTokens: 101 * 55, cost: 1000, latencyP50Ms: 50, latencyP99Ms: 99 },
          { bucket: t0 + hour, group: '', requests: 1, errors: 0, inputTokens: 120, outputTokens: 55, cost: 1, latencyP50Ms: 3, latencyP99Ms: 3 },
        ]);
        const byModel = await store.usageSeries({ ...q, groupBy: 'model' });
        expect(byModel.map((r) => [r.bucket, r.group, r.requests, r.errors])).toEqual([[t0, 'm1', 100, 0], [t0, 'm2', 1, 1], [t0 + hour, 'm1', 1, 0]]);
        expect((await store.usageSeries({ ...q, groupBy: 'channel' })).map((r) => r.group)).toEqual(['c1', 'c2', '']);
        expect((await store.usageSeries({ ...q, groupBy: 'account', accountId: 'acct_2' })).map((r) => [r.group, r.requests])).toEqual([['acct_2', 1]]);
        expect((await store.usageSeries({ ...q, groupBy: 'key' })).map((r) => [r.bucket, r.group])).toEqual([[t0, 'key_1'], [t0 + hour, 'key_2']]);
      });
    });

    describe('rate windows', () => {
      it('sums 200 concurrent increments exactly', async () => {
        const w = Math.floor(Date.now() / 60_000) * 60_000; // windows older than the retention are swept
        const totals = await Promise.all(Array.from({ length: 200 }, (_, i) => (i % 2 ? other : store).incrementWindow('key_1:rpm', w, 1)));
        expect([...totals].sort((a, b) => a - b)).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
        expect(await store.incrementWindow('key_1:rpm', w, 0)).toBe(200);
        expect(await other.incrementWindow('key_1:rpm', w + 60_000, 5)).toBe(5);
        expect(await store.incrementWindow('key_1:tpm', w, 1000)).toBe(1000);
        expect(await other.incrementWindow('key_1:tpm', w, 250)).toBe(1250);
      });
    });

    describe('tasks', () => {
      it('inserts idempotently, reads, lists and updates conditionally', async () => {
        const t = makeTask({ id: 't1', idempotencyKey: 'idem-1', createdAt: 1, holdRequestId: 'task-hold' });
        expect(await store.insertTask(t)).toEqual({ task: t, created: true });
        const again = await other.insertTask(makeTask({ id: 't1-dup', idempotencyKey: 'idem-1', createdAt: 2 }));
        expect(again).toEqual({ task: t, created: false });
        expect(await other.getTask('t1-dup')).toBeNull();
        expect((await store.insertTask(makeTask({ id: 't-other-acct', accountId: 'acct_2', idempotencyKey: 'idem-1' }))).created).toBe(true);
        await expect(store.insertTask(makeTask({ id: 't1' }))).rejects.toBeInstanceOf(StoreConflictError);
        const raced = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).insertTask(makeTask({ id: `race-${i}`, idempotencyKey: 'idem-race', createdAt: 3 }))));
        expect(raced.filter((r) => r.created)).toHaveLength(1);
        expect(new Set(raced.map((r) => r.task.id)).size).toBe(1);
        for (let i = 0; i < 3; i++) await store.insertTask(makeTask({ id: `t-plain-${i}`, createdAt: 10 + i }));

        const running = await other.updateTask('t1', { status: 'running', upstreamTaskId: 'up-1', nextPollAt: 100, attempts: 1 }, ['queued']);
        expect(running).toMatchObject({ status: 'running', upstreamTaskId: 'up-1', attempts: 1 });
        expect(await store.updateTask('t1', { status: 'canceled' }, ['queued'])).toBeNull();
        expect(await store.updateTask('nope', { status: 'canceled' })).toBeNull();
        const done = await store.updateTask('t1', { status: 'succeeded', result: { url: 'https://x/y.mp4', meta: { s: 5 } }, nextPollAt: undefined, updatedAt: 42 }, ['running']);
        expect(done).toMatchObject({ status: 'succeeded', result: { url: 'https://x/y.mp4', meta: { s: 5 } }, updatedAt: 42 });
        expect(done?.nextPollAt).toBeUndefined();
        expect(await other.getTask('t1')).toEqual(done);

        const acct1 = await drain((cursor) => other.listTasks({ accountId: 'acct_1' }, { limit: 2, ...(cursor ? { cursor } : {}) }));
        expect(acct1.items.map((x) => x.id)).toEqual(['t1', acct1.items[1]?.id, 't-plain-0', 't-plain-1', 't-plain-2']);
        expect(acct1.items[1]?.id).toMatch(/^race-/);
        expect((await store.listTasks({ accountId: 'acct_1', status: 'succeeded' }, { limit: 10 })).items.map((x) => x.id)).toEqual(['t1']);
        expect((await store.listTasks({ accountId: 'acct_2' }, { limit: 10 })).items.map((x) => x.id)).toEqual(['t-other-acct']);
        // Without an account: every account's tasks, oldest first, paged (the admin view).
        const all = await drain((cursor) => store.listTasks({}, { limit: 3, ...(cursor ? { cursor } : {}) }));
        expect(all.items.map((x) => x.id).sort()).toEqual([...acct1.items.map((x) => x.id), 't-other-acct'].sort());
        expect((await other.listTasks({ status: 'succeeded' }, { limit: 10 })).items.map((x) => x.id)).toEqual(['t1']);

        // Concurrent transitions out of one status: exactly one wins.
        await store.insertTask(makeTask({ id: 'contested' }));
        const outcomes = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).updateTask('contested', { status: i % 3 ? 'canceled' : 'running', attempts: i }, ['queued'])));
        expect(outcomes.filter((o) => o !== null)).toHaveLength(1);
      });

      it('claims due tasks with exclusive, expiring leases', async () => {
        const now = 1_700_000_100_000;
        await store.insertTask(makeTask({ id: 'due', status: 'running', nextPollAt: now - 1 }));
        await store.insertTask(makeTask({ id: 'later', nextPollAt: now + 60_000 }));
        await store.insertTask(makeTask({ id: 'finished', status: 'succeeded', nextPollAt: now - 5 }));

        const claims = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? other : store).claimTask(`worker-${i}`, now, 30_000)));
        const winners = claims.filter((c): c is TaskRecord => c !== null);
        expect(winners).toHaveLength(1);
        expect(winners[0]).toMatchObject({ id: 'due', leaseUntil: now + 30_000 });
        expect((await other.getTask('due'))?.leaseOwner).toBe(winners[0]?.leaseOwner);

        expect(await store.claimTask('late', now + 29_999, 30_000)).toBeNull();
        const reclaimed = await other.claimTask('rescuer', now + 30_001, 30_000);
        expect(reclaimed).toMatchObject({ id: 'due', leaseOwner: 'rescuer', leaseUntil: now + 60_001 });
        expect(await store.claimTask('x', now + 30_002, 30_000)).toBeNull();
        // The lease holder reschedules and drops its lease; the task is due again later.
        await other.updateTask('due', { leaseOwner: undefined, leaseUntil: undefined, nextPollAt: now + 40_000 });
        const next = await store.claimTask('again', now + 60_000, 1000);
        expect(next?.id).toBe('due');
        const second = await store.claimTask('again', now + 60_001, 1000);
        expect(second?.id).toBe('later');
      });
    });

    it('keeps everything across a restart', async () => {
      await store.createAccount({ id: 'acct', name: 'A', creditLimit: 5 });
      await store.credit({ accountId: 'acct', entryId: 'e', amount: 100, kind: 'topup' });
      await store.placeHold({ accountId: 'acct', requestId: 'open', amount: 40 });
      await store.createApiKey(makeKey({ id: 'k' }));
      await store.addKeySpend('k', 9);
      await store.upsertModel(makeModel({ id: 'm' }));
      await store.insertUsage([makeUsage({ requestId: 'u' })]);
      await store.insertTask(makeTask({ id: 't', idempotencyKey: 'i' }));
      await store.updateTask('t', { status: 'running' });
      await store.bumpChangeCounter();
      const w = Math.floor(Date.now() / 60_000) * 60_000;
      await store.incrementWindow('w', w, 3);
      await store.close();
      await other.close();

      const reopened = await h.open();
      expect(await reopened.getAccount('acct')).toMatchObject({ balance: 60, creditLimit: 5, holds: { open: { amount: 40 } } });
      expect(await reopened.sumLedger('acct')).toBe(60);
      expect(await reopened.getApiKey('k')).toMatchObject({ spent: 9 });
      expect(await reopened.getModel('m')).not.toBeNull();
      expect(await reopened.getUsage('u')).not.toBeNull();
      expect(await reopened.getTask('t')).toMatchObject({ status: 'running' });
      expect((await reopened.insertTask(makeTask({ id: 't2', idempotencyKey: 'i' }))).created).toBe(false);
      expect(await reopened.getChangeCounter()).toBe(1);
      expect(await reopened.incrementWindow('w', w, 1)).toBe(4);
      expect(await reopened.settleHold({ accountId: 'acct', requestId: 'open', cost: 10 })).toEqual({ ok: true, balance: 90 });
    });
  });
});
