import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNexusFlowClient, NexusFlowError, type NexusFlowClient } from '../../clients/nexusflow/src/index.js';
import { VIDEO_PLACEHOLDER } from '../../server/providers/simulator/media.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** The generated NexusFlow client (clients/nexusflow over generated/client/tasks) against the simulator. */
describe('NexusFlow client: /v1/tasks on the simulator', () => {
  let gw: TestGateway;
  let nf: NexusFlowClient;

  beforeAll(async () => {
    gw = await startTestGateway({
      catalog: {
        channels: [
          { id: 'sim', provider: 'simulator' },
          // Behaves like an asynchronous upstream: jobs are pending for 2 s, cancelable meanwhile.
          { id: 'sim-slow', provider: 'simulator', options: { taskLatencyMs: 2000, pollInitialMs: 50, pollMaxMs: 100 } },
        ],
        models: [
          { id: 'wan2.6-t2i', kind: 'image', supported_protocols: ['openai:image-generations', 'nexusflow:tasks'], pricing: { per_image: { default: 30_000 } }, channels: [{ channel: 'sim' }] },
          { id: 'wan2.6-t2v', kind: 'video', supported_protocols: ['nexusflow:tasks'], pricing: { per_video_second: 100_000 }, channels: [{ channel: 'sim' }] },
          { id: 'slow-image', kind: 'image', supported_protocols: ['nexusflow:tasks'], pricing: { per_image: { default: 10_000 } }, channels: [{ channel: 'sim-slow' }] },
        ],
      },
    });
    nf = createNexusFlowClient({ baseUrl: gw.baseUrl, apiKey: gw.apiKey });
  });
  afterAll(async () => {
    await gw?.close();
  });

  const until = async (id: string, status: string) => {
    for (let i = 0; i < 200; i++) {
      const t = await nf.tasks.getTask({ path: { task_id: id } });
      if (t.status === status) return t;
      await sleep(25);
    }
    throw new Error(`task ${id} never became ${status}`);
  };

  it('creates, reads and lists tasks; an Idempotency-Key answers the same task', async () => {
    const body = { model: 'wan2.6-t2i', kind: 'image' as const, input: { prompt: 'a blue whale' }, parameters: { size: '128x96', n: 2 } };
    const task = await nf.tasks.createTask({ body, headers: { 'Idempotency-Key': 'client-1' } });
    expect(task.object).toBe('task');
    const again = await nf.tasks.createTask({ body, headers: { 'Idempotency-Key': 'client-1' } });
    expect(again.id).toBe(task.id);
    const done = await until(task.id, 'succeeded');
    expect(done.usage).toEqual({ images: 2, seconds: null, cost: 60_000 });
    expect(done.files.map((f) => [f.width, f.height, f.content_type])).toEqual([[128, 96, 'image/png'], [128, 96, 'image/png']]);
    const png = Buffer.from(await (await fetch(done.files[0]!.url)).arrayBuffer());
    expect(png.readUInt32BE(16)).toBe(128);

    const page = await nf.tasks.listTasks({ query: { status: 'succeeded', limit: 10 } });
    expect(page.data.map((t) => t.id)).toContain(task.id);
    expect(page.next_cursor).toBeNull();
  });

  it('a video task on the simulator yields a clearly labelled placeholder (an animated PNG)', async () => {
    const task = await nf.tasks.createTask({ body: { model: 'wan2.6-t2v', kind: 'video', input: { prompt: 'waves' }, parameters: { size: '1280x720', duration: 3 } } });
    const done = await until(task.id, 'succeeded');
    expect(done.usage).toEqual({ images: null, seconds: 3, cost: 300_000 });
    expect(done.files[0]).toMatchObject({ kind: 'video', content_type: 'image/apng', placeholder: VIDEO_PLACEHOLDER, width: 160, height: 90, duration_seconds: 3 });
    const apng = Buffer.from(await (await fetch(done.files[0]!.url)).arrayBuffer());
    expect(apng.includes(Buffer.from('acTL'))).toBe(true);
  });

  it('cancels a pending task (released, nothing charged) and reports errors as NexusFlowError', async () => {
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    const task = await nf.tasks.createTask({ body: { model: 'slow-image', kind: 'image', input: { prompt: 'never mind' } } });
    let canceled;
    for (let i = 0; i < 40 && !canceled; i++) {
      canceled = await nf.tasks.cancelTask({ path: { task_id: task.id } }).catch((e: unknown) => {
        if (e instanceof NexusFlowError && e.status === 409) return undefined;
        throw e;
      });
      if (!canceled) await sleep(25);
    }
    expect(canceled!.status).toBe('canceled');
    expect(canceled!.usage!.cost).toBe(0);
    expect((await gw.store.getAccount(gw.accountId))!.balance).toBe(before);

    const missing = await nf.tasks.getTask({ path: { task_id: 'task_nope' } }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(NexusFlowError);
    expect((missing as NexusFlowError).status).toBe(404);
    const wrongKind = await nf.tasks.createTask({ body: { model: 'wan2.6-t2i', kind: 'video', input: { prompt: 'x' } } }).catch((e: unknown) => e);
    expect((wrongKind as NexusFlowError).status).toBe(400);
    const secret = await nf.tasks.getCallbackSecret();
    expect(secret.secret).toMatch(/^whsec_/);
  });

  it('tasks are private to their account', async () => {
    const other = await startTestGateway({ store: gw.store });
    try {
      expect(other.accountId).not.toBe(gw.accountId);
      const mine = await nf.tasks.createTask({ body: { model: 'wan2.6-t2i', kind: 'image', input: { prompt: 'mine' } } });
      const theirs = createNexusFlowClient({ baseUrl: other.baseUrl, apiKey: other.apiKey });
      const res = await theirs.tasks.getTask({ path: { task_id: mine.id } }).catch((e: unknown) => e);
      expect((res as NexusFlowError).status).toBe(404);
    } finally {
      await other.close();
    }
  });
});
