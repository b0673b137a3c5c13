import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { storeKinds } from '../support/stores.js';

const CATALOG = {
  channels: [{ id: 'sim', provider: 'simulator' }],
  models: [{
    id: 'bill-model', supported_protocols: ['openai:chat-completions'], max_output_tokens: 1000,
    pricing: { input_per_million: 1_000_000, output_per_million: 1_000_000 },
    channels: [{ channel: 'sim' }],
  }],
};
const BODY = JSON.stringify({ model: 'bill-model', messages: [{ role: 'user', content: 'hi' }], max_tokens: 40 });

describe.each(storeKinds())('billing under contention ($name store)', (kind) => {
  let gw: TestGateway;
  let cleanup: () => Promise<void>;
  let holdPerRequest = 0;

  beforeAll(async () => {
    if (!kind.available) return;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    // One probe request tells us the hold a request places; the balance then covers ~100 of them.
    const probe = await startTestGateway({ catalog: CATALOG, store: opened.store, balanceMicro: 1_000_000 });
    const before = (await probe.store.getAccount(probe.accountId))!.balance;
    const res = await request(`${probe.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${probe.apiKey}`, 'content-type': 'application/json' }, body: BODY });
    expect(res.statusCode).toBe(200);
    await res.body.text();
    const ledger = await probe.store.listLedger(probe.accountId, { limit: 100 });
    holdPerRequest = -(ledger.items.find((e) => e.kind === 'hold')?.amount ?? 0);
    expect(holdPerRequest).toBeGreaterThan(0);
    expect((await probe.store.getAccount(probe.accountId))!.balance).toBeLessThan(before);
    await probe.close();
    gw = await startTestGateway({ catalog: CATALOG, store: opened.store, balanceMicro: holdPerRequest * 100 + Math.floor(holdPerRequest / 2) });
  }, 120_000);

  afterAll(async () => {
    if (!kind.available) return;
    await gw?.close();
    await cleanup?.();
  });

  it.skipIf(!kind.available)('500 concurrent requests: never below zero, ledger = balance, one usage record per success and none per refusal', async () => {
    const startBalance = (await gw.store.getAccount(gw.accountId))!.balance;
    const results = await Promise.all(Array.from({ length: 500 }, async () => {
      const res = await request(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body: BODY });
      const body = (await res.body.json()) as { error?: { code?: string } };
      return { status: res.statusCode, code: body.error?.code, requestId: String(res.headers['x-request-id']) };
    }));
    const ok = results.filter((r) => r.status === 200);
    const refused = results.filter((r) => r.status === 429);
    expect(ok.length + refused.length).toBe(500);
    expect(refused.every((r) => r.code === 'insufficient_quota')).toBe(true);
    // Settlements return the unused part of holds, so at least the ~100 the balance covers succeed.
    expect(ok.length).toBeGreaterThanOrEqual(100);
    expect(refused.length).toBeGreaterThan(0);

    await gw.gateway.services.usage.flush();
    const account = (await gw.store.getAccount(gw.accountId))!;
    expect(account.balance).toBeGreaterThanOrEqual(0);
    expect(Object.keys(account.holds)).toHaveLength(0);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account.balance);

    const usage = [];
    let cursor: string | undefined;
    do {
      const page = await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 200, ...(cursor ? { cursor } : {}) });
      usage.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    const byId = new Set(usage.map((u) => u.requestId));
    expect(usage.length).toBe(ok.length);
    for (const r of ok) expect(byId.has(r.requestId)).toBe(true);
    for (const r of refused) expect(byId.has(r.requestId)).toBe(false);
    const charged = usage.reduce((sum, u) => sum + u.cost, 0);
    expect(startBalance - account.balance).toBe(charged);
  }, 120_000);
});
