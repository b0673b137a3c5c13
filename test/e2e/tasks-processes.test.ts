import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MongoClient } from 'mongodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../generated/tasks/types.gen.js';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';
import { startFakeDashScope, type FakeDashScope } from '../support/fake-dashscope-upstream.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';

const uri = process.env.MONGODB_URI;
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Real gateway processes (`server/main.ts`) sharing one store and a fake DashScope. */
function catalogFile(dir: string, ds: FakeDashScope): string {
  const file = join(dir, 'catalog.json');
  writeFileSync(file, JSON.stringify({
    channels: [{ id: 'ds', provider: 'dashscope', base_url: ds.baseUrl, credential_env: 'FAKE_DASHSCOPE_KEY', options: { pollInitialMs: 100, pollMaxMs: 300 } }],
    models: [{ id: 'wan2.6-t2i', kind: 'image', supported_protocols: ['openai:image-generations', 'nexusflow:tasks'], pricing: { per_image: { default: 30_000 } }, channels: [{ channel: 'ds' }] }],
  }));
  return file;
}

async function createTask(gw: GatewayProcess, key: string, prompt: string): Promise<Task> {
  const res = await fetch(`${gw.baseUrl}/v1/tasks`, {
    method: 'POST', headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
    body: JSON.stringify({ model: 'wan2.6-t2i', kind: 'image', input: { prompt }, parameters: { n: 1 } }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as Task;
}

async function waitFor(gw: GatewayProcess, key: string, id: string, ms = 40_000): Promise<Task> {
  const end = Date.now() + ms;
  for (;;) {
    const t = (await (await fetch(`${gw.baseUrl}/v1/tasks/${id}`, { headers: { authorization: `Bearer ${key}` } })).json()) as Task;
    if (['succeeded', 'failed', 'canceled', 'expired'].includes(t.status) || Date.now() > end) return t;
    await sleep(100);
  }
}

async function checkMoney(store: Store, taskIds: string[]): Promise<void> {
  const account = (await store.listAccounts({ limit: 10 })).items.find((x) => x.name === 'Bootstrap account')!;
  // A task is visible as succeeded a moment before its hold is settled (the status is written first).
  let fresh = (await store.getAccount(account.id))!;
  for (let i = 0; i < 100 && Object.keys(fresh.holds).length > 0; i++) {
    await sleep(100);
    fresh = (await store.getAccount(account.id))!;
  }
  expect(Object.keys(fresh.holds)).toHaveLength(0);
  expect(await store.sumLedger(account.id)).toBe(fresh.balance);
  const ledger = (await store.listLedger(account.id, { limit: 1000 })).items;
  for (const id of taskIds) {
    expect(ledger.filter((e) => e.requestId === id && e.kind === 'settle').map((e) => e.cost), id).toEqual([30_000]);
  }
  expect(fresh.balance).toBe(100_000_000 - 30_000 * taskIds.length);
}

interface Target {
  name: string;
  available: boolean;
  env(): Record<string, string>;
  store(): Promise<Store>;
  cleanup(): Promise<void>;
}

function targets(): Target[] {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-tasks-proc-'));
  const db = `nf_tasks_${Math.random().toString(36).slice(2, 10)}`;
  return [
    {
      name: 'embedded', available: true,
      env: () => ({ NEXUSFLOW_DATA_DIR: dir }),
      store: () => createStore({ dataDir: dir }),
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    },
    {
      name: 'mongo', available: uri !== undefined,
      env: () => ({ MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db }),
      store: () => createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db }),
      cleanup: async () => {
        const client = new MongoClient(uri!);
        await client.db(db).dropDatabase().finally(() => client.close());
      },
    },
  ];
}

describe.each(targets())('a gateway restarted in the middle of a task ($name store)', (target) => {
  let ds: FakeDashScope;
  const procs: GatewayProcess[] = [];
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-catalog-'));

  beforeAll(async () => {
    ds = await startFakeDashScope();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await ds?.close();
    await target.cleanup();
    rmSync(dir, { recursive: true, force: true });
  });

  it.skipIf(!target.available)('resumes the running job after a crash: one upstream job, polled to the end, charged once', async () => {
    const key = generateApiKeySecret();
    const env = {
      ...target.env(), NEXUSFLOW_CONFIG: catalogFile(dir, ds), NEXUSFLOW_BOOTSTRAP_KEY: key, FAKE_DASHSCOPE_KEY: ds.apiKey,
      NEXUSFLOW_TASK_LEASE_MS: '1500', NEXUSFLOW_TASK_IDLE_MS: '50',
    };
    const first = await startGatewayProcess(env);
    procs.push(first);
    const task = await createTask(first, key, 'crash test [delay=4000]');
    // Wait until the job exists upstream and has been polled at least once, then kill -9.
    for (let i = 0; i < 100 && !(ds.creates.length === 1 && ds.polls.length >= 1); i++) await sleep(50);
    expect(ds.creates).toHaveLength(1);
    const upstreamId = ds.creates[0]!.taskId!;
    await first.stop('SIGKILL');
    const pollsBefore = ds.polls.length;

    const second = await startGatewayProcess(env);
    procs.push(second);
    const done = await waitFor(second, key, task.id);
    expect(done.status).toBe('succeeded');
    expect(ds.creates).toHaveLength(1);
    expect(ds.polls.slice(pollsBefore).every((p) => p.taskId === upstreamId)).toBe(true);
    expect(ds.polls.length).toBeGreaterThan(pollsBefore);
    expect(ds.overlaps()).toBe(0);
    await second.stop();

    const store = await target.store();
    try {
      await checkMoney(store, [task.id]);
    } finally {
      await store.close();
    }
  }, 90_000);
});

describe.skipIf(!uri)('two gateway processes sharing tasks on MongoDB', () => {
  const db = `nf_tasks_two_${Math.random().toString(36).slice(2, 10)}`;
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-catalog-'));
  let ds: FakeDashScope;
  const procs: GatewayProcess[] = [];

  beforeAll(async () => {
    ds = await startFakeDashScope();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    await ds?.close();
    const client = new MongoClient(uri!);
    await client.db(db).dropDatabase().finally(() => client.close());
    rmSync(dir, { recursive: true, force: true });
  });

  it('each task is created upstream once and polled by one process at a time; both processes do work; exact money', async () => {
    const key = generateApiKeySecret();
    const env = {
      MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db, NEXUSFLOW_CONFIG: catalogFile(dir, ds), NEXUSFLOW_BOOTSTRAP_KEY: key,
      FAKE_DASHSCOPE_KEY: ds.apiKey, NEXUSFLOW_TASK_LEASE_MS: '5000', NEXUSFLOW_TASK_IDLE_MS: '30', NEXUSFLOW_CHANGE_POLL_MS: '200',
    };
    procs.push(await startGatewayProcess(env));
    procs.push(await startGatewayProcess(env));
    const [a, b] = procs as [GatewayProcess, GatewayProcess];
    const tasks = await Promise.all(Array.from({ length: 10 }, (_, i) => createTask(i % 2 === 0 ? a : b, key, `shared ${i} [delay=1500][slowpoll=80]`)));
    const done = await Promise.all(tasks.map((t, i) => waitFor(i % 2 === 0 ? b : a, key, t.id)));
    expect(done.map((t) => t.status)).toEqual(Array(10).fill('succeeded'));
    for (let i = 0; i < 10; i++) expect(ds.creates.filter((c) => JSON.stringify(c.body).includes(`shared ${i} `)), `task ${i}`).toHaveLength(1);
    expect(ds.overlaps()).toBe(0);

    const steps = async (p: GatewayProcess): Promise<number> => {
      const text = await (await fetch(`${p.baseUrl}/metrics`)).text();
      return [...text.matchAll(/^nexusflow_task_steps_total\{[^}]*\} (\d+)/gm)].reduce((s, m) => s + Number(m[1]), 0);
    };
    expect(await steps(a)).toBeGreaterThan(0);
    expect(await steps(b)).toBeGreaterThan(0);

    const store = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    try {
      await checkMoney(store, tasks.map((t) => t.id));
    } finally {
      await store.close();
    }
  }, 120_000);
});
