import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoldSweeper } from '../../server/billing/hold-sweeper.js';
import type { TaskRecord } from '../../server/store/types.js';
import { isTaskHold } from '../../server/tasks/task-holds.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The crash windows of task billing: a terminal task whose hold was never settled, and the request sweeper. */
describe('task holds', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  const task = (id: string, status: TaskRecord['status'], cost?: number): TaskRecord => ({
    id, accountId: gw.accountId, keyId: 'k', model: 'wan2.6-t2i', kind: 'image', status, input: { prompt: 'x' }, parameters: {},
    attempts: 1, createdAt: Date.now(), updatedAt: Date.now(), meta: { origin: 'tasks', hold: 50_000, pricing: {}, ...(cost !== undefined ? { cost } : {}) },
  });

  it('a hold left open on a terminal task is settled from the task: charged on success, released otherwise', async () => {
    const cases: Array<[string, TaskRecord['status'] | 'missing', number | undefined]> = [
      ['task_crashsucceeded', 'succeeded', 30_000], ['task_crashfailed', 'failed', undefined], ['task_crashcanceled', 'canceled', undefined],
      ['task_stillrunning', 'running', undefined], ['task_nevercreated', 'missing', undefined],
    ];
    for (const [id, status] of cases) {
      if (status !== 'missing') await gw.store.insertTask(task(id, status, status === 'succeeded' ? 30_000 : undefined));
      expect((await gw.store.placeHold({ accountId: gw.accountId, requestId: id, amount: 50_000 })).ok).toBe(true);
    }
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    // Young holds are left alone; aged ones are reconciled.
    expect(await gw.gateway.services.media.tasks.reconcileHolds()).toBe(0);
    expect(await gw.gateway.services.media.tasks.reconcileHolds(Date.now() + 120_000)).toBe(4);
    const account = (await gw.store.getAccount(gw.accountId))!;
    expect(Object.keys(account.holds)).toEqual(['task_stillrunning']);
    expect(account.balance).toBe(before + 4 * 50_000 - 30_000);
    const ledger = (await gw.store.listLedger(gw.accountId, { limit: 100 })).items;
    expect(ledger.find((e) => e.requestId === 'task_crashsucceeded' && e.kind === 'settle')?.cost).toBe(30_000);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account.balance);
  });

  it('the request hold sweeper leaves task holds alone, even a page full of them', async () => {
    const sweeper = new HoldSweeper(gw.store, pino({ level: 'silent' }), 0);
    sweeper.exclude(isTaskHold);
    for (let i = 0; i < 101; i++) await gw.store.placeHold({ accountId: gw.accountId, requestId: `task_page${i}`, amount: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await gw.store.placeHold({ accountId: gw.accountId, requestId: 'req_orphan', amount: 7 });
    await sweeper.sweep(Date.now() + 1000);
    const holds = Object.keys((await gw.store.getAccount(gw.accountId))!.holds);
    expect(holds.filter((h) => h.startsWith('task_page'))).toHaveLength(101);
    // The orphan sorts after a full page of older task holds: it is released once fewer than a page of them remain.
    expect(holds).toContain('req_orphan');
    for (let i = 0; i < 101; i++) await gw.store.releaseHold({ accountId: gw.accountId, requestId: `task_page${i}`, reason: 'test' });
    await sweeper.sweep(Date.now() + 1000);
    expect(Object.keys((await gw.store.getAccount(gw.accountId))!.holds)).not.toContain('req_orphan');
  });
});
