import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Store } from '../../server/store/store.js';
import { fakePng, startFakeDashScope, type FakeDashScope } from '../support/fake-dashscope-upstream.js';
import { FAKE_PNG, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { storeKinds } from '../support/stores.js';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

function ihdr(png: Buffer): { width: number; height: number } {
  expect(png.subarray(0, 8)).toEqual(PNG_SIGNATURE);
  expect(png.toString('latin1', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

async function ledgerOf(store: Store, accountId: string) {
  // A task finished by the runner is visible as succeeded a moment before its hold is settled.
  let account = (await store.getAccount(accountId))!;
  for (let i = 0; i < 100 && Object.keys(account.holds).length > 0; i++) {
    await new Promise((r) => setTimeout(r, 50));
    account = (await store.getAccount(accountId))!;
  }
  const entries = (await store.listLedger(accountId, { limit: 500 })).items;
  return { entries, account, sum: await store.sumLedger(accountId) };
}

const micro = (credits: string | null): number => Math.round(Number(credits) * 1_000_000);

describe.each(storeKinds())('OpenAI SDK images.generate on the simulator ($name store)', (kind) => {
  let gw: TestGateway;
  let client: OpenAI;
  let cleanup: (() => Promise<void>) | undefined;

  beforeAll(async () => {
    if (!kind.available) return;
    const opened = await kind.open();
    cleanup = opened.cleanup;
    gw = await startTestGateway({ store: opened.store });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw?.close();
    await cleanup?.();
  });

  it.skipIf(!kind.available)('url: a gateway URL serving a real PNG of the requested size, billed per image', async () => {
    const { data: r, response } = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'A futuristic city at sunset, cyberpunk style', size: '1024x1024', n: 1 }).withResponse();
    expect(r.data).toHaveLength(1);
    const url = r.data![0]!.url!;
    expect(url.startsWith(`${gw.baseUrl}/v1/files/`)).toBe(true);
    expect(url).toMatch(/expires=\d+&sig=/);
    expect(r.data![0]!.revised_prompt).toBe('A futuristic city at sunset, cyberpunk style');
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.030000');
    const file = await fetch(url);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe('image/png');
    const png = Buffer.from(await file.arrayBuffer());
    expect(ihdr(png)).toEqual({ width: 1024, height: 1024 });

    const again = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'A futuristic city at sunset, cyberpunk style', size: '1024x1024' });
    const png2 = Buffer.from(await (await fetch(again.data![0]!.url!)).arrayBuffer());
    expect(png2.equals(png)).toBe(true);

    const { entries, account, sum } = await ledgerOf(gw.store, gw.accountId);
    expect(entries.filter((e) => e.kind === 'settle').map((e) => e.cost)).toEqual([30_000, 30_000]);
    expect(account.balance).toBe(100_000_000 - 60_000);
    expect(sum).toBe(account.balance);
    expect(Object.keys(account.holds)).toHaveLength(0);
  });

  it.skipIf(!kind.available)('b64_json with the default model (the SDK sends none): the bytes, n images, each different', async () => {
    const r = await client.images.generate({ prompt: 'A lighthouse in a storm', n: 2, size: '256x512' as '256x256', response_format: 'b64_json' });
    expect(r.data).toHaveLength(2);
    const [a, b] = r.data!.map((d) => Buffer.from(d.b64_json!, 'base64'));
    expect(ihdr(a!)).toEqual({ width: 256, height: 512 });
    expect(ihdr(b!)).toEqual({ width: 256, height: 512 });
    expect(a!.equals(b!)).toBe(false);
  });

  it.skipIf(!kind.available)('forged, expired and unknown file URLs answer 403, 403 and 404', async () => {
    const r = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'signed', size: '64x64' as '256x256' });
    const url = new URL(r.data![0]!.url!);
    const forged = new URL(url);
    forged.searchParams.set('sig', `${url.searchParams.get('sig')!.slice(0, -2)}AA`);
    const f = await fetch(forged);
    expect(f.status).toBe(403);
    expect(((await f.json()) as { error: { code: string } }).error.code).toBe('permission_denied');
    const later = new URL(url);
    later.searchParams.set('expires', String(Number(url.searchParams.get('expires')) + 1));
    expect((await fetch(later)).status).toBe(403);

    const signer = gw.gateway.services.media.tasks.signer;
    const fileId = decodeURIComponent(url.pathname.split('/')[3]!);
    const expired = await fetch(signer.sign(fileId, gw.baseUrl, Date.now() - (signer.ttlSeconds + 10) * 1000).url);
    expect(expired.status).toBe(403);
    expect(((await expired.json()) as { error: { message: string } }).error.message).toMatch(/expired/);
    expect((await fetch(signer.sign('file_nothing_0', gw.baseUrl).url)).status).toBe(404);
  });

  it.skipIf(!kind.available)('rejects bad sizes and unknown models naming the parameter', async () => {
    const bad = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'x', size: 'huge' as '256x256' }).catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(OpenAI.BadRequestError);
    expect((bad as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('size');
    const tooBig = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'x', size: '4096x4096' as '256x256' }).catch((e: unknown) => e);
    expect((tooBig as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('size');
    const chat = await client.images.generate({ model: 'qwen-turbo', prompt: 'x' }).catch((e: unknown) => e);
    expect(chat).toBeInstanceOf(OpenAI.BadRequestError);
    expect((chat as Error).message).toContain('openai:image-generations');
  });
});

