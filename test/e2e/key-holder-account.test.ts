import OpenAI from 'openai';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #18 key-holder view: an API key sees its own account — balance, limits, usage over time and
 * records — and never another account's; admin actions stay closed to it.
 */
describe('the key holder\'s own account', () => {
  let gw: TestGateway;
  let otherKey: string;
  const call = async (method: 'GET' | 'POST', path: string, token: string, body?: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await request(`${gw.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) });
    return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> };
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    const admin = gw.adminToken!;
    expect((await call('POST', '/admin/v1/accounts', admin, { id: 'acct_other', name: 'Other' })).status).toBe(201);
    expect((await call('POST', '/admin/v1/accounts/acct_other/topups', admin, { amount: 5_000_000, reason: 'test' })).status).toBeLessThan(300);
    const key = await call('POST', '/admin/v1/keys', admin, { account_id: 'acct_other', name: 'other', spend_limit: 2_000_000, spend_period: 'day', rate_limits: { requests_per_minute: 100 } });
    otherKey = String(key.json.secret);
    const mine = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const theirs = new OpenAI({ apiKey: otherKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    for (let i = 0; i < 2; i++) await mine.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: `mine ${i}` }] });
    for (let i = 0; i < 3; i++) await theirs.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: `theirs ${i}` }] });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('shows the balance, holds and the key\'s own limits', async () => {
    const a = await call('GET', '/v1/account', otherKey);
    expect(a.status).toBe(200);
    const stored = (await gw.store.getAccount('acct_other'))!;
    expect(a.json).toMatchObject({ object: 'account', id: 'acct_other', name: 'Other', balance: stored.balance, held: 0 });
    expect(a.json.key).toMatchObject({ account_id: 'acct_other', spend_limit: 2_000_000, spend_period: 'day', rate_limits: { requests_per_minute: 100 } });
    expect((a.json.key as { spent: number }).spent).toBe(5_000_000 - stored.balance);
    expect(JSON.stringify(a.json)).not.toContain(otherKey);
  });

  it('usage records and the series are the caller\'s account only', async () => {
    const mine = await call('GET', '/v1/account/usage', gw.apiKey);
    const theirs = await call('GET', '/v1/account/usage', otherKey);
    const ids = (r: { json: Record<string, unknown> }): string[] => (r.json.data as Array<{ account_id: string }>).map((x) => x.account_id);
    expect(ids(mine)).toEqual([gw.accountId, gw.accountId]);
    expect(ids(theirs)).toEqual(['acct_other', 'acct_other', 'acct_other']);
    const series = await call('GET', '/v1/account/usage/series?bucket=1m&group_by=model', otherKey);
    expect(series.status).toBe(200);
    const rows = series.json.rows as Array<{ group: string; requests: number }>;
    expect(rows.map((r) => r.group)).toEqual(rows.map(() => 'qwen3-max'));
    expect(rows.reduce((s, r) => s + r.requests, 0)).toBe(3);
    // No way to ask for another account: an account_id in the query changes nothing; admin stays closed.
    expect(ids(await call('GET', '/v1/account/usage?account_id=' + gw.accountId, otherKey))).toEqual(['acct_other', 'acct_other', 'acct_other']);
    expect((await call('GET', '/admin/v1/accounts', otherKey)).status).toBe(401);
    expect((await call('GET', '/v1/account', 'sk-air-notakeynotakeynotakey00000000')).status).toBe(401);
  });
});
