import { MongoClient } from 'mongodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { createStore } from '../../server/store/index.js';
import { startGatewayProcess } from '../support/gateway-process.js';

const uri = process.env.MONGODB_URI;
const STORES = [
  { name: 'embedded', available: true },
  { name: 'mongo', available: uri !== undefined },
] as const;

/**
 * #16 NEXUSFLOW_WORKERS: several worker processes on one port (node:cluster), on both stores.
 * Both serve, money stays exact, /metrics answers for all of them, SIGTERM drains them all.
 */
describe.each(STORES)('NEXUSFLOW_WORKERS=2 on the $name store', ({ name, available }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-workers-'));
  const db = `nf_workers_${Math.random().toString(36).slice(2, 10)}`;
  afterAll(async () => {
    rmSync(dir, { recursive: true, force: true });
    if (name === 'mongo' && uri) {
      const client = new MongoClient(uri);
      await client.db(db).dropDatabase().finally(() => client.close());
    }
  });

  it.skipIf(!available)('both workers serve, the balance is exact, /metrics sums every worker, SIGTERM drains all and exits 0', async () => {
    const key = generateApiKeySecret();
    const admin = 'nf-admin-workers-test-token-0123456789';
    const storeEnv: Record<string, string> = name === 'mongo' ? { MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db } : { NEXUSFLOW_DATA_DIR: dir };
    const gw = await startGatewayProcess({ ...storeEnv, NEXUSFLOW_WORKERS: '2', NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_ADMIN_TOKEN: admin });
    let code: number | null = null;
    try {
      // Both workers have started (each prints its own line).
      const until = Date.now() + 20_000;
      while ((gw.output().match(/NexusFlow listening on/g) ?? []).length < 2 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(gw.output()).toContain('primary: 2 worker processes on one port');
      const client = new OpenAI({ apiKey: key, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
      const costs = await Promise.all(Array.from({ length: 60 }, async (_, i) => {
        const { response } = await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: `hello ${i}` }] }).withResponse();
        return Math.round(Number(response.headers.get('x-nexusflow-cost')) * 1_000_000);
      }));
      // Each worker's access-log lines reach the output within a second or so (buffered writes).
      const requestLines = (): RegExpMatchArray[] => [...gw.output().matchAll(/"pid":(\d+)[^\n]*"route":"\/v1\/chat\/completions"[^\n]*"msg":"request"/g)];
      const seen = Date.now() + 10_000;
      while (requestLines().length < 60 && Date.now() < seen) await new Promise((r) => setTimeout(r, 100));
      expect(requestLines()).toHaveLength(60);
      expect(new Set(requestLines().map((m) => m[1])).size).toBe(2);

      for (let ask = 0; ask < 4; ask++) {
        const text = await (await fetch(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${admin}` } })).text();
        const served = [...text.matchAll(/^nexusflow_requests_total\{[^}]*endpoint="\/v1\/chat\/completions"[^}]*status="200"\} (\d+)/gm)].reduce((n, m) => n + Number(m[1]), 0);
        expect(served).toBe(60);
      }
      code = await gw.stop('SIGTERM');
      const spent = costs.reduce((a, b) => a + b, 0);
      const store = await createStore(name === 'mongo' ? { dataDir: '', mongodbUri: uri!, mongodbDb: db } : { dataDir: dir });
      try {
        const account = (await store.listAccounts({ limit: 10 })).items[0]!;
        expect(await store.sumLedger(account.id)).toBe(account.balance);
        expect(Object.keys(account.holds)).toHaveLength(0);
        const usage = await store.queryUsage({ accountId: account.id }, { limit: 200 });
        expect(usage.items).toHaveLength(60);
        expect(usage.items.reduce((n, u) => n + u.cost, 0)).toBe(spent);
      } finally {
        await store.close();
      }
    } finally {
      if (code === null) await gw.stop('SIGKILL');
    }
    expect(code).toBe(0);
    expect(gw.output()).toContain('draining every worker');
    expect((gw.output().match(/shutdown complete/g) ?? []).length).toBe(2);
  }, 90_000);
});

describe('NEXUSFLOW_WORKERS: a worker that dies is replaced', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-workers-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('kill -9 of one worker: the primary starts another in its slot and the gateway keeps serving', async () => {
    const key = generateApiKeySecret();
    const gw = await startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_WORKERS: '2', NEXUSFLOW_BOOTSTRAP_KEY: key });
    try {
      const client = new OpenAI({ apiKey: key, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
      await Promise.all(Array.from({ length: 10 }, () => client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] })));
      const until = Date.now() + 20_000;
      // Request lines reach the output within a second (buffered log writes).
      while (!/"pid":\d+[^\n]*"msg":"request"/.test(gw.output()) && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      const victim = Number(/"pid":(\d+)[^\n]*"msg":"request"/.exec(gw.output())?.[1]);
      process.kill(victim, 'SIGKILL');
      while (!gw.output().includes('worker exited; starting another') && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      expect(gw.output()).toContain('worker exited; starting another');
      while ((gw.output().match(/NexusFlow listening on/g) ?? []).length < 3 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      const after = await Promise.all(Array.from({ length: 10 }, () => client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi again' }] })));
      expect(after.every((r) => r.choices[0]?.message.content?.includes('hi again'))).toBe(true);
      expect(await gw.stop('SIGTERM')).toBe(0);
    } finally {
      await gw.stop('SIGKILL');
    }
  }, 60_000);
});
