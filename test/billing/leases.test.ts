import { MongoClient } from 'mongodb';
import pino from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HoldSweeper } from '../../server/billing/hold-sweeper.js';
import { LeaseBook, type LeaseOptions } from '../../server/billing/lease-book.js';
import type { Store } from '../../server/store/store.js';
import { MongoStore } from '../../server/store/mongo/mongo-store.js';
import { embeddedFactory, makeUsage, mongoFactory, mongoUri, randomName, type StoreFactory, type StoreHarness } from '../store/harness.js';

/**
 * #14 leased budgets: a lease is one durable hold many requests are held against in memory.
 * The store primitives (charge from a lease, return its remainder, sweep a dead owner's lease and
 * charge what it left unbilled) and the lease book (when it leases, how it returns), on both stores.
 */
const FACTORIES: StoreFactory[] = [embeddedFactory, mongoFactory()];
const log = pino({ level: 'silent' });
const OPTIONS: LeaseOptions = { holdsPerLease: 4, minInFlight: 2, maxAgeMs: 60_000, refusedBackoffMs: 5_000 };

describe.each(FACTORIES)('leased budgets ($name store)', (factory) => {
  describe.skipIf(factory.unavailable !== undefined)(factory.unavailable ? `skipped: ${factory.unavailable}` : 'leases', () => {
    let h: StoreHarness;
    let store: Store;

    beforeEach(async () => {
      h = await factory.create();
      store = h.store;
      await store.createAccount({ id: 'acct', name: 'A' });
      await store.credit({ accountId: 'acct', entryId: 'top', amount: 1_000, kind: 'topup' });
    });
    afterEach(async () => h.dispose());

    const holdsOf = async (): Promise<Record<string, { amount: number }>> => (await store.getAccount('acct'))!.holds;

    it('charges a request from its lease: only a cost beyond what is left moves the balance; exactly once; the remainder comes back', async () => {
      expect(await store.placeHold({ accountId: 'acct', requestId: 'lease_a', amount: 400 })).toEqual({ ok: true, balance: 600 });
      const usage = makeUsage({ requestId: 'r1', accountId: 'acct', cost: 150 });
      expect(await store.settleHold({ accountId: 'acct', requestId: 'r1', cost: 150, usage, leaseId: 'lease_a' })).toEqual({ ok: true, balance: 600 });
      expect((await holdsOf())['lease_a']!.amount).toBe(250);
      expect(await store.getUsage('r1')).toMatchObject({ requestId: 'r1', cost: 150 });
      expect((await store.getUsage('r1')) as unknown as Record<string, unknown>).not.toHaveProperty('leaseId');
      // A replay (the outbox, a retried write) charges nothing.
      expect(await store.settleHold({ accountId: 'acct', requestId: 'r1', cost: 150, leaseId: 'lease_a' })).toEqual({ ok: true, balance: 600, already: true });
      // More than is left of the lease: the lease is used up and the rest comes off the balance.
      expect(await store.settleHold({ accountId: 'acct', requestId: 'r2', cost: 300, leaseId: 'lease_a' })).toEqual({ ok: true, balance: 550 });
      expect((await holdsOf())['lease_a']!.amount).toBe(0);
      expect(await store.settleHold({ accountId: 'acct', requestId: 'r3', cost: 20, leaseId: 'lease_a' })).toEqual({ ok: true, balance: 530 });
      expect(await store.releaseHold({ accountId: 'acct', requestId: 'lease_a', reason: 'lease returned' })).toEqual({ ok: true, balance: 530 });
      // The lease is gone: a settlement still lands, as a late charge.
      expect(await store.settleHold({ accountId: 'acct', requestId: 'r4', cost: 30, leaseId: 'lease_a' })).toEqual({ ok: true, balance: 500, late: true });
      expect(await store.sumLedger('acct')).toBe(500);
      const ledger = (await store.listLedger('acct', { limit: 100 })).items;
      const charged = ledger.filter((e) => e.kind === 'settle').reduce((n, e) => n + (e.cost ?? 0), 0);
      expect(charged).toBe(150 + 300 + 20 + 30);
      expect(1_000 - charged).toBe(500);
      expect(await holdsOf()).toEqual({});
    });

    it('returns what is left of a lease to the balance', async () => {
      await store.placeHold({ accountId: 'acct', requestId: 'lease_b', amount: 400 });
      await store.settleHold({ accountId: 'acct', requestId: 'r1', cost: 100, leaseId: 'lease_b' });
      expect(await store.releaseHold({ accountId: 'acct', requestId: 'lease_b', reason: 'lease returned' })).toEqual({ ok: true, balance: 900 });
      expect(await store.releaseHold({ accountId: 'acct', requestId: 'lease_b', reason: 'again' })).toEqual({ ok: false, reason: 'hold_not_found' });
      expect(await store.sumLedger('acct')).toBe(900);
    });

    it('a lease book leases once the account is busy, holds in memory, settles and returns the lease when the account goes idle', async () => {
      const live = new Set<string>();
      const book = new LeaseBook({ store, log, liveHolds: live }, OPTIONS);
      // One request alone: no lease (the caller holds on its own).
      expect(await book.take('acct', 50)).toBeUndefined();
      // A second one in flight: a lease of 4 × 50 is opened and the hold taken from it.
      const second = await book.take('acct', 50);
      expect(second?.leaseId).toMatch(/^lease_/);
      expect(live.has(second!.leaseId)).toBe(true);
      expect(await holdsOf()).toEqual({ [second!.leaseId]: expect.objectContaining({ amount: 200 }) });
      const third = await book.take('acct', 50);
      expect(third?.leaseId).toBe(second!.leaseId);
      const ledgerBefore = (await store.listLedger('acct', { limit: 100 })).items.length;
      // A released leased hold writes nothing.
      await book.finish('acct', third, 0);
      expect((await store.listLedger('acct', { limit: 100 })).items.length).toBe(ledgerBefore);
      // A settled one: the store charges the lease, then the book is told.
      await store.settleHold({ accountId: 'acct', requestId: 'r2', cost: 30, leaseId: second!.leaseId });
      await book.finish('acct', second, 30);
      expect((await holdsOf())[second!.leaseId]!.amount).toBe(170);
      // The first (unleased) request closes: nothing in flight, the lease is returned.
      await book.finish('acct');
      expect(await holdsOf()).toEqual({});
      expect(live.size).toBe(0);
      expect(book.openLeases).toBe(0);
      expect((await store.getAccount('acct'))!.balance).toBe(970);
    });

    it('does not lease what the balance cannot cover, and concurrent requests share one lease', async () => {
      const book = new LeaseBook({ store, log, liveHolds: new Set() }, { ...OPTIONS, holdsPerLease: 100 });
      await book.take('acct', 50);
      // 100 × 50 > 1,000: refused, so requests hold on their own for a while (no lease retried each time).
      expect(await book.take('acct', 50)).toBeUndefined();
      expect(await book.take('acct', 50)).toBeUndefined();
      expect(await holdsOf()).toEqual({});
      const small = new LeaseBook({ store, log, liveHolds: new Set() }, OPTIONS);
      await small.take('acct', 10);
      const many = await Promise.all(Array.from({ length: 6 }, () => small.take('acct', 10)));
      const leases = new Set(many.filter((x) => x).map((x) => x!.leaseId));
      // Four holds fit one lease of 4 × 10; those that arrived while it was being opened waited for it.
      expect(many.filter((x) => x).length).toBeGreaterThanOrEqual(4);
      expect(leases.size).toBeLessThanOrEqual(2);
    });

    it('opens the next lease ahead of need, so the request that empties a lease does not wait for a store write', async () => {
      let placed = 0;
      const counting = { placeHold: (x: Parameters<Store['placeHold']>[0]) => { placed++; return store.placeHold(x); }, releaseHold: (x: Parameters<Store['releaseHold']>[0]) => store.releaseHold(x) };
      const book = new LeaseBook({ store: counting, log, liveHolds: new Set() }, OPTIONS);
      await book.take('acct', 10);
      const first = await book.take('acct', 10); // opens lease A (4 holds), waiting for it
      expect(placed).toBe(1);
      const second = await book.take('acct', 10);
      const third = await book.take('acct', 10);
      // A has one hold left (a quarter of a lease): lease B is opened in the background now.
      const last = await book.take('acct', 10);
      expect(last!.leaseId).toBe(first!.leaseId);
      expect(placed).toBe(2);
      await new Promise((r) => setTimeout(r, 50));
      const holds = await holdsOf();
      expect(Object.keys(holds)).toHaveLength(2);
      // The next request takes B at once.
      const next = await book.take('acct', 10);
      expect(next!.leaseId).not.toBe(first!.leaseId);
      expect(placed).toBe(2);
      // When everything has closed, both go back.
      for (const h of [first, second, third, last, next]) await book.finish('acct', h, 0);
      await book.finish('acct');
      expect(await holdsOf()).toEqual({});
      expect((await store.getAccount('acct'))!.balance).toBe(1_000);
    });

    it('a lease opened ahead of need after the burst ended is given back', async () => {
      const book = new LeaseBook({ store, log, liveHolds: new Set() }, { ...OPTIONS, holdsPerLease: 1 });
      await book.take('acct', 10);
      const leased = await book.take('acct', 10); // lease of 1 hold, full at once: the next is opened in the background
      await book.finish('acct', leased, 0);
      await book.finish('acct');
      await new Promise((r) => setTimeout(r, 100));
      expect(await holdsOf()).toEqual({});
      expect(book.openLeases).toBe(0);
    });

    it('two processes with leases never hold more than the balance', async () => {
      const other = await h.open();
      const a = new LeaseBook({ store, log, liveHolds: new Set() }, { ...OPTIONS, holdsPerLease: 3 });
      const b = new LeaseBook({ store: other, log, liveHolds: new Set() }, { ...OPTIONS, holdsPerLease: 3 });
      const takes = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('acct', 100)));
      const leased = takes.filter((t) => t).length;
      const holds = await holdsOf();
      const reserved = Object.values(holds).reduce((n, x) => n + x.amount, 0);
      expect(reserved).toBeLessThanOrEqual(1_000);
      expect(leased * 100).toBeLessThanOrEqual(reserved);
      expect((await store.getAccount('acct'))!.balance).toBe(1_000 - reserved);
      expect(await store.sumLedger('acct')).toBe(1_000 - reserved);
    });

    it('a lease that outlived its maximum age takes no new holds and is returned once its holds close', async () => {
      const book = new LeaseBook({ store, log, liveHolds: new Set() }, { ...OPTIONS, maxAgeMs: 50 });
      await book.take('acct', 10);
      const first = await book.take('acct', 10);
      await new Promise((r) => setTimeout(r, 80));
      const later = await book.take('acct', 10);
      expect(later!.leaseId).not.toBe(first!.leaseId);
      expect(Object.keys(await holdsOf()).sort()).toEqual([first!.leaseId, later!.leaseId].sort());
      await book.finish('acct', first, 0);
      expect(Object.keys(await holdsOf())).toEqual([later!.leaseId]);
    });

    it("sweeps a dead process's lease after the hold timeout, charging settlements it left half-written", async () => {
      const book = new LeaseBook({ store, log, liveHolds: new Set() }, OPTIONS);
      await book.take('acct', 100);
      const held = await book.take('acct', 100);
      const leaseId = held!.leaseId;
      // Settled in full before the "crash":
      await store.settleHold({ accountId: 'acct', requestId: 'done', cost: 40, usage: makeUsage({ requestId: 'done', accountId: 'acct', cost: 40 }), leaseId });
      // The process dies here: its lease stays in the store, the book is gone.
      const sweeper = new HoldSweeper(await h.open(), log, 10);
      await new Promise((r) => setTimeout(r, 20));
      expect(await sweeper.sweep()).toBe(1);
      expect(await holdsOf()).toEqual({});
      expect((await store.getAccount('acct'))!.balance).toBe(960);
      const release = (await store.listLedger('acct', { limit: 100 })).items.find((e) => e.kind === 'release');
      expect(release?.reason).toMatch(/lease never returned/);
    });
  });
});

