import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { reconcile } from '../../server/billing/reconcile.js';
import { fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';
import { storeKinds } from '../support/stores.js';
import { waitFor } from '../support/wait.js';

type Kind = 'answer' | 'stream' | 'disconnect' | 'cut' | 'fail' | 'tools';

interface Outcome {
  kind: Kind;
  requestId: string;
  status: number;
  /** The client read the whole answer (a JSON body, or a stream to `[DONE]`). */
  complete: boolean;
  /** Bytes of answer the client received (stream data frames). */
  received: number;
}

const N = 500;
const plan = (i: number): Kind => (['answer', 'answer', 'stream', 'stream', 'disconnect', 'cut', 'fail', 'tools', 'answer', 'stream'] as const)[i % 10]!;
const MODEL: Record<Kind, string> = { answer: 'up-ok', stream: 'up-ok', disconnect: 'up-slow', cut: 'up-cut', fail: 'up-500', tools: 'up-tools' };

/**
 * #14 invariants under load on both stores: 500 concurrent requests mixing answers, streams,
 * clients that leave mid-stream, upstreams that cut their stream and upstreams that fail. With
 * group commit batching the embedded store's holds and settlements, and the chained ledger on
 * MongoDB: balance = Σ ledger, Σ usage cost = Σ charges, exactly one usage record per request
 * (succeeded for every complete answer), no charge for one that produced nothing, no hold left.
 */
describe.each(storeKinds())('billing invariants under 500 concurrent requests ($name store)', (kind) => {
  let up: FakeUpstream;
  let gw: TestGateway;
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!kind.available) return;
    up = await startFakeOpenAIUpstream();
    const opened = await kind.open();
    cleanup = opened.cleanup;
    gw = await startTestGateway({ store: opened.store, catalog: fakeUpstreamCatalog(up.baseUrl), env: { FAKE_UPSTREAM_KEY: 'upstream-secret' }, routing: { ...SINGLE_ATTEMPT, circuitFailures: 10_000 }, balanceMicro: 50_000_000 });
    // (The circuit stays closed: failing requests fail at once instead of waiting for its cool-down.)
  }, 60_000);
  afterAll(async () => {
    await gw?.close();
    await cleanup?.();
    await up?.close();
  });

  it.skipIf(!kind.available)('balance = Σ ledger, Σ usage cost = Σ charges, one record per request, nothing charged for nothing, no hold left', async () => {
    const one = async (i: number): Promise<Outcome> => {
      const k = plan(i);
      const stream = k === 'stream' || k === 'disconnect' || k === 'cut';
      const ac = new AbortController();
      const body = JSON.stringify({ model: MODEL[k], messages: [{ role: 'user', content: `request ${i}` }], stream, ...(k === 'tools' ? { tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }] } : {}) });
      const res = await request(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body, signal: ac.signal });
      const requestId = String(res.headers['x-request-id']);
      if (!stream || res.statusCode !== 200) {
        await res.body.text();
        return { kind: k, requestId, status: res.statusCode, complete: res.statusCode === 200, received: 0 };
      }
      let received = 0;
      let text = '';
      try {
        for await (const chunk of res.body) {
          text += (chunk as Buffer).toString();
          received = (text.match(/^data: \{/gm) ?? []).length;
          // The client leaves after its second frame (the upstream is still streaming).
          if (k === 'disconnect' && received >= 2) ac.abort();
        }
      } catch {
        // aborted by us, or the stream was cut
      }
      return { kind: k, requestId, status: res.statusCode, complete: text.includes('data: [DONE]') && !text.includes('"error"'), received };
    };
    const outcomes = await Promise.all(Array.from({ length: N }, (_, i) => one(i)));

    // Every request ends (streams the client left finish billing once the upstream read is cancelled).
    const services = gw.gateway.services;
    await waitFor(() => services.liveHolds.size === 0, 30_000);
    await services.usage.flush();

    const records = new Map<string, { status: string; cost: number }>();
    let cursor: string | undefined;
    do {
      const page = await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 500, ...(cursor ? { cursor } : {}) });
      for (const u of page.items) {
        expect(records.has(u.requestId), `a second usage record for ${u.requestId}`).toBe(false);
        records.set(u.requestId, { status: u.status, cost: u.cost });
      }
      cursor = page.nextCursor;
    } while (cursor);

    expect(records.size).toBe(N);
    for (const o of outcomes) {
      const rec = records.get(o.requestId);
      expect(rec, `${o.kind} ${o.requestId} has a usage record`).toBeDefined();
      if (o.complete) expect(rec, `${o.kind} answered in full`).toMatchObject({ status: 'succeeded' });
      if (o.kind === 'fail') expect(rec).toMatchObject({ status: 'failed', cost: 0 });
      if (rec!.status === 'failed') expect(rec!.cost).toBe(0);
    }
    // The mix really happened: answers, left streams and cut streams.
    expect(outcomes.filter((o) => o.complete).length).toBeGreaterThanOrEqual(N * 0.6);
    expect(outcomes.filter((o) => o.kind === 'disconnect' && !o.complete).length).toBe(N / 10);
    expect(outcomes.filter((o) => o.kind === 'cut' && !o.complete).length).toBe(N / 10);

    // Leased budgets carried the load: a few leases, not a hold per request (billing/lease-book.ts).
    const holds: string[] = [];
    let ledgerCursor: string | undefined;
    do {
      const page = await gw.store.listLedger(gw.accountId, { limit: 500, ...(ledgerCursor ? { cursor: ledgerCursor } : {}) });
      for (const e of page.items) if (e.kind === 'hold') holds.push(e.requestId ?? '');
      ledgerCursor = page.nextCursor;
    } while (ledgerCursor);
    expect(holds.filter((id) => id.startsWith('lease_')).length).toBeGreaterThan(0);
    expect(holds.length).toBeLessThan(N / 2);
    expect(services.leases.openLeases).toBe(0);

    const [row] = (await reconcile(gw.store)).filter((r) => r.accountId === gw.accountId);
    expect(row).toMatchObject({ ok: true, openHolds: 0, heldAmount: 0 });
    expect(row!.balance).toBe(row!.ledgerSum);
    expect(row!.usageCost).toBe(row!.charged);
    expect(row!.balance).toBe(50_000_000 - [...records.values()].reduce((n, r) => n + r.cost, 0));
    expect(row!.balance).toBeGreaterThanOrEqual(0);
  }, 180_000);
});
