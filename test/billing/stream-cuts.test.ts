import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * Streams cut at random points by the client: each is charged once, for what was produced
 * (estimated with the tokenizer: the slow fake upstream sends usage only at the very end).
 */
describe('streams cut at random points', () => {
  let up: FakeUpstream;
  let gw: TestGateway;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    gw = await startTestGateway({ catalog: fakeUpstreamCatalog(up.baseUrl) });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('charges by the stated policy, never twice, and the ledger still balances', async () => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const seen: Array<{ requestId: string; chunks: number; text: string }> = [];
    for (let i = 0; i < 8; i++) {
      const cutAt = 1 + Math.floor(Math.random() * 30);
      const controller = new AbortController();
      const { data: stream, response } = await client.chat.completions.create({ model: 'up-slow', messages: [{ role: 'user', content: `cut ${i}` }], stream: true }, { signal: controller.signal }).withResponse();
      let n = 0;
      let text = '';
      await (async () => {
        for await (const chunk of stream) {
          text += chunk.choices[0]?.delta.content ?? '';
          if (++n >= cutAt) controller.abort();
        }
      })().catch(() => undefined);
      seen.push({ requestId: response.headers.get('x-request-id')!, chunks: n, text });
    }
    // Let the aborted upstream calls wind down and the usage writer flush.
    await new Promise((r) => setTimeout(r, 300));
    await gw.gateway.services.usage.flush();
    let charged = 0;
    for (const s of seen) {
      const rec = await gw.store.getUsage(s.requestId);
      expect(rec, s.requestId).not.toBeNull();
      expect(rec!.source).toBe('estimated');
      expect(['partial', 'failed']).toContain(rec!.status);
      if (s.text.length > 0) {
        // Billed output covers at least what the client received; the prompt is counted once, as input.
        expect(rec!.output!).toBeGreaterThan(0);
        expect(rec!.cost).toBeGreaterThan(0);
      }
      charged += rec!.cost;
    }
    const account = (await gw.store.getAccount(gw.accountId))!;
    expect(Object.keys(account.holds)).toHaveLength(0);
    expect(100_000_000 - account.balance).toBe(charged);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account.balance);
    const settles = (await gw.store.listLedger(gw.accountId, { limit: 500 })).items.filter((e) => e.kind === 'settle' || e.kind === 'release');
    expect(new Set(settles.map((e) => e.requestId)).size).toBe(settles.length);
  }, 60_000);
});
