import OpenAI from 'openai';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HoldSweeper } from '../../server/billing/hold-sweeper.js';
import { reconcile } from '../../server/billing/reconcile.js';
import { fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #14 defect 2: a request that runs longer than the hold timeout (a slow stream, a slow-reading
 * client) used to have its hold released by the sweeper; its settlement then found no hold and
 * charged nothing while its usage record said it cost something. Now the process that owns a
 * live hold never sweeps it, and a settlement whose hold another process swept is still charged.
 */
describe('requests that outlive the hold timeout are charged', () => {
  let up: FakeUpstream;
  let gw: TestGateway;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    // Every hold is "stale" after 1 ms.
    gw = await startTestGateway({ catalog: fakeUpstreamCatalog(up.baseUrl), holdTimeoutMs: 1, env: { FAKE_UPSTREAM_KEY: 'k' } });
  });
  afterAll(async () => {
    await gw?.close();
    await up?.close();
  });

  it('the owning process never sweeps a live hold; a hold swept by another process is still charged, once, and reconcile agrees', async () => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const balance0 = (await gw.store.getAccount(gw.accountId))!.balance;
    // ~200 chunks, 20 ms apart: about four seconds.
    const { data: stream, response } = await client.chat.completions.create({ model: 'up-slow', messages: [{ role: 'user', content: 'take your time' }], stream: true }).withResponse();
    const requestId = response.headers.get('x-request-id')!;
    let chunks = 0;
    let swept: { own: number; other: number } | undefined;
    for await (const _ of stream) {
      void _;
      if (++chunks === 20) {
        expect(Object.keys((await gw.store.getAccount(gw.accountId))!.holds)).toEqual([requestId]);
        const own = await gw.gateway.holdSweeper.sweep();
        // A second gateway process on the same store (MongoDB) does not know the request is alive.
        const other = await new HoldSweeper(gw.store, pino({ level: 'silent' }), 1).sweep();
        swept = { own, other };
      }
    }
    expect(swept).toEqual({ own: 0, other: 1 });
    const rec = await gw.store.getUsage(requestId);
    expect(rec?.status).toBe('succeeded');
    expect(rec!.cost).toBeGreaterThan(0);
    const account = (await gw.store.getAccount(gw.accountId))!;
    expect(account.holds).toEqual({});
    expect(balance0 - account.balance).toBe(rec!.cost);
    const entries = (await gw.store.listLedger(gw.accountId, { limit: 500 })).items.filter((e) => e.requestId === requestId);
    expect(entries.map((e) => e.kind)).toEqual(['hold', 'release', 'settle']);
    expect(entries[2]!.cost).toBe(rec!.cost);
    const rows = await reconcile(gw.store);
    expect(rows.find((r) => r.accountId === gw.accountId)).toMatchObject({ ok: true, charged: rec!.cost, usageCost: rec!.cost });
  }, 30_000);

  it('a stale hold whose usage record was stored (the process died before the charge) is settled at that cost, not released', async () => {
    const requestId = `req_crashed_${Date.now()}`;
    expect((await gw.store.placeHold({ accountId: gw.accountId, requestId, amount: 5000 })).ok).toBe(true);
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    await gw.store.insertUsage([{
      requestId, accountId: gw.accountId, keyId: 'k', model: 'up-ok', protocol: 'openai:chat-completions', endpoint: '/v1/chat/completions',
      status: 'succeeded', httpStatus: 200, source: 'upstream', pricing: {}, cost: 1234, latencyMs: 1, overheadMs: 0, createdAt: Date.now(),
    }]);
    await new Promise((r) => setTimeout(r, 10));
    expect(await new HoldSweeper(gw.store, pino({ level: 'silent' }), 1).sweep()).toBe(1);
    expect((await gw.store.getAccount(gw.accountId))!.balance).toBe(before + 5000 - 1234);
    const entries = (await gw.store.listLedger(gw.accountId, { limit: 500 })).items.filter((e) => e.requestId === requestId);
    expect(entries.map((e) => [e.kind, e.cost ?? null])).toEqual([['hold', null], ['settle', 1234]]);
  });
});
