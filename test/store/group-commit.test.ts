import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import Database from 'better-sqlite3';
import { GroupCommitter } from '../../server/store/embedded/group-commit.js';
import { EmbeddedStore } from '../../server/store/embedded/sqlite-store.js';

/** #14 group commit on the embedded store: batches under load, exact and isolated per operation. */
describe('embedded store group commit', () => {
  let dir: string;
  let store: EmbeddedStore;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'nexusflow-group-'));
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    await store.createAccount({ id: 'acct', name: 'A' });
    await store.credit({ accountId: 'acct', entryId: 'top', amount: 100, kind: 'topup' });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an operation on an idle store commits at once, alone; concurrent ones share a transaction, in arrival order', async () => {
    const before = store.groupCommit.stats();
    await store.placeHold({ accountId: 'acct', requestId: 'r0', amount: 1 });
    expect(store.groupCommit.stats()).toEqual({ batches: before.batches + 1, operations: before.operations + 1 });
    await new Promise((r) => setImmediate(r));

    // 10 holds of 30 against 99 left: the first three (in arrival order) fit, whatever the batching.
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => store.placeHold({ accountId: 'acct', requestId: `r${i + 1}`, amount: 30 })));
    expect(results.map((r) => r.ok)).toEqual([true, true, true, false, false, false, false, false, false, false]);
    const after = store.groupCommit.stats();
    expect(after.operations - before.operations).toBe(11);
    // The first ran alone, the other nine were committed together.
    expect(after.batches - before.batches).toBe(3);
    const acc = (await store.getAccount('acct'))!;
    expect(acc.balance).toBe(100 - 1 - 90);
    expect(await store.sumLedger('acct')).toBe(acc.balance);
  });

  it('a failing operation fails alone (its writes rolled back); the others in its batch commit', async () => {
    const db = new Database(':memory:');
    db.exec('CREATE TABLE t (x INTEGER)');
    const gc = new GroupCommitter(() => db);
    const insert = db.prepare('INSERT INTO t (x) VALUES (?)');
    await gc.run(() => insert.run(0));
    const settled = await Promise.allSettled([
      gc.run(() => insert.run(1)),
      gc.run(() => {
        insert.run(2);
        throw new Error('no');
      }),
      gc.run(() => insert.run(3)),
    ]);
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    // A batch without failures runs each operation once, in one transaction without savepoints.
    const runs: number[] = [];
    await Promise.all([gc.run(() => insert.run(10)), ...[11, 12].map((x) => gc.run(() => { runs.push(x); return insert.run(x); }))]);
    expect(runs).toEqual([11, 12]);
    expect(gc.stats().operations).toBe(7);
    expect(db.prepare('SELECT x FROM t ORDER BY x').all()).toEqual([{ x: 0 }, { x: 1 }, { x: 3 }, { x: 10 }, { x: 11 }, { x: 12 }]);
    db.close();
  });

  it('settlements and releases batch with holds and keep balance = Σ ledger', async () => {
    await Promise.all(Array.from({ length: 20 }, (_, i) => store.placeHold({ accountId: 'acct', requestId: `h${i}`, amount: 2 })));
    await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 === 0 ? store.settleHold({ accountId: 'acct', requestId: `h${i}`, cost: 1 }) : store.releaseHold({ accountId: 'acct', requestId: `h${i}`, reason: 'test' }))));
    const acc = (await store.getAccount('acct'))!;
    expect(acc.balance).toBe(100 - 10);
    expect(Object.keys(acc.holds)).toHaveLength(0);
    expect(await store.sumLedger('acct')).toBe(acc.balance);
  });

  it('operations queued when the store closes are committed before it closes', async () => {
    await store.placeHold({ accountId: 'acct', requestId: 'x0', amount: 1 });
    const queued = [store.placeHold({ accountId: 'acct', requestId: 'x1', amount: 2 }), store.placeHold({ accountId: 'acct', requestId: 'x2', amount: 3 })];
    await store.close();
    expect((await Promise.all(queued)).every((r) => r.ok)).toBe(true);
    store = new EmbeddedStore({ dataDir: dir });
    await store.init();
    expect((await store.getAccount('acct'))!.balance).toBe(100 - 6);
  });
});
