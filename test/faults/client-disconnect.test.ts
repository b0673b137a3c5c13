import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { FAULT_COST, faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { storeKinds } from '../support/stores.js';
import { checkBooks } from './books.js';
import { CALLER_PROTOCOLS, chatCall, isTerminal, streamText, streamUntil } from './protocols.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function until(what: string, check: () => boolean | Promise<boolean>, ms = 5_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await sleep(25);
  }
}

/** Request ids of the usage records of `model` (a caller who left before the head never saw its id). */
async function usageIds(store: Store, accountId: string, model: string): Promise<Set<string>> {
  const page = await store.queryUsage({ accountId, model }, { limit: 500 });
  return new Set(page.items.map((r) => r.requestId));
}

/**
 * Fault matrix, client side: the caller hangs up before the first byte, in the middle of a
 * stream, and right after the last byte — through each protocol, on both stores. The rule
 * (landscape.md #1): nothing produced, nothing charged; something produced, that is charged
 * (estimated when the upstream's usage never came); a complete answer is charged in full, once,
 * whatever the caller does afterwards. And the upstream call is abandoned when nobody listens.
 * Random cut points through the OpenAI SDK: test/billing/stream-cuts.test.ts.
 */
describe.each(storeKinds())('fault matrix: client disconnects ($name store)', (kind) => {
  let upstream: FaultUpstream;
  let gw: TestGateway;
  let cleanup: (() => Promise<void>) | undefined;
  const requestIds: string[] = [];

  beforeAll(async () => {
    if (!kind.available) return;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    upstream = await startFaultUpstream();
    gw = await startTestGateway({ store: opened.store, catalog: faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl()), routing: { maxAttempts: 1 } });
  });
  afterAll(async () => {
    await gw?.close();
    await upstream?.close();
    await cleanup?.();
  });

  const tagged = (): string => `disconnect-${Math.random().toString(36).slice(2)}`;

  describe.each(CALLER_PROTOCOLS)('%s', (protocol) => {
    it.skipIf(!kind.available).each([false, true])('before the first byte (stream=%s): the upstream call is abandoned, the hold released, nothing charged', async (stream) => {
      const tag = tagged();
      const before = await usageIds(gw.store, gw.accountId, 'f-slow-first');
      // The upstream stays silent for 2 s; the caller gives up after 300 ms, before any response head.
      const got = await streamUntil(chatCall(protocol, gw.baseUrl, gw.apiKey, 'f-slow-first', stream, `hi ${tag}`), () => true, 300);
      expect(got.status).toBe(0);
      await until('the upstream request to be abandoned', () => upstream.find(tag)?.abandoned === true);
      let id = '';
      await until('a usage record', async () => {
        await gw.gateway.services.usage.flush();
        id = [...(await usageIds(gw.store, gw.accountId, 'f-slow-first'))].find((x) => !before.has(x)) ?? '';
        return id !== '';
      });
      requestIds.push(id);
      expect(await gw.store.getUsage(id)).toMatchObject({ status: 'failed', httpStatus: 499, errorCode: 'client_disconnected', cost: 0 });
    });

    it.skipIf(!kind.available)('mid-stream: the upstream call is abandoned, what was produced is charged (estimated), once', async () => {
      const tag = tagged();
      // 200 chunks 20 ms apart; the caller leaves after receiving three of them.
      const got = await streamUntil(chatCall(protocol, gw.baseUrl, gw.apiKey, 'f-slow', true, `hi ${tag}`), (frames) => /w2 /.test(streamText(protocol, frames)));
      expect(got.status).toBe(200);
      requestIds.push(got.requestId);
      await until('the upstream request to be abandoned', () => upstream.find(tag)?.abandoned === true);
      await until('a usage record', async () => {
        await gw.gateway.services.usage.flush();
        return (await gw.store.getUsage(got.requestId)) !== null;
      });
      const rec = (await gw.store.getUsage(got.requestId))!;
      expect(rec).toMatchObject({ status: 'partial', httpStatus: 499, errorCode: 'client_disconnected', source: 'estimated' });
      expect(rec.output).toBeGreaterThanOrEqual(3);
      // Far less than the whole 200-chunk answer: the upstream was stopped, not drained.
      expect(rec.output).toBeLessThan(150);
      expect(rec.cost).toBeGreaterThan(0);
    });

    it.skipIf(!kind.available)('right after the last byte: charged in full from the upstream\'s usage, as a success', async () => {
      const tag = tagged();
      const got = await streamUntil(chatCall(protocol, gw.baseUrl, gw.apiKey, 'f-ok-patient', true, `hi ${tag}`), (frames) => frames.some((f) => isTerminal(protocol, f)));
      expect(got.status).toBe(200);
      expect(streamText(protocol, got.frames)).toContain('word9');
      requestIds.push(got.requestId);
      await until('a usage record', async () => {
        await gw.gateway.services.usage.flush();
        return (await gw.store.getUsage(got.requestId)) !== null;
      });
      expect(await gw.store.getUsage(got.requestId)).toMatchObject({ status: 'succeeded', httpStatus: 200, source: 'upstream', cost: FAULT_COST });
      expect(upstream.find(tag)?.abandoned).toBe(false);
    });
  });

  it.skipIf(!kind.available)('books: every request recorded once, every hold settled or released once, balance = Σ ledger', async () => {
    expect(requestIds).toHaveLength(CALLER_PROTOCOLS.length * 4);
    await gw.gateway.services.usage.flush();
    await checkBooks(gw.store, gw.accountId, requestIds);
  });
});