describe('OpenAI SDK images.generate through DashScope\'s native async API (fake)', () => {
  let ds: FakeDashScope;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    ds = await startFakeDashScope();
    gw = await startTestGateway({
      env: { FAKE_DASHSCOPE_KEY: ds.apiKey },
      media: { imageDeadlineMs: 1_500 },
      catalog: {
        // The compatible-mode base URL, as chat channels use it: the adapter maps it to the native root.
        channels: [{ id: 'ds', provider: 'dashscope', base_url: `${ds.baseUrl}/compatible-mode/v1`, credential_env: 'FAKE_DASHSCOPE_KEY', options: { pollInitialMs: 50, pollMaxMs: 200 } }],
        models: [
          { id: 'wan2.6-t2i', kind: 'image', supported_protocols: ['openai:image-generations', 'nexusflow:tasks'], pricing: { per_image: { default: 30_000, '1024x1024': 40_000 } }, channels: [{ channel: 'ds' }] },
          { id: 'wanx2.1-t2i-turbo', kind: 'image', supported_protocols: ['openai:image-generations'], pricing: { per_image: { default: 20_000 } }, channels: [{ channel: 'ds' }] },
        ],
      },
    });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw?.close();
    await ds?.close();
  });

  it('wan2.6: async create (messages, explicit n, W*H size), polls, copies the result and serves it signed', async () => {
    const prompt = 'A futuristic city at sunset';
    const { data: r, response } = await client.images.generate({ model: 'wan2.6-t2i', prompt, size: '1024x1024', n: 1 }).withResponse();
    const create = ds.creates.at(-1)!;
    expect(create.path).toBe('/services/aigc/image-generation/generation');
    expect(create.headers['x-dashscope-async']).toBe('enable');
    expect(create.body).toMatchObject({ model: 'wan2.6-t2i', input: { messages: [{ role: 'user', content: [{ text: prompt }] }] }, parameters: { n: 1, size: '1024*1024' } });
    expect(ds.downloads).toContain(`/oss/${create.taskId}/0.png`);
    const url = r.data![0]!.url!;
    expect(url.startsWith(gw.baseUrl)).toBe(true);
    const bytes = Buffer.from(await (await fetch(url)).arrayBuffer());
    expect(bytes.equals(fakePng(prompt, 0))).toBe(true);
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.040000');
    expect(response.headers.get('x-nexusflow-provider')).toBe('dashscope');
  });

  it('older wan: text2image with input.prompt; bills usage.image_count, not n; revised prompts from actual_prompt', async () => {
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    const { data: r, response } = await client.images.generate({ model: 'wanx2.1-t2i-turbo', prompt: 'two cats [count=1]', n: 2, response_format: 'b64_json' }).withResponse();
    const create = ds.creates.at(-1)!;
    expect(create.path).toBe('/services/aigc/text2image/image-synthesis');
    expect(create.body).toMatchObject({ input: { prompt: 'two cats [count=1]' }, parameters: { n: 2 } });
    expect(r.data).toHaveLength(2);
    expect(Buffer.from(r.data![1]!.b64_json!, 'base64').equals(fakePng('two cats [count=1]', 1))).toBe(true);
    expect(r.data![0]!.revised_prompt).toBe('two cats [count=1], highly detailed');
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.020000');
    expect((await gw.store.getAccount(gw.accountId))!.balance).toBe(before - 20_000);
  });

  it('failures are not charged: a flat error on HTTP 200, a FAILED task, moderation', async () => {
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    const flat = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'x [flat]' }).catch((e: unknown) => e);
    expect(flat).toBeInstanceOf(OpenAI.BadRequestError);
    expect((flat as Error).message).toContain('flat error on HTTP 200');
    const failed = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'x [fail]' }).catch((e: unknown) => e);
    expect((failed as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    const moderated = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'x [moderated]' }).catch((e: unknown) => e);
    expect(moderated).toBeInstanceOf(OpenAI.BadRequestError);
    expect((moderated as Error).message).toMatch(/moderation/);
    const { account, sum } = await ledgerOf(gw.store, gw.accountId);
    expect(account.balance).toBe(before);
    expect(sum).toBe(account.balance);
    expect(Object.keys(account.holds)).toHaveLength(0);
  });

  it('past the deadline: 504 naming the task; the job finishes in the background, charged once, result kept', async () => {
    const before = (await gw.store.getAccount(gw.accountId))!.balance;
    const late = await client.images.generate({ model: 'wan2.6-t2i', prompt: 'slow one [delay=3000]', size: '1024x1024' }).catch((e: unknown) => e);
    expect((late as InstanceType<typeof OpenAI.APIError>).status).toBe(504);
    const taskId = /task_[A-Za-z0-9]+/.exec((late as Error).message)![0];
    let task: { status: string; files: Array<{ url: string }>; usage: { cost: number } | null } | undefined;
    for (let i = 0; i < 100 && task?.status !== 'succeeded'; i++) {
      await new Promise((r) => setTimeout(r, 100));
      task = (await (await fetch(`${gw.baseUrl}/v1/tasks/${taskId}`, { headers: { authorization: `Bearer ${gw.apiKey}` } })).json()) as typeof task;
    }
    expect(task!.status).toBe('succeeded');
    expect(task!.usage!.cost).toBe(40_000);
    const bytes = Buffer.from(await (await fetch(task!.files[0]!.url)).arrayBuffer());
    expect(bytes.equals(fakePng('slow one [delay=3000]', 0))).toBe(true);
    expect(ds.creates.filter((c) => (c.body.input as { messages: Array<{ content: Array<{ text: string }> }> }).messages?.[0]?.content[0]?.text === 'slow one [delay=3000]')).toHaveLength(1);
    const { entries, account, sum } = await ledgerOf(gw.store, gw.accountId);
    expect(entries.filter((e) => e.requestId === taskId && e.kind === 'settle').map((e) => e.cost)).toEqual([40_000]);
    expect(account.balance).toBe(before - 40_000);
    expect(sum).toBe(account.balance);
  });
});

