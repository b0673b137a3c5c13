import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { createStore } from '../../server/store/index.js';
import { startGatewayProcess } from '../support/gateway-process.js';

/**
 * Per-request holds (NEXUSFLOW_LEASE_HOLDS=0): five holds. Leased budgets (the default): the first
 * request holds on its own, the four that arrive while it is in flight are held in memory against
 * one lease (billing/lease-book.ts) — two holds in the store, both released after the restart.
 */
const CASES = [
  { name: 'per-request holds', leaseHolds: '0', holds: 5, reasons: { 'never settled': 5 } },
  { name: 'leased budgets', leaseHolds: '32', holds: 2, reasons: { 'never settled': 1, 'lease never returned': 1 } },
];

describe.each(CASES)('crash safety: holds of a killed process are released after restart ($name)', (c) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-crash-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('SIGKILL with requests in flight, restart, the sweeper releases every hold with a ledger entry', async () => {
    const catalog = join(dir, 'catalog.json');
    // A slow simulator keeps requests in flight (holds placed, not settled) when the process dies.
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'slow', provider: 'simulator', options: { firstTokenLatencyMs: 30_000 } }],
      models: [{ id: 'slow-model', supported_protocols: ['openai:chat-completions'], max_output_tokens: 100, pricing: { input_per_million: 1_000_000, output_per_million: 1_000_000 }, channels: [{ channel: 'slow' }] }],
    }));
    const key = generateApiKeySecret();
    const env = { NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '1', NEXUSFLOW_LEASE_HOLDS: c.leaseHolds };
    const first = await startGatewayProcess(env);
    const inflight = Array.from({ length: 5 }, () =>
      request(`${first.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' }, body: JSON.stringify({ model: 'slow-model', messages: [{ role: 'user', content: 'hi' }] }) }).catch(() => undefined));

    const store = await createStore({ dataDir: dir });
    try {
      const accounts = await store.listAccounts({ limit: 10 });
      const accountId = accounts.items[0]!.id;
      const until = Date.now() + 10_000;
      while (Object.keys((await store.getAccount(accountId))!.holds).length < c.holds && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      const held = await store.getAccount(accountId);
      expect(Object.keys(held!.holds)).toHaveLength(c.holds);
      expect(held!.balance).toBeLessThan(1_000_000);

      await first.stop('SIGKILL');
      await Promise.all(inflight);
      await new Promise((r) => setTimeout(r, 1200));

      const second = await startGatewayProcess({ ...env, NEXUSFLOW_HOLD_TIMEOUT_MS: '1000' });
      try {
        const until2 = Date.now() + 10_000;
        while (Object.keys((await store.getAccount(accountId))!.holds).length > 0 && Date.now() < until2) await new Promise((r) => setTimeout(r, 50));
        const after = (await store.getAccount(accountId))!;
        expect(Object.keys(after.holds)).toHaveLength(0);
        expect(after.balance).toBe(1_000_000);
        expect(await store.sumLedger(accountId)).toBe(after.balance);
        const ledger = await store.listLedger(accountId, { limit: 100 });
        const releases = ledger.items.filter((e) => e.kind === 'release');
        expect(releases).toHaveLength(c.holds);
        for (const [reason, n] of Object.entries(c.reasons)) expect(releases.filter((e) => (e.reason ?? '').includes(reason))).toHaveLength(n);
        expect(second.output()).toContain('released a stale hold');
        expect(second.output()).not.toContain(key);
      } finally {
        await second.stop();
      }
    } finally {
      await store.close();
    }
  }, 90_000);
});
