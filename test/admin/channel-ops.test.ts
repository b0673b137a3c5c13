import { createTRPCClient, httpBatchLink } from '@trpc/client';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AdminRouter } from '../../server/admin/trpc/router.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { replyOf, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

/** #18: what the console's channels and tasks pages need from the admin API — circuit state, a test action, every account's tasks. */
describe('admin: channel circuits, channel tests and tasks', () => {
  let flaky: ScriptedUpstream;
  let gw: TestGateway;
  let admin: ReturnType<typeof createTRPCClient<AdminRouter>>;

  beforeAll(async () => {
    flaky = await startScriptedUpstream('flaky');
    gw = await startTestGateway({
      routing: { backoffBaseMs: 10, circuitFailures: 2, circuitCooldownMs: 60_000 },
      catalog: {
        channels: [
          { id: 'sim', provider: 'simulator', priority: 1 },
          { id: 'flaky', provider: 'openai-compatible', base_url: flaky.baseUrl, priority: 0 },
          { id: 'idle', provider: 'simulator' },
        ],
        models: [
          { id: 'cb', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'flaky', upstream_model: 'up-cb' }, { channel: 'sim' }] },
          { id: 'img', kind: 'image', supported_protocols: ['nexusflow:tasks'], channels: [{ channel: 'sim' }] },
        ],
      },
    });
    admin = createTRPCClient<AdminRouter>({ links: [httpBatchLink({ url: `${gw.baseUrl}/admin/trpc`, headers: { authorization: `Bearer ${gw.adminToken}` } })] });
  });
  afterAll(async () => {
    await gw?.close();
    await flaky?.close();
  });

  it('shows each channel\'s circuit as this process sees it', async () => {
    flaky.setDefault({ kind: 'status', status: 500 });
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    for (let i = 0; i < 2; i++) await client.chat.completions.create({ model: 'cb', messages: [{ role: 'user', content: 'hi' }] });
    const flakyView = await admin.channels.get.query({ channel_id: 'flaky' });
    expect(flakyView.circuit).toMatchObject({ state: 'open', routes: [{ upstream_model: 'up-cb', state: 'open', consecutive_failures: 2, retry_after_until: null }] });
    expect(Date.parse(flakyView.circuit.routes[0]!.open_until!)).toBeGreaterThan(Date.now());
    const res = await fetch(`${gw.baseUrl}/admin/v1/channels/sim`, { headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(await res.json()).toMatchObject({ id: 'sim', circuit: { state: 'closed', routes: [] } });
  });

  it('tests a channel with one unbilled request and reports failures as results', async () => {
    const ledgerBefore = (await gw.store.listLedger(gw.accountId, { limit: 200 })).items.length;
    await gw.gateway.services.usage.flush();
    const usageBefore = (await gw.store.queryUsage({}, { limit: 200 })).items.length;

    const ok = await admin.channels.test.mutate({ channel_id: 'sim' });
    expect(ok).toMatchObject({ object: 'channel_test', channel_id: 'sim', model: 'cb', upstream_model: 'cb', ok: true, error: null });
    expect(ok.output).toBeTruthy();

    // The flaky upstream answers 500: a result with ok: false (HTTP 200), and the circuit is not touched by the test.
    const calls = flaky.requests.length;
    const failed = await fetch(`${gw.baseUrl}/admin/v1/channels/flaky/test`, { method: 'POST', headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(failed.status).toBe(200);
    const body = (await failed.json()) as { ok: boolean; model: string; upstream_model: string; error: { code: string } };
    expect(body).toMatchObject({ ok: false, model: 'cb', upstream_model: 'up-cb' });
    expect(body.error.code).toMatch(/upstream/);
    expect(flaky.requests.length).toBe(calls + 1);
    expect((await admin.channels.get.query({ channel_id: 'flaky' })).circuit.routes[0]!.consecutive_failures).toBe(2);

    // It recovers: the same test now passes, through the model's upstream name.
    flaky.setDefault({ kind: 'ok' });
    const recovered = await admin.channels.test.mutate({ channel_id: 'flaky', model: 'cb' });
    expect(recovered).toMatchObject({ ok: true, output: replyOf('flaky') });
    expect(flaky.requests.at(-1)?.model).toBe('up-cb');

    expect(await admin.channels.test.mutate({ channel_id: 'idle' })).toMatchObject({ ok: false, model: null, error: { code: 'no_model' } });
    expect(await admin.channels.test.mutate({ channel_id: 'idle', model: 'cb' })).toMatchObject({ ok: false, error: { code: 'no_model' } });
    await expect(admin.channels.test.mutate({ channel_id: 'nope' })).rejects.toMatchObject({ data: { httpStatus: 404 } });

    // Not billed, no usage record; audited.
    await gw.gateway.services.usage.flush();
    expect((await gw.store.listLedger(gw.accountId, { limit: 200 })).items.length).toBe(ledgerBefore);
    expect((await gw.store.queryUsage({}, { limit: 200 })).items.length).toBe(usageBefore);
    const audit = await admin.audit.list.query({ action: 'channel.test' });
    expect(audit.data.map((e) => e.target_id)).toEqual(expect.arrayContaining(['sim', 'flaky', 'idle']));
  });

  it('lists every account\'s tasks, filtered and paged', async () => {
    const headers = { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' };
    for (let i = 0; i < 3; i++) {
      const r = await fetch(`${gw.baseUrl}/v1/tasks`, { method: 'POST', headers, body: JSON.stringify({ model: 'img', kind: 'image', input: { prompt: `a cat ${i}` } }) });
      expect(r.status).toBeLessThan(300);
    }
    const first = await admin.tasks.list.query({ limit: 2 });
    expect(first.data).toHaveLength(2);
    expect(first.next_cursor).not.toBeNull();
    const rest = await admin.tasks.list.query({ limit: 2, cursor: first.next_cursor! });
    const all = [...first.data, ...rest.data];
    expect(all).toHaveLength(3);
    expect(all.every((t) => t.account_id === gw.accountId && t.model === 'img' && t.kind === 'image')).toBe(true);
    expect((await admin.tasks.list.query({ account_id: 'acct_nobody' })).data).toEqual([]);
    const rest2 = await fetch(`${gw.baseUrl}/admin/v1/tasks?account_id=${gw.accountId}&limit=1`, { headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(await rest2.json()).toMatchObject({ object: 'list', data: [{ object: 'task', account_id: gw.accountId }] });
    const bad = await fetch(`${gw.baseUrl}/admin/v1/tasks?status=sleeping`, { headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(bad.status).toBe(400);
  });
});
