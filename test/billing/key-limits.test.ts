import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../server/auth/api-key-secret.js';
import type { ApiKeyRecord } from '../../server/store/types.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('key status, expiry, allowed models and spend limits', () => {
  let gw: TestGateway;

  async function makeKey(patch: Partial<ApiKeyRecord>): Promise<OpenAI> {
    const secret = generateApiKeySecret();
    const now = Date.now();
    await gw.store.createApiKey({ id: `key_${Math.random().toString(36).slice(2)}`, hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: gw.accountId, name: 't', status: 'active', spent: 0, createdAt: now, updatedAt: now, ...patch });
    return new OpenAI({ apiKey: secret, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  }
  const ask = (c: OpenAI, model = 'qwen-turbo') => c.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }], max_tokens: 50 });

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('revoked and expired keys get 401 invalid_api_key', async () => {
    for (const patch of [{ status: 'revoked' as const }, { expiresAt: Date.now() - 1000 }]) {
      const err = await ask(await makeKey(patch)).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.AuthenticationError);
    }
  });

  it('a model outside the allow-list looks like a missing model, and is hidden from /v1/models', async () => {
    const c = await makeKey({ allowedModels: ['qwen-turbo'] });
    await expect(ask(c)).resolves.toBeDefined();
    const err = await ask(c, 'qwen3-max').catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.NotFoundError);
    expect((await c.models.list()).data.map((m) => m.id)).toEqual(['qwen-turbo']);
  });

  it('a key stops at its spend limit with insufficient_quota, while the account still has money', async () => {
    const c = await makeKey({ spendLimit: 120, spendPeriod: 'total' });
    let ok = 0;
    let refused: unknown;
    for (let i = 0; i < 50 && !refused; i++) {
      try {
        await ask(c);
        ok++;
      } catch (e) {
        refused = e;
      }
    }
    expect(ok).toBeGreaterThan(0);
    expect(refused).toBeInstanceOf(OpenAI.RateLimitError);
    expect((refused as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('insufficient_quota');
    expect((refused as Error).message).toContain('spend limit');
    const account = await gw.store.getAccount(gw.accountId);
    expect(account!.balance).toBeGreaterThan(1_000_000);
  });
});
