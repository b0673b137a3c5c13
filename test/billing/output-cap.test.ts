import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAnthropicCatalog, startFakeAnthropicUpstream, type FakeAnthropicUpstream } from '../support/fake-anthropic-upstream.js';
import { fakeGeminiCatalog, startFakeGeminiUpstream, type FakeGeminiUpstream } from '../support/fake-gemini-upstream.js';
import { fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface CatalogShape { channels: unknown[]; models: unknown[] }

/**
 * #14 defect 1: the hold covers at most the model's max_output_tokens, so the upstream must never
 * be asked for more — whatever the caller sent, and on every upstream kind (each has its own field).
 * Before the fix the caller's max_tokens went upstream unchanged (a million on a 1,000-token model).
 */
describe('the output cap sent upstream never exceeds what the hold covers', () => {
  let openai: FakeUpstream;
  let anthropic: FakeAnthropicUpstream;
  let gemini: FakeGeminiUpstream;
  let gw: TestGateway;

  beforeAll(async () => {
    [openai, anthropic, gemini] = await Promise.all([startFakeOpenAIUpstream(), startFakeAnthropicUpstream(), startFakeGeminiUpstream()]);
    const parts = [fakeUpstreamCatalog(openai.baseUrl), fakeAnthropicCatalog(anthropic.baseUrl), fakeGeminiCatalog(gemini.baseUrl)] as CatalogShape[];
    const catalog = { channels: parts.flatMap((p) => p.channels), models: parts.flatMap((p) => p.models) };
    gw = await startTestGateway({ catalog, env: { FAKE_UPSTREAM_KEY: 'k', FAKE_ANTHROPIC_KEY: 'anthropic-upstream-secret', FAKE_GEMINI_KEY: 'k' } });
  });
  afterAll(async () => {
    await gw?.close();
    await Promise.all([openai?.close(), anthropic?.close(), gemini?.close()]);
  });

  const client = (): OpenAI => new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });

  it('OpenAI-compatible upstream: max_tokens 1,000,000 goes up as the model cap (1,000), and a missing cap is filled in', async () => {
    await client().chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1_000_000 });
    expect(openai.requests.at(-1)!.body.max_completion_tokens).toBe(1000);
    expect(openai.requests.at(-1)!.body.max_tokens).toBeUndefined();
    await client().chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'hi' }], max_completion_tokens: 1_000_000, stream: true }).then(async (s) => { for await (const _ of s) void _; });
    expect(openai.requests.at(-1)!.body.max_completion_tokens).toBe(1000);
    await client().chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'hi' }] });
    expect(openai.requests.at(-1)!.body.max_completion_tokens).toBe(1000);
    // A smaller cap is the caller's to keep.
    await client().chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'hi' }], max_tokens: 17 });
    expect(openai.requests.at(-1)!.body.max_completion_tokens).toBe(17);
  });

  it('Anthropic upstream: max_tokens clamped to the model cap (8,192)', async () => {
    const a = new Anthropic({ apiKey: gw.apiKey, baseURL: gw.baseUrl, maxRetries: 0 });
    await a.messages.create({ model: 'an-ok', max_tokens: 1_000_000, messages: [{ role: 'user', content: 'hi' }] }, { timeout: 30_000 });
    expect(anthropic.requests.at(-1)!.body.max_tokens).toBe(8192);
  });

  it('Gemini upstream: generationConfig.maxOutputTokens clamped to the model cap (1,000)', async () => {
    await client().chat.completions.create({ model: 'gm-ok', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1_000_000 });
    const cfg = gemini.requests.at(-1)!.body.generationConfig as { maxOutputTokens?: number };
    expect(cfg.maxOutputTokens).toBe(1000);
  });

  it('an account that cannot cover the capped worst case is refused before anything goes upstream', async () => {
    const account = (await gw.store.getAccount(gw.accountId))!;
    // Leave 0.0005 credits: the worst case at 1,000 output tokens × 2 credits/M is 0.002.
    await gw.store.credit({ accountId: gw.accountId, entryId: 'drain', amount: 500 - account.balance, kind: 'adjustment' });
    const before = openai.requests.length;
    const err = await client().chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'hi' }], max_tokens: 1_000_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(429);
    expect(openai.requests.length).toBe(before);
    const after = (await gw.store.getAccount(gw.accountId))!;
    expect(after.balance).toBe(500);
  });
});
