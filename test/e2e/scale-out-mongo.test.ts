import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNexusFlowClient, type NexusFlowClient } from '../../clients/nexusflow/src/index.js';
import { RATE_WINDOW_MS } from '../../server/routing/rate-limiter.js';
import { createStore } from '../../server/store/index.js';
import { checkBooks } from '../faults/books.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { SCRIPTED_USAGE, replyOf, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';
import { waitFor } from '../support/wait.js';

const uri = process.env.MONGODB_URI;
const PROCESSES = 4;
const ADMIN = 'nf-admin-scale-out-0123456789abcdef';
/** Micro-credits per million tokens: the scripted usage (10 in, 5 out) costs 10·3 + 5·7 = 65. */
const PRICING = { input_per_million: 3_000_000, output_per_million: 7_000_000 };
const COST = SCRIPTED_USAGE.prompt_tokens * 3 + SCRIPTED_USAGE.completion_tokens * 7;

type ApiError = InstanceType<typeof OpenAI.APIError>;

/** Sum of a Prometheus series in one process's /metrics, by label filter. */
async function metric(p: GatewayProcess, name: string, labels: Record<string, string>): Promise<number> {
  const text = await (await fetch(`${p.baseUrl}/metrics`, { headers: { authorization: `Bearer ${ADMIN}` } })).text();
  let total = 0;
  for (const line of text.split('\n')) {
    if (!line.startsWith(`${name}{`)) continue;
    if (Object.entries(labels).every(([k, v]) => line.includes(`${k}="${v}"`))) total += Number(line.split(' ').at(-1));
  }
  return total;
}

/** Runs `jobs` with at most `limit` at once. */
async function pool<T>(count: number, limit: number, job: (i: number) => Promise<T>): Promise<T[]> {
  const out: T[] = new Array(count);
  let next = 0;
  await Promise.all(Array.from({ length: limit }, async () => {
    while (next < count) {
      const i = next++;
      out[i] = await job(i);
    }
  }));
  return out;
}

/**
 * Scale-out on MongoDB: four gateway processes, one database, load spread over all of them.
 * Keys made or revoked through one process hold on every process; balances come out exact;
 * one requests-per-minute limit holds across the four; circuit breakers are per process (each
 * trips its own on a failing channel) while every request is still answered by the backup.
 */
