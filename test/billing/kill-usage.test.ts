import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { reconcile } from '../../server/billing/reconcile.js';
import { createStore } from '../../server/store/index.js';
import { startGatewayProcess } from '../support/gateway-process.js';

const uri = process.env.MONGODB_URI;
const KINDS = [
  { name: 'embedded', available: true },
  { name: 'mongo', available: uri !== undefined },
] as const;

/**
 * #14 defect 4: usage records used to wait in an in-memory batch (up to 100 ms) after the charge,
 * so `kill -9` right after answers reached their clients lost their records. Now each charged
 * request's record is stored with its charge: every answer a client received has its record.
 */
describe.each(KINDS)('kill -9 right after answers were delivered ($name store)', ({ name, available }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-kill-usage-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.skipIf(!available)('every answered request has its usage record and its charge; reconcile agrees', async () => {
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'sim', provider: 'simulator' }],
      models: [{ id: 'sim-model', supported_protocols: ['openai:chat-completions'], max_output_tokens: 64, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'sim' }] }],
    }));
    const key = generateApiKeySecret();
    const db = `nf_kill_${Math.random().toString(36).slice(2, 10)}`;
    const storeEnv: Record<string, string> = name === 'mongo' ? { MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db } : {};
    const env = { NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '100', ...storeEnv };
    const gw = await startGatewayProcess(env);
    const answered: string[] = [];
    try {
      for (let round = 0; round < 3; round++) {
        const results = await Promise.all(Array.from({ length: 12 }, async (_, i) => {
          const res = await request(`${gw.baseUrl}/v1/chat/completions`, {
            method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
            body: JSON.stringify({ model: 'sim-model', messages: [{ role: 'user', content: `round ${round} request ${i}` }], max_tokens: 8 }),
          });
          const body = (await res.body.json()) as { choices?: unknown[] };
          return res.statusCode === 200 && Array.isArray(body.choices) ? String(res.headers['x-request-id']) : undefined;
        }));
        for (const id of results) if (id) answered.push(id);
      }
    } finally {
      // At once: no time for a batch timer to fire.
      await gw.stop('SIGKILL');
    }
    expect(answered).toHaveLength(36);

    const store = await createStore({ dataDir: dir, ...(name === 'mongo' ? { mongodbUri: uri!, mongodbDb: db } : {}) });
    try {
      const missing: string[] = [];
      let costs = 0;
      for (const id of answered) {
        const rec = await store.getUsage(id);
        if (!rec) missing.push(id);
        else costs += rec.cost;
      }
      expect(missing).toEqual([]);
      const [row] = await reconcile(store);
      expect(row).toMatchObject({ ok: true, openHolds: 0, usageCost: costs, charged: costs });
      expect(row!.balance).toBe(100_000_000 - costs);
    } finally {
      await store.close();
    }
  }, 90_000);
});
