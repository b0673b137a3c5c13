import OpenAI from 'openai';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp, type Gateway } from '../../server/app.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { eventually, restApi, sharedStores, trpcApi, type AdminApi } from './helpers.js';

/**
 * The admin API end to end, over both stores and both transports: account → top-up → channel →
 * model → key → a request through the official OpenAI SDK with that key → usage visible →
 * key revoked → refused. Requests go to a second gateway process (another app on another
 * store handle), so changes must travel through the store's change counter.
 */
describe.each(sharedStores())('admin lifecycle on the $name store', (kind) => {
  describe.skipIf(!kind.available)(kind.available ? 'over REST and tRPC' : 'skipped: MONGODB_URI unset', () => {
    let cleanup: () => Promise<void>;
    let a: TestGateway;
    let b: Gateway;
    let bUrl: string;

    beforeAll(async () => {
      const opened = await kind.open();
      cleanup = opened.cleanup;
      a = await startTestGateway({ store: opened.stores[0] });
      // Process B: no admin token; it only serves API requests.
      b = await buildApp({ store: opened.stores[1], logger: pino({ level: 'silent' }), processMetrics: false, changePollMs: 200 });
      bUrl = await b.app.listen({ port: 0, host: '127.0.0.1' });
    });
    afterAll(async () => {
      await b?.app.close();
      await a?.close();
      await cleanup?.();
    });

    for (const transport of ['rest', 'trpc'] as const) {
      it(`${transport}: account → key → model → channel → request → usage → revoke`, async () => {
        const api: AdminApi = transport === 'rest' ? restApi(a.baseUrl, a.adminToken!) : trpcApi(a.baseUrl, a.adminToken!);
        const p = transport; // ids per transport: both runs share one store

        const account = await api.createAccount({ id: `acct-${p}`, name: `Lifecycle ${p}` });
        expect(account).toMatchObject({ object: 'account', id: `acct-${p}`, balance: 0, credit_limit: 0, held: 0 });
        const topUp = { amount: 10_000_000, reason: 'lifecycle', idempotency_key: `life-${p}` };
        await api.topUp(account.id, topUp);
        expect((await api.topUp(account.id, topUp)).balance).toBe(10_000_000);

        const channel = await api.createChannel({ id: `sim-${p}`, provider: 'simulator', options: { chunkSize: 4 } });
        expect(channel).toMatchObject({ object: 'channel', status: 'enabled', health: 'ok', credential: { source: 'none', env: null } });
        const model = await api.createModel({
          id: `life/${p}-model`, display_name: 'Lifecycle', supported_protocols: ['openai:chat-completions'], capabilities: { tools: true },
          context_window: 32_768, max_output_tokens: 1024, pricing: { input_per_million: 2_000_000, output_per_million: 8_000_000 },
          channels: [{ channel: channel.id, upstream_model: 'sim' }],
        });
        expect(model).toMatchObject({ id: `life/${p}-model`, kind: 'chat', capabilities: { tools: true, vision: false }, fallbacks: [] });

        const key = await api.createKey({ account_id: account.id, name: 'lifecycle', allowed_models: [model.id], rate_limits: { requests_per_minute: 100 } });
        expect(key.secret).toMatch(/^sk-air-/);
        expect(key.prefix).toBe(key.secret.slice(0, key.prefix.length));
        expect(key).toMatchObject({ status: 'active', allowed_models: [model.id], rate_limits: { requests_per_minute: 100, tokens_per_minute: null } });

        // Process B learns of the new key and model within its poll interval.
        const openai = new OpenAI({ apiKey: key.secret, baseURL: `${bUrl}/v1`, maxRetries: 0 });
        await eventually(async () => (await openai.models.list().then((l) => l.data.map((m) => m.id), (): string[] => [])).includes(model.id));
        const listed = (await openai.models.list()).data;
        expect(listed.map((m) => m.id)).toEqual([model.id]);
        expect(listed[0]).toMatchObject({ supported_protocols: ['openai:chat-completions'], context_window: 32_768 });

        const { data: completion, response } = await openai.chat.completions.create({ model: model.id, messages: [{ role: 'user', content: 'Hello lifecycle' }] }).withResponse();
        expect(completion.choices[0]?.message.content).toContain('Hello lifecycle');
        const cost = Math.round(Number(response.headers.get('x-nexusflow-cost')) * 1_000_000);
        expect(cost).toBeGreaterThan(0);

        // Usage is written in batches: visible within seconds, with the charge on the ledger.
        let summary = await api.usage({ account_id: account.id });
        await eventually(async () => (summary = await api.usage({ account_id: account.id, since: '2000-01-01' })).totals.requests === 1);
        expect(summary.rows).toEqual([expect.objectContaining({ model: model.id, requests: 1, cost })]);
        expect(summary.totals.cost).toBe(cost);
        expect(summary.totals.input_tokens).toBeGreaterThan(0);
        expect((await api.usage({ key_id: key.id })).totals.requests).toBe(1);
        const ledger = await api.ledger(account.id);
        expect(ledger.map((e) => e.kind)).toEqual(['topup', 'hold', 'settle']);
        expect(ledger.at(-1)).toMatchObject({ cost, balance_after: 10_000_000 - cost });

        await api.revokeKey(key.id);
        const refusedAfter = await eventually(async () => {
          const status = await openai.chat.completions.create({ model: model.id, messages: [{ role: 'user', content: 'again' }] }).then(() => 200, (e: unknown) => (e as { status?: number }).status ?? 0);
          return status === 401;
        }, 5_000);
        expect(refusedAfter).toBeLessThan(5_000);

        const audit = await api.audit({});
        const mine = audit.filter((e) => [account.id, key.id, channel.id, model.id].includes(e.target_id)).map((e) => e.action);
        expect(mine).toEqual(['key.revoke', 'key.create', 'model.create', 'channel.create', 'account.topup', 'account.topup', 'account.create']);
        expect(audit[0]?.actor).toMatch(/^admin-token:[0-9a-f]{8}$/);
      });
    }

    it('rotation: the old secret works during the grace period, then only the new one', async () => {
      const api = restApi(a.baseUrl, a.adminToken!);
      const account = await api.createAccount({ name: 'Rotation' });
      await api.topUp(account.id, { amount: 1_000_000, reason: 'rotation' });
      const old = await api.createKey({ account_id: account.id, name: 'rotating' });
      const sdk = (secret: string) => new OpenAI({ apiKey: secret, baseURL: `${bUrl}/v1`, maxRetries: 0 });
      const status = (secret: string) => sdk(secret).models.list().then(() => 200, (e: unknown) => (e as { status?: number }).status ?? 0);
      await eventually(async () => (await status(old.secret)) === 200);

      const next = await api.rotateKey(old.id, 3600);
      expect(next.id).not.toBe(old.id);
      expect(next.name).toBe('rotating');
      await eventually(async () => (await status(next.secret)) === 200);
      expect(await status(old.secret)).toBe(200);
      const trpc = trpcApi(a.baseUrl, a.adminToken!);
      await expect(trpc.rotateKey(old.id, 60)).rejects.toMatchObject({ data: { httpStatus: 409, nexusflowCode: 'conflict' } });

      const last = await trpc.rotateKey(next.id, 0);
      await eventually(async () => (await status(next.secret)) === 401 && (await status(last.secret)) === 200, 5_000);
    });
  });
});
