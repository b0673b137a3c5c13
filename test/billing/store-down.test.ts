import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../server/billing/reconcile.js';
import { SettlementOutbox } from '../../server/billing/settlement-outbox.js';
import { createStore } from '../../server/store/index.js';
import { StoreUnavailableError, type Store } from '../../server/store/store.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The real store, except that settlements fail while `down` is set (a store outage at the worst moment). */
function flaky(store: Store): { store: Store; setDown(down: boolean): void } {
  let down = false;
  const wrapped = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'settleHold' && down) return async () => { throw new StoreUnavailableError('store down (test)'); };
      const v: unknown = Reflect.get(target, prop, receiver);
      return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
    },
  });
  return { store: wrapped, setDown: (d) => { down = d; } };
}

/**
 * #14: when the store stayed down at settlement, the charge was given up after five tries and
 * the hold later released: delivered work went unbilled. Now the charge waits in a local outbox
 * file and is applied when the store is back — also by the next process after a crash.
 */
describe('a store outage at settlement never loses the charge', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-outbox-'));
  const file = join(dir, 'billing-outbox.jsonl');
  let real: Store;
  let f: ReturnType<typeof flaky>;
  let gw: TestGateway;

  beforeAll(async () => {
    real = await createStore({ dataDir: dir });
    f = flaky(real);
    gw = await startTestGateway({ store: f.store, outboxFile: file });
  });
  afterAll(async () => {
    await gw?.close();
    await real?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers, keeps the charge in the outbox file while the store is down, applies it when the store is back', async () => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const before = (await real.getAccount(gw.accountId))!.balance;
    f.setDown(true);
    const { data, response } = await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'bill me later' }] }).withResponse();
    const requestId = response.headers.get('x-request-id')!;
    expect(data.choices[0]!.message.content).toBeTruthy();
    const costHeader = Math.round(Number(response.headers.get('x-nexusflow-cost')) * 1e6);
    // The answer waited for the settlement's retries; the charge is now on disk.
    expect(existsSync(file)).toBe(true);
    const kept = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { requestId: string; cost: number; usage?: { requestId: string } });
    expect(kept.map((k) => k.requestId)).toEqual([requestId]);
    expect(kept[0]!.usage?.requestId).toBe(requestId);
    expect(kept[0]!.cost).toBeGreaterThan(0);
    expect(kept[0]!.cost).toBe(costHeader);

    // A new process on the same data directory (the first one was killed) applies it.
    const successor = new SettlementOutbox({ file, store: real, log: pino({ level: 'silent' }) });
    f.setDown(false);
    successor.start();
    expect(await successor.drain()).toBe(1);
    await successor.close();
    // The first process applies it too when its timer fires: still one charge.
    await gw.gateway.services.outbox.drain();
    expect(readFileSync(file, 'utf8')).toBe('');
    const account = (await real.getAccount(gw.accountId))!;
    expect(account.holds).toEqual({});
    expect(before - account.balance).toBe(kept[0]!.cost);
    expect((await real.getUsage(requestId))?.cost).toBe(kept[0]!.cost);
    const [row] = await reconcile(real);
    expect(row).toMatchObject({ ok: true, charged: kept[0]!.cost, usageCost: kept[0]!.cost });
  }, 30_000);
});
