import { GoogleGenAI } from '@google/genai';
import OpenAI from 'openai';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #17 item 3: `:embedContent` (one content; the Vercel AI SDK's `embed()` and LangChain call it)
 * answered 404 while `:batchEmbedContents` worked, and the listings said embeddings were OpenAI
 * only. Both are served for models with the `gemini:embed-content` protocol, and every listing
 * agrees.
 */
describe('Gemini embeddings: embedContent and batchEmbedContents, listed as served', () => {
  let gw: TestGateway;
  const embed = async (model: string, body: unknown): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await request(`${gw.baseUrl}/v1beta/models/${model}:embedContent`, { method: 'POST', headers: { 'x-goog-api-key': gw.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> };
  };
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it(':embedContent returns one embedding of the asked size, billed like the batch', async () => {
    const r = await embed('text-embedding-v4', { content: { parts: [{ text: 'The quick brown fox.' }] }, outputDimensionality: 64 });
    expect(r.status).toBe(200);
    const values = (r.json.embedding as { values: number[] }).values;
    expect(values).toHaveLength(64);
    // snake_case as the REST docs show it works too.
    const snake = await embed('text-embedding-v4', { content: { parts: [{ text: 'The quick brown fox.' }] }, output_dimensionality: 64 });
    expect((snake.json.embedding as { values: number[] }).values).toEqual(values);
    const usage = await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 10 });
    expect(usage.items.some((u) => u.protocol === 'gemini:embed-content' && u.endpoint === '/v1beta/models/{model}:embedContent' && u.cost > 0)).toBe(true);
  });

  it('bad input names the parameter as the caller wrote it; a chat model is not an embedding model', async () => {
    const empty = await embed('text-embedding-v4', { content: { parts: [{ text: '' }] } });
    expect(empty.status).toBe(400);
    expect(empty.json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    expect(String((empty.json.error as { message: string }).message)).toContain('content');
    const chat = await embed('qwen-turbo', { content: { parts: [{ text: 'x' }] } });
    expect(chat.status).toBeGreaterThanOrEqual(400);
  });

  it('the SDK\'s embedContent (batch) still works, and the listings agree with what is served', async () => {
    const ai = new GoogleGenAI({ apiKey: gw.apiKey, httpOptions: { baseUrl: gw.baseUrl } });
    const res = await ai.models.embedContent({ model: 'text-embedding-v4', contents: ['a', 'b'], config: { outputDimensionality: 16 } });
    expect(res.embeddings?.map((e) => e.values?.length)).toEqual([16, 16]);
    const gm = await ai.models.get({ model: 'text-embedding-v4' });
    expect(gm.supportedActions).toEqual(expect.arrayContaining(['embedContent', 'batchEmbedContents']));
    const openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1` });
    const m = (await openai.models.retrieve('text-embedding-v4')) as unknown as { supported_protocols: string[] };
    expect(m.supported_protocols).toEqual(['openai:embeddings', 'gemini:embed-content']);
  });
});