describe('OpenAI SDK images.generate through an OpenAI-compatible upstream', () => {
  let up: FakeUpstream;
  let gw: TestGateway;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    gw = await startTestGateway({
      catalog: {
        channels: [{ id: 'oa', provider: 'openai-compatible', base_url: up.baseUrl }],
        models: [
          { id: 'dall-e-3', kind: 'image', supported_protocols: ['openai:image-generations'], pricing: { per_image: { default: 40_000 } }, channels: [{ channel: 'oa', upstream_model: 'fake-ok' }] },
          { id: 'broken', kind: 'image', supported_protocols: ['openai:image-generations'], channels: [{ channel: 'oa', upstream_model: 'fake-500' }] },
        ],
      },
    });
  });
  afterAll(async () => {
    await gw?.close();
    await up?.close();
  });

  it('asks upstream for b64_json, keeps the bytes, serves them by URL or as base64', async () => {
    const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const { data: r, response } = await client.images.generate({ model: 'dall-e-3', prompt: 'a red square', quality: 'hd', style: 'vivid' }).withResponse();
    expect(up.requests.at(-1)!.body).toMatchObject({ model: 'fake-ok', prompt: 'a red square', response_format: 'b64_json', quality: 'hd', style: 'vivid', n: 1 });
    expect(Buffer.from(await (await fetch(r.data![0]!.url!)).arrayBuffer()).equals(FAKE_PNG)).toBe(true);
    expect(r.data![0]!.revised_prompt).toBe('a red square #0');
    expect(micro(response.headers.get('x-nexusflow-cost'))).toBe(40_000);
    const b64 = await client.images.generate({ model: 'dall-e-3', prompt: 'a red square', response_format: 'b64_json' });
    expect(Buffer.from(b64.data![0]!.b64_json!, 'base64').equals(FAKE_PNG)).toBe(true);
    const err = await client.images.generate({ model: 'broken', prompt: 'x' }).catch((e: unknown) => e);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
  });
});
