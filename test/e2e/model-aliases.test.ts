import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { waitFor } from '../support/wait.js';

/**
 * #17 item 10: clients ask for their own default names (Claude Code's background haiku, Gemini
 * CLI's flash-lite router, Codex's gpt-5-codex). Models carry aliases and `*` name patterns, shown
 * in the listings; the most specific pattern wins, `*` makes a default.
 */
describe('model aliases and name patterns', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('the default catalog maps the agents\' default names to its models, on every protocol', async () => {
    const a = new Anthropic({ apiKey: gw.apiKey, baseURL: gw.baseUrl, maxRetries: 0 });
    const haiku = await a.messages.create({ model: 'claude-3-5-haiku-20241022', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] }, { timeout: 30_000 }).withResponse();
    expect(haiku.response.headers.get('x-nexusflow-model')).toBe('qwen-turbo');
    expect(haiku.data.model).toBe('claude-3-5-haiku-20241022');
    const sonnet = await a.messages.create({ model: 'claude-sonnet-4-5', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] }, { timeout: 30_000 }).withResponse();
    expect(sonnet.response.headers.get('x-nexusflow-model')).toBe('qwen3-max');

    const o = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const codex = await o.chat.completions.create({ model: 'gpt-5-codex', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(codex.response.headers.get('x-nexusflow-model')).toBe('qwen3-max');
    const rec = await gw.store.getUsage(codex.response.headers.get('x-request-id')!);
    expect(rec?.model).toBe('qwen3-max');

    const g = new GoogleGenAI({ apiKey: gw.apiKey, httpOptions: { baseUrl: gw.baseUrl } });
    const lite = await g.models.generateContent({ model: 'gemini-2.5-flash-lite', contents: 'route me' });
    expect(lite.sdkHttpResponse?.headers?.['x-nexusflow-model']).toBe('qwen-turbo');
    const unknown = await o.chat.completions.create({ model: 'llama-3-70b', messages: [{ role: 'user', content: 'hi' }] }).catch((e: unknown) => e);
    expect((unknown as InstanceType<typeof OpenAI.APIError>).status).toBe(404);

    const listed = (await o.models.retrieve('qwen-turbo')) as unknown as { aliases?: string[] };
    expect(listed.aliases).toEqual(['claude-*-haiku-*', 'claude-haiku-*', 'gemini-*-flash*']);
  });

  it('an alias added through the admin API routes at once; `*` makes a default; a more specific pattern still wins', async () => {
    const admin = async (method: 'POST' | 'PATCH', path: string, body: unknown): Promise<number> => {
      const res = await request(`${gw.baseUrl}${path}`, { method, headers: { authorization: `Bearer ${gw.adminToken}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
      await res.body.text();
      return res.statusCode;
    };
    expect(await admin('PATCH', '/admin/v1/models/qwen-turbo', { aliases: ['claude-*-haiku-*', 'my-cheap-model', '*'] })).toBe(200);
    const o = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    await waitFor(async () => (await gw.store.getModel('qwen-turbo'))?.aliases?.includes('*') === true);
    const exact = await o.chat.completions.create({ model: 'my-cheap-model', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(exact.response.headers.get('x-nexusflow-model')).toBe('qwen-turbo');
    const fallback = await o.chat.completions.create({ model: 'llama-3-70b', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(fallback.response.headers.get('x-nexusflow-model')).toBe('qwen-turbo');
    // A more specific pattern elsewhere still wins over the default.
    const sonnet = await o.chat.completions.create({ model: 'claude-sonnet-4-5', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    expect(sonnet.response.headers.get('x-nexusflow-model')).toBe('qwen3-max');
  });
});
