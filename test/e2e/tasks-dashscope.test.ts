import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../generated/tasks/types.gen.js';
import { verifyPayload } from '../../server/tasks/callbacks/signature.js';
import { fakePng, startFakeDashScope, type FakeDashScope } from '../support/fake-dashscope-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { storeKinds } from '../support/stores.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

interface Api {
  create(body: unknown, key?: string): Promise<{ status: number; task: Task; headers: Headers; error?: { code: string; message: string; param: string | null } }>;
  get(id: string): Promise<Task>;
  cancel(id: string): Promise<{ status: number; body: Task & { error: { message: string } } }>;
  list(query: string): Promise<{ data: Task[]; next_cursor: string | null }>;
  until(id: string, done: (t: Task) => boolean, ms?: number): Promise<Task>;
}

function api(gw: TestGateway): Api {
  const h = { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' };
  const self: Api = {
    async create(body, key) {
      const res = await fetch(`${gw.baseUrl}/v1/tasks`, { method: 'POST', headers: { ...h, ...(key ? { 'idempotency-key': key } : {}) }, body: JSON.stringify(body) });
      const json = (await res.json()) as Task & { error?: { code: string; message: string; param: string | null } };
      return { status: res.status, task: json, headers: res.headers, ...(res.status >= 400 ? { error: json.error! } : {}) };
    },
    async get(id) {
      return (await (await fetch(`${gw.baseUrl}/v1/tasks/${id}`, { headers: h })).json()) as Task;
    },
    async cancel(id) {
      const res = await fetch(`${gw.baseUrl}/v1/tasks/${id}/cancel`, { method: 'POST', headers: { authorization: h.authorization } });
      return { status: res.status, body: (await res.json()) as Task & { error: { message: string } } };
    },
    async list(query) {
      return (await (await fetch(`${gw.baseUrl}/v1/tasks?${query}`, { headers: h })).json()) as { data: Task[]; next_cursor: string | null };
    },
    async until(id, done, ms = 15_000) {
      const end = Date.now() + ms;
      for (;;) {
        const t = await self.get(id);
        if (done(t) || Date.now() > end) return t;
        await sleep(50);
      }
    },
  };
  return self;
}

const terminal = (t: Task): boolean => ['succeeded', 'failed', 'canceled', 'expired'].includes(t.status);
const image = (prompt: string, extra: Record<string, unknown> = {}) => ({ model: 'wan2.6-t2i', kind: 'image', input: { prompt }, parameters: { size: '1024x1024', n: 1 }, ...extra });

describe.each(storeKinds())('/v1/tasks against a fake DashScope ($name store)', (kind) => {
  let ds: FakeDashScope;
  let gw: TestGateway;
  let a: Api;
  let cleanup: (() => Promise<void>) | undefined;
  let receiver: Server;
  let receiverUrl = '';
  const received: Array<{ headers: IncomingMessage['headers']; body: string }> = [];
  let failFirst = 0;

  beforeAll(async () => {
    if (!kind.available) return;
    ds = await startFakeDashScope();
    receiver = createServer((req, res) => {
      let body = '';
      req.on('data', (c: Buffer) => (body += c.toString('utf8')));
      req.on('end', () => {
        received.push({ headers: req.headers, body });
        if (req.url === '/redirect') {
          res.writeHead(307, { location: '/hook' });
          return void res.end();
        }
        res.writeHead(failFirst-- > 0 ? 500 : 204);
        res.end();
      });
    });
    await new Promise<void>((r) => receiver.listen(0, '127.0.0.1', r));
    receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    gw = await startTestGateway({
      store: opened.store,
      env: { FAKE_DASHSCOPE_KEY: ds.apiKey },
      media: { allowPrivateCallbacks: true, callbackRetryDelaysMs: [50, 100, 200] },
      catalog: {
        channels: [
          { id: 'ds', provider: 'dashscope', base_url: `${ds.baseUrl}/api/v1`, credential_env: 'FAKE_DASHSCOPE_KEY', options: { pollInitialMs: 40, pollMaxMs: 150 } },
          { id: 'ds-slow', provider: 'dashscope', base_url: ds.baseUrl, credential_env: 'FAKE_DASHSCOPE_KEY', options: { pollInitialMs: 10, pollMaxMs: 10, pollQps: 5, pollBudgetKey: 'qps-test' } },
        ],
        models: [
          { id: 'wan2.6-t2i', kind: 'image', supported_protocols: ['openai:image-generations', 'nexusflow:tasks'], pricing: { per_image: { default: 30_000 } }, channels: [{ channel: 'ds' }] },
          { id: 'wan2.6-t2v', kind: 'video', supported_protocols: ['nexusflow:tasks'], pricing: { per_video_second: 100_000 }, channels: [{ channel: 'ds' }] },
          { id: 'wan-qps', kind: 'image', supported_protocols: ['nexusflow:tasks'], pricing: { per_image: { default: 1_000 } }, channels: [{ channel: 'ds-slow', upstream_model: 'wan2.6-t2i' }] },
        ],
      },
    });
    a = api(gw);
  });
  afterAll(async () => {
    await gw?.close();
    await cleanup?.();
    await ds?.close();
    await new Promise((r) => (receiver ? receiver.close(r) : r(undefined)));
  });

  it.skipIf(!kind.available)('an image task runs upstream and succeeds with gateway-hosted files and its cost', async () => {
    const created = await a.create(image('a red fox [delay=400]'));
    expect(created.status).toBe(200);
    expect(['queued', 'running']).toContain(created.task.status);
    expect(created.task.usage).toBeNull();
    const done = await a.until(created.task.id, terminal);
    expect(done.status).toBe('succeeded');
    expect(done.usage).toEqual({ images: 1, seconds: null, cost: 30_000 });
    expect(done.files).toHaveLength(1);
    expect(done.files[0]).toMatchObject({ kind: 'image', content_type: 'image/png', width: 32, height: 32 });
    const bytes = Buffer.from(await (await fetch(done.files[0]!.url)).arrayBuffer());
    expect(bytes.equals(fakePng('a red fox [delay=400]', 0))).toBe(true);
  });

  it.skipIf(!kind.available)('Idempotency-Key: a repeat answers the same task and creates nothing upstream; a different body is 409', async () => {
    const body = image('idempotent [delay=300]');
    const first = await a.create(body, 'key-1');
    const again = await a.create(body, 'key-1');
    expect(again.status).toBe(200);
    expect(again.task.id).toBe(first.task.id);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    const other = await a.create(image('something else'), 'key-1');
    expect(other.status).toBe(409);
    expect(other.error!.param).toBe('Idempotency-Key');
    await a.until(first.task.id, terminal);
    const third = await a.create(body, 'key-1');
    expect(third.task.status).toBe('succeeded');
    expect(ds.creates.filter((c) => JSON.stringify(c.body).includes('idempotent [delay=300]'))).toHaveLength(1);
  });

  it.skipIf(!kind.available)('cancel: a PENDING job is canceled upstream and released; a RUNNING one is refused and charged when it succeeds', async () => {
    const pending = await a.create(image('cancel me [pending=3000][delay=6000]'));
    let canceled;
    for (let i = 0; i < 50; i++) {
      canceled = await a.cancel(pending.task.id);
      if (canceled.status === 200) break;
      expect(canceled.status).toBe(409); // still being sent upstream: try again
      await sleep(50);
    }
    expect(canceled!.status).toBe(200);
    expect(canceled!.body.status).toBe('canceled');
    expect(canceled!.body.usage!.cost).toBe(0);
    expect((await a.cancel(pending.task.id)).status).toBe(200);

    const running = await a.create(image('too late [pending=0][delay=800]'));
    const up = await a.until(running.task.id, (t) => t.status === 'running' && ds.creates.some((c) => JSON.stringify(c.body).includes('too late')));
    expect(up.status).toBe('running');
    await sleep(100);
    const refused = await a.cancel(running.task.id);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/already started/);
    const done = await a.until(running.task.id, terminal);
    expect(done.status).toBe('succeeded');
    expect(done.usage!.cost).toBe(30_000);
    expect((await a.cancel(running.task.id)).status).toBe(409);
  });

  it.skipIf(!kind.available)('failures carry codes and cost nothing: FAILED, flat error on HTTP 200, moderation, UNKNOWN', async () => {
    const cases: Array<[string, string, string]> = [
      ['boom [fail]', 'failed', 'generation_failed'],
      ['flat [flat]', 'failed', 'invalid_request'],
      ['nsfw [moderated]', 'failed', 'content_filtered'],
      ['gone [unknown]', 'expired', 'task_expired'],
    ];
    for (const [prompt, status, code] of cases) {
      const t = await a.until((await a.create(image(prompt))).task.id, terminal);
      expect([t.status, t.error?.code]).toEqual([status, code]);
      expect(t.usage!.cost).toBe(0);
      expect(t.files).toEqual([]);
    }
  });

  it.skipIf(!kind.available)('status queries that fail (HTTP 500, flat errors on 200) are retried: the job is not given up', async () => {
    const t = await a.until((await a.create(image('flaky [poll500=2][pollflat=2][delay=100]'))).task.id, terminal);
    expect(t.status).toBe('succeeded');
  });

  it.skipIf(!kind.available)('a video task: video_url copied, billed per second of usage.video_duration', async () => {
    const created = await a.create({ model: 'wan2.6-t2v', kind: 'video', input: { prompt: 'waves [delay=300]' }, parameters: { size: '1280x720', duration: 4, prompt_extend: true } });
    const done = await a.until(created.task.id, terminal);
    const create = ds.creates.find((c) => JSON.stringify(c.body).includes('waves [delay=300]'))!;
    expect(create.path).toBe('/services/aigc/video-generation/video-synthesis');
    expect(create.body).toMatchObject({ input: { prompt: 'waves [delay=300]' }, parameters: { size: '1280*720', duration: 4, prompt_extend: true } });
    expect(done.status).toBe('succeeded');
    expect(done.usage).toEqual({ images: null, seconds: 4, cost: 400_000 });
    expect(done.files[0]).toMatchObject({ kind: 'video', content_type: 'video/mp4', revised_prompt: 'waves [delay=300] (extended)' });
    const file = await fetch(done.files[0]!.url);
    expect(file.headers.get('content-type')).toBe('video/mp4');
  });

  it.skipIf(!kind.available)('callbacks: one signed POST of the terminal task, retried on 5xx, through a redirect', async () => {
    const secret = ((await (await fetch(`${gw.baseUrl}/v1/tasks/callback-secret`, { headers: { authorization: `Bearer ${gw.apiKey}` } })).json()) as { secret: string }).secret;
    expect(secret).toMatch(/^whsec_/);
    received.length = 0;
    failFirst = 2;
    const t = await a.create(image('call me [delay=100]', { callback_url: `${receiverUrl}/redirect` }));
    for (let i = 0; i < 100 && !received.some((r) => r.headers['x-nexusflow-task-id'] === t.task.id && received.indexOf(r) >= 5); i++) await sleep(50);
    const mine = received.filter((r) => r.headers['x-nexusflow-task-id'] === t.task.id);
    // Three attempts, each a POST to /redirect and then /hook: the first two got 500.
    expect(mine.length).toBe(6);
    for (const r of mine) {
      expect(verifyPayload(secret, String(r.headers['x-nexusflow-signature']), String(r.headers['x-nexusflow-timestamp']), r.body)).toBe(true);
      expect(verifyPayload(secret, String(r.headers['x-nexusflow-signature']), String(r.headers['x-nexusflow-timestamp']), `${r.body} `)).toBe(false);
    }
    const body = JSON.parse(mine.at(-1)!.body) as Task;
    expect(body).toMatchObject({ id: t.task.id, status: 'succeeded', usage: { cost: 30_000 } });
    expect((await fetch(body.files[0]!.url)).status).toBe(200);
  });

  it.skipIf(!kind.available)('list: filter by status, cursor pagination, oldest first', async () => {
    const page1 = await a.list('status=succeeded&limit=2');
    expect(page1.data).toHaveLength(2);
    expect(page1.data.every((t) => t.status === 'succeeded')).toBe(true);
    const page2 = await a.list(`status=succeeded&limit=2&cursor=${encodeURIComponent(page1.next_cursor!)}`);
    expect(page2.data.map((t) => t.id)).not.toContain(page1.data[0]!.id);
    expect(page1.data[0]!.created_at <= page2.data[0]!.created_at).toBe(true);
    expect((await a.list('status=canceled')).data.length).toBeGreaterThanOrEqual(1);
    const bad = await fetch(`${gw.baseUrl}/v1/tasks?status=done`, { headers: { authorization: `Bearer ${gw.apiKey}` } });
    expect(bad.status).toBe(400);
  });

  it.skipIf(!kind.available)('status queries share one budget: at most pollQps per second', async () => {
    const ids = await Promise.all(Array.from({ length: 10 }, async (_, i) => (await a.create({ ...image(`qps ${i} [delay=1500]`), model: 'wan-qps' })).task.id));
    const started = Date.now();
    for (const id of ids) expect((await a.until(id, terminal, 30_000)).status).toBe('succeeded');
    const upstreamIds = new Set(ds.creates.filter((c) => JSON.stringify(c.body).includes('qps ')).map((c) => c.taskId));
    const mine = ds.polls.filter((p) => upstreamIds.has(p.taskId));
    expect(mine.length).toBeGreaterThan(10);
    const perSecond = new Map<number, number>();
    for (const p of mine) perSecond.set(Math.floor(p.start / 1000), (perSecond.get(Math.floor(p.start / 1000)) ?? 0) + 1);
    // 5 per second, +1 for a poll sent at the end of one second and received in the next.
    expect(Math.max(...perSecond.values())).toBeLessThanOrEqual(6);
    expect(ds.overlaps()).toBe(0);
  }, 60_000);

  it.skipIf(!kind.available)('no double charge: balance == Σ ledger, one settle per succeeded task, no holds left', async () => {
    // A task is visible as terminal a moment before its hold is settled (the status is written first).
    let account = (await gw.store.getAccount(gw.accountId))!;
    for (let i = 0; i < 100 && Object.keys(account.holds).length > 0; i++) {
      await sleep(100);
      account = (await gw.store.getAccount(gw.accountId))!;
    }
    expect(Object.keys(account.holds)).toHaveLength(0);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account.balance);
    const ledger = (await gw.store.listLedger(gw.accountId, { limit: 1000 })).items;
    const settles = ledger.filter((e) => e.kind === 'settle');
    expect(new Set(settles.map((e) => e.requestId)).size).toBe(settles.length);
    const tasks = (await a.list('limit=200')).data;
    const charged = tasks.reduce((s, t) => s + (t.usage?.cost ?? 0), 0);
    expect(settles.reduce((s, e) => s + (e.cost ?? 0), 0)).toBe(charged);
    expect(account.balance).toBe(100_000_000 - charged);
  });
});

describe('callback URLs are checked', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('private, loopback and link-local targets (literal or resolved) are refused with 400 naming callback_url', async () => {
    for (const url of ['http://127.0.0.1:9/hook', 'http://localhost:9/hook', 'http://169.254.169.254/latest', 'http://[::1]/x', 'http://[::ffff:10.0.0.1]/x', 'ftp://example.com/x', 'http://user:pw@example.com/']) {
      const res = await fetch(`${gw.baseUrl}/v1/tasks`, {
        method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' },
        body: JSON.stringify({ model: 'wan2.6-t2i', kind: 'image', input: { prompt: 'x' }, callback_url: url }),
      });
      expect(res.status, url).toBe(400);
      expect(((await res.json()) as { error: { param: string } }).error.param).toBe('callback_url');
    }
    expect((await gw.store.listTasks({ accountId: gw.accountId }, { limit: 10 })).items).toHaveLength(0);
  });
});
