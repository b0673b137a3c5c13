import Anthropic from '@anthropic-ai/sdk';
import { MongoClient } from 'mongodb';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../server/auth/api-key-secret.js';
import { bootstrap } from '../../server/config/bootstrap.js';
import { RATE_WINDOW_MS } from '../../server/routing/rate-limiter.js';
import { createStore } from '../../server/store/index.js';
import type { ApiKeyRecord } from '../../server/store/types.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;

/** Fixed one-minute windows: start a burst early in one, so it cannot straddle two. */
async function freshWindow(needMs = 15_000): Promise<number> {
  const into = Date.now() % RATE_WINDOW_MS;
  if (into > RATE_WINDOW_MS - needMs) await new Promise((r) => setTimeout(r, RATE_WINDOW_MS - into + 50));
  return Math.floor(Date.now() / RATE_WINDOW_MS) * RATE_WINDOW_MS;
}

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > end) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('rate limits per key (one process)', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      catalog: {
        channels: [{ id: 'sim', provider: 'simulator' }, { id: 'slow', provider: 'simulator', options: { firstTokenLatencyMs: 600 } }],
        models: [
          { id: 'm', supported_protocols: ['openai:chat-completions', 'anthropic:messages'], max_output_tokens: 4000, channels: [{ channel: 'sim' }] },
          { id: 'slow', supported_protocols: ['openai:chat-completions'], max_output_tokens: 4000, channels: [{ channel: 'slow' }] },
        ],
      },
    });
  });
  afterAll(async () => {
    await gw.close();
  });

  async function keyWith(rateLimits: ApiKeyRecord['rateLimits']): Promise<{ id: string; secret: string }> {
    const secret = generateApiKeySecret();
    const id = `key_${Math.random().toString(36).slice(2)}`;
    const now = Date.now();
    await gw.store.createApiKey({ id, hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: gw.accountId, name: 't', status: 'active', spent: 0, rateLimits, createdAt: now, updatedAt: now });
    return { id, secret };
  }
  const openai = (secret: string) => new OpenAI({ apiKey: secret, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  const ask = (secret: string, model = 'm', max = 20) => openai(secret).chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }], max_tokens: max });
  const counter = (name: string, window: number) => gw.store.incrementWindow(name, window, 0);

  it('requests per minute: the next request gets 429 rate_limited with retry-after, in each protocol\'s shape; refusals consume nothing', async () => {
    const window = await freshWindow();
    const key = await keyWith({ requestsPerMinute: 3 });
    for (let i = 0; i < 3; i++) await ask(key.secret);
    const err = (await ask(key.secret).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err.message).toContain('3 requests per minute');
    const retryAfter = Number(err.headers?.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect(Number(err.headers?.get('retry-after-ms'))).toBeLessThanOrEqual(retryAfter * 1000);
    const anthropic = await new Anthropic({ apiKey: key.secret, baseURL: gw.baseUrl, maxRetries: 0 })
      .messages.create({ model: 'm', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(anthropic).toBeInstanceOf(Anthropic.RateLimitError);
    expect((anthropic as { error?: { error?: { type?: string } } }).error?.error?.type).toBe('rate_limit_error');
    // The refused increments were given back: the window holds the 3 admitted requests.
    await until(async () => (await counter(`rpm:${key.id}`, window)) === 3);
  });

  it('tokens per minute: prompt + max output is reserved while a request runs, and corrected to what it used', async () => {
    const window = await freshWindow();
    const key = await keyWith({ tokensPerMinute: 1000 });
    // A slow request reserves ~600 tokens; a second one that would pass the limit meanwhile is refused.
    const first = ask(key.secret, 'slow', 600);
    await until(async () => (await counter(`tpm:${key.id}`, window)) >= 600);
    const refused = (await ask(key.secret, 'm', 600).catch((e: unknown) => e)) as ApiError;
    expect(refused).toBeInstanceOf(OpenAI.RateLimitError);
    expect(refused.message).toContain('1000 tokens per minute');
    const done = await first;
    const used = (done.usage?.prompt_tokens ?? 0) + (done.usage?.completion_tokens ?? 0);
    expect(used).toBeGreaterThan(0);
    // Settled: the window now counts what the request used, not what it reserved…
    await until(async () => (await counter(`tpm:${key.id}`, window)) === used);
    // …so the same request now fits.
    await expect(ask(key.secret, 'm', 600)).resolves.toBeDefined();
  });

  it('a request that alone exceeds the token limit is refused with x-should-retry: false', async () => {
    const key = await keyWith({ tokensPerMinute: 100 });
    const err = (await ask(key.secret, 'm', 500).catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(OpenAI.RateLimitError);
    expect(err.headers?.get('x-should-retry')).toBe('false');
    expect(err.message).toContain('Lower max_tokens');
  });
});

const uri = process.env.MONGODB_URI;

/** The limit is global: two processes on one MongoDB admit no more than it, together. */
describe.skipIf(!uri)('rate limits across two gateway processes on one MongoDB', () => {
  const db = `nf_rate_${Math.random().toString(36).slice(2, 10)}`;
  const procs: GatewayProcess[] = [];

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    const client = new MongoClient(uri!);
    await client.db(db).dropDatabase().finally(() => client.close());
  });

  it('the combined admitted count in a window never exceeds requestsPerMinute', async () => {
    const secret = generateApiKeySecret();
    const store = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    try {
      await bootstrap(store, { bootstrapKey: secret, balanceMicro: 50_000_000 });
      const key = (await store.findApiKeyByHash(hashApiKey(secret)))!;
      await store.updateApiKey(key.id, { rateLimits: { requestsPerMinute: 10 } });
    } finally {
      await store.close();
    }
    const env = { MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db, NEXUSFLOW_CHANGE_POLL_MS: '200' };
    procs.push(await startGatewayProcess(env), await startGatewayProcess(env));
    const clients = procs.map((p) => new OpenAI({ apiKey: secret, baseURL: `${p.baseUrl}/v1`, maxRetries: 0 }));

    await freshWindow(20_000);
    const statuses = await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      try {
        await clients[i % 2]!.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: `hi ${i}` }], max_tokens: 5 });
        return 200;
      } catch (e) {
        return (e as ApiError).status ?? 0;
      }
    }));
    const admitted = statuses.filter((s) => s === 200).length;
    expect(statuses.filter((s) => s !== 200 && s !== 429)).toEqual([]);
    // Never limit × processes (20): exactly the limit, shared by both.
    expect(admitted).toBe(10);
  }, 120_000);
});
