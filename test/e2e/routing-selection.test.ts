import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../server/auth/api-key-secret.js';
import type { ApiKeyRecord } from '../../server/store/types.js';
import Anthropic from '@anthropic-ai/sdk';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Weighted choice among channels, and pinning a request to one channel (keys that may). */
describe('routing: channel selection and pinning', () => {
  let gw: TestGateway;

  beforeAll(async () => {
    gw = await startTestGateway({
      catalog: {
        channels: [
          { id: 'light', provider: 'simulator', weight: 1 },
          { id: 'heavy', provider: 'simulator', weight: 3 },
          { id: 'reserve', provider: 'simulator', priority: 5 },
          { id: 'off', provider: 'simulator', weight: 100, status: 'disabled' },
        ],
        models: [
          { id: 'w', supported_protocols: ['openai:chat-completions', 'anthropic:messages'], channels: [{ channel: 'light' }, { channel: 'heavy' }, { channel: 'reserve' }, { channel: 'off' }] },
          { id: 'other', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'light' }] },
        ],
      },
    });
  });
  afterAll(async () => {
    await gw.close();
  });

  async function keyWith(patch: Partial<ApiKeyRecord>): Promise<string> {
    const secret = generateApiKeySecret();
    const now = Date.now();
    await gw.store.createApiKey({ id: `key_${Math.random().toString(36).slice(2)}`, hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: gw.accountId, name: 't', status: 'active', spent: 0, createdAt: now, updatedAt: now, ...patch });
    return secret;
  }
  const chat = (apiKey: string, headers: Record<string, string> = {}) =>
    new OpenAI({ apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0, defaultHeaders: headers }).chat.completions.create({ model: 'w', messages: [{ role: 'user', content: 'hi' }], max_tokens: 5 }).withResponse();

  it('spreads requests by weight within the first priority (1:3 over 400 requests, ±8 points), never to a disabled channel', async () => {
    const seen = new Map<string, number>();
    const N = 400;
    for (let i = 0; i < N; i += 20) {
      await Promise.all(Array.from({ length: 20 }, async () => {
        const { response } = await chat(gw.apiKey);
        const ch = response.headers.get('x-nexusflow-channel')!;
        seen.set(ch, (seen.get(ch) ?? 0) + 1);
      }));
    }
    expect([...seen.keys()].sort()).toEqual(['heavy', 'light']);
    expect(Math.abs((seen.get('heavy') ?? 0) / N - 0.75)).toBeLessThan(0.08);
  });

  it('a key allowed to pin gets the channel it names, even a lower-priority one', async () => {
    const key = await keyWith({ allowChannelPinning: true });
    for (let i = 0; i < 5; i++) {
      const { response } = await chat(key, { 'x-nexusflow-channel': 'reserve' });
      expect(response.headers.get('x-nexusflow-channel')).toBe('reserve');
    }
    // A channel that does not serve the model, or that an operator disabled, is not a way in.
    const notServing = await chat(key, { 'x-nexusflow-channel': 'nope' }).catch((e: unknown) => e);
    expect(notServing).toBeInstanceOf(OpenAI.BadRequestError);
    const disabled = (await chat(key, { 'x-nexusflow-channel': 'off' }).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(disabled.status).toBe(503);
  });

  it('a key without pinning rights gets 403 permission_denied, in the caller\'s protocol shape', async () => {
    const key = await keyWith({});
    const err = (await chat(key, { 'x-nexusflow-channel': 'reserve' }).catch((e: unknown) => e)) as InstanceType<typeof OpenAI.APIError>;
    expect(err).toBeInstanceOf(OpenAI.PermissionDeniedError);
    expect(err.message).toContain('may not pin');
    const anthropicErr = await new Anthropic({ apiKey: key, baseURL: gw.baseUrl, maxRetries: 0, defaultHeaders: { 'x-nexusflow-channel': 'reserve' } })
      .messages.create({ model: 'w', max_tokens: 5, messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect(anthropicErr).toBeInstanceOf(Anthropic.PermissionDeniedError);
    expect((anthropicErr as { error?: { error?: { type?: string } } }).error?.error?.type).toBe('permission_error');
  });
});