describe.skipIf(!mongoUri())('leased budgets: MongoDB orphans', () => {
  it('a usage record stored against a lease whose charge never landed is charged when the lease is swept', async () => {
    const uri = mongoUri()!;
    const dbName = randomName('nf_lease');
    const store = new MongoStore({ uri, dbName, serverSelectionTimeoutMS: 5000 });
    await store.init();
    const client = await new MongoClient(uri).connect();
    try {
      await store.createAccount({ id: 'acct', name: 'A' });
      await store.credit({ accountId: 'acct', entryId: 'top', amount: 1_000, kind: 'topup' });
      await store.placeHold({ accountId: 'acct', requestId: 'lease_dead', amount: 400 });
      const now = Date.now();
      await store.settleHold({ accountId: 'acct', requestId: 'r-ok', cost: 50, usage: makeUsage({ requestId: 'r-ok', accountId: 'acct', cost: 50, createdAt: now }), leaseId: 'lease_dead' });
      // The owner wrote these records (tagged with its lease) and died before their ledger entries.
      const usage = client.db(dbName).collection<Record<string, unknown> & { _id: string }>('usage');
      const orphan = (requestId: string, extra: Record<string, unknown>) => {
        const { requestId: _r, ...rest } = makeUsage({ requestId, accountId: 'acct', createdAt: now, ...extra });
        return { _id: requestId, ...rest, leaseId: 'lease_dead' };
      };
      await usage.insertMany([orphan('r-orphan', { cost: 70 }), orphan('r-failed', { status: 'failed', cost: 0 })]);
      const sweeper = new HoldSweeper(store, log, 1);
      await new Promise((r) => setTimeout(r, 10));
      expect(await sweeper.sweep()).toBe(1);
      const account = (await store.getAccount('acct'))!;
      expect(account.holds).toEqual({});
      expect(account.balance).toBe(1_000 - 50 - 70);
      expect(await store.sumLedger('acct')).toBe(account.balance);
      const settles = (await store.listLedger('acct', { limit: 100 })).items.filter((e) => e.kind === 'settle');
      expect(settles.map((e) => [e.requestId, e.cost])).toEqual([['r-ok', 50], ['r-orphan', 70]]);
      // Sweeping again finds nothing; nothing is charged twice.
      expect(await sweeper.sweep()).toBe(0);
      expect(await store.sumLedger('acct')).toBe(880);
    } finally {
      await store.close();
      await client.db(dbName).dropDatabase();
      await client.close();
    }
  });
});
