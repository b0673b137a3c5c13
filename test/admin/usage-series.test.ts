import OpenAI from 'openai';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** #18: the admin API gives the console its charts: usage over time, by model/channel/key/account, bounded. */
describe('admin usage series', () => {
  let gw: TestGateway;
  const series = async (query: string, token = gw.adminToken): Promise<{ status: number; body: Record<string, unknown> }> => {
    const res = await request(`${gw.baseUrl}/admin/v1/usage/series?${query}`, { headers: { authorization: `Bearer ${token}` } });
    return { status: res.statusCode, body: (await res.body.json()) as Record<string, unknown> };
  };
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('counts requests, errors, tokens, spend and latency per bucket and model; refuses unbounded ranges and strangers', async () => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    for (let i = 0; i < 3; i++) await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: `hi ${i}` }] });
    await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'hi' }] });
    await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'x' }], max_tokens: -1 }).catch(() => undefined);
    await gw.gateway.services.usage.flush();

    const r = await series('bucket=1m&group_by=model');
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ object: 'usage_series', bucket_seconds: 60, group_by: 'model' });
    const rows = r.body.rows as Array<{ group: string; requests: number; cost: number; input_tokens: number; latency_p50_ms: number; latency_p99_ms: number }>;
    const sum = (model: string, k: 'requests' | 'cost'): number => rows.filter((x) => x.group === model).reduce((s, x) => s + x[k], 0);
    expect(sum('qwen-turbo', 'requests')).toBe(3);
    expect(sum('qwen3-max', 'requests')).toBe(1);
    expect(sum('qwen-turbo', 'cost')).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.latency_p99_ms).toBeGreaterThanOrEqual(row.latency_p50_ms);
      expect(row.input_tokens).toBeGreaterThan(0);
    }
    // The spend shown equals the ledger's charges.
    const ledger = (await gw.store.listLedger(gw.accountId, { limit: 100 })).items;
    const charged = ledger.filter((e) => e.kind === 'settle').reduce((s, e) => s + (e.cost ?? 0), 0);
    expect(rows.reduce((s, x) => s + x.cost, 0)).toBe(charged);

    const tooMany = await series('bucket=1m&since=2024-01-01&until=2024-03-01');
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { param: 'bucket' } });
    expect((await series('bucket=2h')).status).toBe(400);
    expect((await series('bucket=1h', 'nf-admin-wrong')).status).toBe(401);
  });
});
