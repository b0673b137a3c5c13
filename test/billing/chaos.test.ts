import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { reconcile } from '../../server/billing/reconcile.js';
import { createStore } from '../../server/store/index.js';
import { findFerretDb, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { allLedger, allUsage } from '../faults/books.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';

type Kind = 'answer' | 'stream' | 'leave';

interface Outcome {
  kind: Kind;
  requestId: string | undefined;
  /** The client read the whole answer (a JSON body with choices, or a stream to `[DONE]`). */
  complete: boolean;
}

const N = 300;
const BALANCE = 100; // credits
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const mongoAvailable = findFerretDb() !== undefined;

/**
 * #14 invariants with every fault at once, on both stores: 300 requests (answers, streams read to
 * the end, clients leaving mid-stream) spread over 2.5 s against a real gateway process; on
 * MongoDB the store (a private FerretDB) is killed 0.8 s in, and the gateway `kill -9`ed 0.8 s later
 * while the store is still down (settlements, lease writes and retries waiting on it); on the
 * embedded store (a local file: no outage to simulate) the gateway is killed 1.6 s in. It restarts
 * on the same data (outbox replay, hold sweeper). Then: balance = Σ ledger, Σ usage cost = Σ charges, no hold left,
 * every answer a client read in full has its usage record, every charge has its record at that
 * cost, nothing charged for failures, never below the credit limit (0).
 */
describe.each([
  { name: 'embedded', available: true },
  { name: 'mongo', available: mongoAvailable },
])('billing under store outage + kill -9 + restart ($name store)', ({ name, available }) => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-chaos-'));
  let ferret: FerretDbInstance | undefined;
  let gw: GatewayProcess | undefined;
  afterAll(async () => {
    await gw?.stop('SIGKILL').catch(() => undefined);
    await ferret?.dispose();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!available)('every invariant holds after the dust settles', async () => {
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'sim', provider: 'simulator', options: { firstTokenLatencyMs: 30, interChunkLatencyMs: 15 } }],
      models: [{ id: 'sim-model', supported_protocols: ['openai:chat-completions'], max_output_tokens: 64, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'sim' }] }],
    }));
    const key = generateApiKeySecret();
    let storeEnv: Record<string, string> = {};
    if (name === 'mongo') {
      ferret = await startFerretDb();
      storeEnv = { MONGODB_URI: ferret.uri, NEXUSFLOW_MONGODB_DB: 'nf_chaos' };
    }
    const env = { NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: String(BALANCE), ...storeEnv };
    gw = await startGatewayProcess(env);
    const baseUrl = gw.baseUrl;

    const one = async (i: number): Promise<Outcome> => {
      const kind: Kind = (['answer', 'stream', 'leave'] as const)[i % 3]!;
      await sleep(Math.floor((i / N) * 2500));
      const ac = new AbortController();
      let requestId: string | undefined;
      try {
        const res = await request(`${baseUrl}/v1/chat/completions`, {
          method: 'POST', signal: ac.signal, headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
          body: JSON.stringify({ model: 'sim-model', messages: [{ role: 'user', content: `request ${i}` }], max_tokens: 24, stream: kind !== 'answer' }),
        });
        requestId = res.headers['x-request-id'] ? String(res.headers['x-request-id']) : undefined;
        if (kind === 'answer') {
          const body = (await res.body.json()) as { choices?: unknown[] };
          return { kind, requestId, complete: res.statusCode === 200 && Array.isArray(body.choices) };
        }
        let text = '';
        for await (const chunk of res.body) {
          text += (chunk as Buffer).toString();
          if (kind === 'leave' && (text.match(/^data: \{/gm) ?? []).length >= 2) ac.abort();
        }
        return { kind, requestId, complete: res.statusCode === 200 && text.includes('data: [DONE]') && !text.includes('"error"') };
      } catch {
        return { kind, requestId, complete: false };
      }
    };
    const running = Promise.all(Array.from({ length: N }, (_, i) => one(i)));
    if (ferret) {
      // The store dies first; the gateway dies while it is down (settlements and lease writes
      // waiting on it); the store comes back before the gateway restarts.
      const f = ferret;
      await sleep(800);
      await f.stop({ kill: true });
      await sleep(800);
      await gw.stop('SIGKILL');
      await sleep(400);
      ferret = await startFerretDb({ port: f.port, dir: f.dir });
    } else {
      await sleep(1600);
      await gw.stop('SIGKILL');
    }
    const outcomes = await running;
    // The mix happened: answers before the kill, answers cut by it.
    expect(outcomes.filter((o) => o.complete).length).toBeGreaterThan(20);
    expect(outcomes.filter((o) => !o.complete).length).toBeGreaterThan(20);

    // The dead process's holds and leases are older than the restarted one's hold timeout.
    await sleep(1200);
    gw = await startGatewayProcess({ ...env, NEXUSFLOW_HOLD_TIMEOUT_MS: '1000' });
    const store = await createStore({ dataDir: dir, ...(name === 'mongo' ? { mongodbUri: ferret!.uri, mongodbDb: 'nf_chaos' } : {}) });
    try {
      const accountId = (await store.listAccounts({ limit: 10 })).items[0]!.id;
      const until = Date.now() + 30_000;
      let row = (await reconcile(store)).find((r) => r.accountId === accountId)!;
      while ((!row.ok || row.openHolds > 0) && Date.now() < until) {
        await sleep(200);
        row = (await reconcile(store)).find((r) => r.accountId === accountId)!;
      }
      expect(row).toMatchObject({ ok: true, openHolds: 0, heldAmount: 0 });
      expect(row.balance).toBe(row.ledgerSum);
      expect(row.usageCost).toBe(row.charged);
      expect(row.balance).toBeGreaterThanOrEqual(0);

      const records = await allUsage(store, accountId);
      for (const o of outcomes.filter((x) => x.complete)) {
        const rec = records.get(o.requestId!);
        expect(rec, `${o.kind} ${o.requestId} was read in full: it has a usage record`).toBeDefined();
        expect(rec!.status).toBe('succeeded');
        expect(rec!.cost).toBeGreaterThan(0);
      }
      for (const rec of records.values()) if (rec.status === 'failed') expect(rec.cost).toBe(0);
      // Every charge has its usage record at the same cost; nothing else was charged.
      const ledger = await allLedger(store, accountId);
      let charged = 0;
      for (const e of ledger.filter((x) => x.kind === 'settle')) {
        expect(records.get(e.requestId!)?.cost, `charge ${e.id} has its record`).toBe(e.cost);
        charged += e.cost ?? 0;
      }
      expect(row.balance).toBe(BALANCE * 1_000_000 - charged);
    } finally {
      await store.close();
    }
  }, 120_000);
});