describe.skipIf(!uri)(`scale-out: ${PROCESSES} gateway processes on one MongoDB`, () => {
  const db = `nf_scale_${Math.random().toString(36).slice(2, 10)}`;
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-scale-'));
  const procs: GatewayProcess[] = [];
  let primary: ScriptedUpstream;
  let backup: ScriptedUpstream;
  let admin: NexusFlowClient;
  let accountId: string;
  let key: { id: string; secret: string };

  beforeAll(async () => {
    primary = await startScriptedUpstream('primary');
    primary.setDefault({ kind: 'status', status: 503 });
    backup = await startScriptedUpstream('backup');
    const catalog = join(dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({
      channels: [
        { id: 'primary', provider: 'openai-compatible', base_url: primary.baseUrl, credential_env: 'SCALE_UPSTREAM_KEY', priority: 0 },
        { id: 'backup', provider: 'openai-compatible', base_url: backup.baseUrl, credential_env: 'SCALE_UPSTREAM_KEY', priority: 1 },
      ],
      models: [{ id: 'so', supported_protocols: ['openai:chat-completions'], max_output_tokens: 50, pricing: PRICING, channels: [{ channel: 'primary' }, { channel: 'backup' }] }],
    }));
    const env = {
      MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db, NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_ADMIN_TOKEN: ADMIN,
      NEXUSFLOW_SECRET_KEY: 'scale-out-secret-key-0123456789', SCALE_UPSTREAM_KEY: 'sk-upstream', NEXUSFLOW_CHANGE_POLL_MS: '200',
      NEXUSFLOW_CIRCUIT_FAILURES: '2', NEXUSFLOW_CIRCUIT_COOLDOWN_MS: '600000', NEXUSFLOW_RETRY_BACKOFF_MS: '1', NEXUSFLOW_BOOTSTRAP_BALANCE: '0',
    };
    // The first applies the catalog alone (several at once would each upsert it); the rest start together.
    // 60 s each: four cold tsx starts on a loaded 2-core CI machine once took longer than the default 30 s.
    procs.push(await startGatewayProcess(env, 60_000));
    procs.push(...(await Promise.all(Array.from({ length: PROCESSES - 1 }, () => startGatewayProcess(env, 60_000)))));
    admin = createNexusFlowClient({ baseUrl: procs[0]!.baseUrl, adminToken: ADMIN });
    accountId = (await admin.admin.createAccount({ body: { id: 'acct_scale', name: 'Scale-out' } })).id;
    await admin.admin.topUpAccount({ path: { account_id: accountId }, body: { amount: 50_000_000, reason: 'scale-out test', idempotency_key: 'initial' } });
    const created = await admin.admin.createKey({ body: { account_id: accountId, name: 'load' } });
    key = { id: created.id, secret: created.secret };
  }, 120_000);
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await primary?.close();
    await backup?.close();
    if (uri) {
      const client = new MongoClient(uri);
      await client.db(db).dropDatabase().finally(() => client.close());
    }
    rmSync(dir, { recursive: true, force: true });
  });

  const openai = (p: GatewayProcess, secret: string) => new OpenAI({ apiKey: secret, baseURL: `${p.baseUrl}/v1`, maxRetries: 0 });

  it('a key made through one process works on all four; 400 requests spread over them are all answered, billed exactly, and each process trips its own circuit', async () => {
    await waitFor(async () => (await Promise.all(procs.map(async (p) => (await fetch(`${p.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${key.secret}` } })).status))).every((s) => s === 200), 10_000);

    const total = 400;
    const started = performance.now();
    const answers = await pool(total, 32, async (i) => {
      const { data, response } = await openai(procs[i % PROCESSES]!, key.secret).chat.completions.create({ model: 'so', messages: [{ role: 'user', content: `load ${i}` }] }).withResponse();
      return { text: data.choices[0]?.message.content, id: response.headers.get('x-request-id')!, channel: response.headers.get('x-nexusflow-channel') };
    });
    const seconds = (performance.now() - started) / 1000;
    console.info(`scale-out: ${total} requests over ${PROCESSES} processes in ${seconds.toFixed(2)} s (${(total / seconds).toFixed(0)} req/s, concurrency 32; noisy shared machine)`);
    expect(answers.every((a) => a.text === replyOf('backup'))).toBe(true);
    expect(new Set(answers.map((a) => a.id)).size).toBe(total);

    // Exact books: every request settled at its price, balance = top-up − Σ cost = Σ ledger, no hold left.
    const store = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    try {
      const { usage } = await checkBooks(store, accountId, answers.map((a) => a.id));
      for (const a of answers) expect(usage.get(a.id), a.id).toMatchObject({ status: 'succeeded', cost: COST, channelId: 'backup' });
      expect((await store.getAccount(accountId))?.balance).toBe(50_000_000 - total * COST);
    } finally {
      await store.close();
    }

    // Circuits are per process: each saw the primary fail and opened its own breaker.
    let primaryAttempts = 0;
    for (const p of procs) {
      expect(await metric(p, 'nexusflow_channel_circuit_state', { channel: 'primary' }), p.baseUrl).toBe(2);
      const mine = await metric(p, 'nexusflow_upstream_attempts_total', { channel: 'primary' });
      expect(mine, p.baseUrl).toBeGreaterThanOrEqual(2);
      primaryAttempts += mine;
    }
    expect(primaryAttempts).toBe(primary.requests.length);
    // Once open, a process stops calling the primary: far fewer attempts than requests.
    expect(primary.requests.length).toBeLessThan(total / 4);
  }, 180_000);

  it('one requests-per-minute limit holds across the four processes: of 60 requests, exactly 20 are admitted', async () => {
    const limited = await admin.admin.createKey({ body: { account_id: accountId, name: 'limited', rate_limits: { requests_per_minute: 20 } } });
    await waitFor(async () => (await Promise.all(procs.map(async (p) => (await fetch(`${p.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${limited.secret}` } })).status))).every((s) => s === 200), 10_000);
    // A fixed one-minute window: start early in one, so the burst cannot straddle two.
    const into = Date.now() % RATE_WINDOW_MS;
    if (into > RATE_WINDOW_MS - 20_000) await new Promise((r) => setTimeout(r, RATE_WINDOW_MS - into + 50));
    const statuses = await pool(60, 12, async (i) => {
      try {
        await openai(procs[i % PROCESSES]!, limited.secret).chat.completions.create({ model: 'so', messages: [{ role: 'user', content: `limit ${i}` }] });
        return 200;
      } catch (err) {
        return (err as ApiError).status ?? 0;
      }
    });
    expect(statuses.filter((s) => s === 200)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(40);
    // Refusals came from every process, not one.
    const refusedBy = new Set(statuses.map((s, i) => (s === 429 ? i % PROCESSES : -1)).filter((p) => p >= 0));
    expect(refusedBy.size).toBe(PROCESSES);
  }, 120_000);

  it('a key revoked through one process is refused by all four within the change poll', async () => {
    await createNexusFlowClient({ baseUrl: procs[PROCESSES - 1]!.baseUrl, adminToken: ADMIN }).admin.revokeKey({ path: { key_id: key.id } });
    await waitFor(async () => (await Promise.all(procs.map(async (p) => (await fetch(`${p.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${key.secret}` } })).status))).every((s) => s === 401), 10_000);
  }, 30_000);
});
