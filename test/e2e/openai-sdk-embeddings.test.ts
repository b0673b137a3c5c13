import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const norm = (v: number[]): number => Math.sqrt(v.reduce((s, x) => s + x * x, 0));

describe('OpenAI SDK embeddings', () => {
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    gw = await startTestGateway();
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('the SDK default (base64) decodes to the same vectors as float, unit length, deterministic', async () => {
    const viaDefault = await client.embeddings.create({ model: 'text-embedding-v4', input: ['Your text string goes here', 'another'] });
    const viaFloat = await client.embeddings.create({ model: 'text-embedding-v4', input: ['Your text string goes here', 'another'], encoding_format: 'float' });
    expect(viaDefault.data).toHaveLength(2);
    for (const [i, d] of viaDefault.data.entries()) {
      expect(d.embedding).toHaveLength(1024);
      expect(norm(d.embedding)).toBeCloseTo(1, 5);
      const f = viaFloat.data[i]!.embedding;
      expect(d.embedding.map((x) => Math.fround(x))).toEqual(f.map((x) => Math.fround(x)));
    }
    expect(viaDefault.data[0]!.embedding).not.toEqual(viaDefault.data[1]!.embedding);
    expect(viaDefault.usage.prompt_tokens).toBeGreaterThan(0);
  });

  it('honours dimensions and token-array input', async () => {
    const r = await client.embeddings.create({ model: 'text-embedding-v4', input: [[9906, 0], [15339]], dimensions: 64, encoding_format: 'float' });
    expect(r.data.map((d) => d.embedding.length)).toEqual([64, 64]);
    expect(r.usage.prompt_tokens).toBe(3);
    const tooWide = await client.embeddings.create({ model: 'text-embedding-v4', input: 'x', dimensions: 4096 }).catch((e: unknown) => e);
    expect(tooWide).toBeInstanceOf(OpenAI.BadRequestError);
    expect((tooWide as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('dimensions');
  });

  it('rejects empty strings and wrong models with 400/404 naming the parameter', async () => {
    const empty = await client.embeddings.create({ model: 'text-embedding-v4', input: ['ok', ''] }).catch((e: unknown) => e);
    expect(empty).toBeInstanceOf(OpenAI.BadRequestError);
    expect((empty as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('input[1]');
    const chatModel = await client.embeddings.create({ model: 'qwen3-max', input: 'x' }).catch((e: unknown) => e);
    expect(chatModel).toBeInstanceOf(OpenAI.BadRequestError);
    expect((chatModel as Error).message).toContain('openai:chat-completions');
  });

  describe('through an openai-compatible upstream', () => {
    let up: FakeUpstream;
    let gw2: TestGateway;
    beforeAll(async () => {
      up = await startFakeOpenAIUpstream();
      gw2 = await startTestGateway({
        catalog: {
          channels: [{ id: 'fake', provider: 'openai-compatible', base_url: up.baseUrl }],
          models: [
            { id: 'emb', kind: 'embedding', supported_protocols: ['openai:embeddings'], pricing: { embedding_per_million: 1_000_000 }, channels: [{ channel: 'fake', upstream_model: 'fake-ok' }] },
            { id: 'emb-broken', kind: 'embedding', supported_protocols: ['openai:embeddings'], channels: [{ channel: 'fake', upstream_model: 'fake-500' }] },
          ],
        },
      });
    });
    afterAll(async () => {
      await gw2.close();
      await up.close();
    });

    it('re-orders by index, re-encodes floats as base64 for the SDK, bills upstream tokens', async () => {
      const c = new OpenAI({ apiKey: gw2.apiKey, baseURL: `${gw2.baseUrl}/v1`, maxRetries: 0 });
      const { data: r, response } = await c.embeddings.create({ model: 'emb', input: ['a', 'b'] }).withResponse();
      expect(r.data.map((d) => d.embedding)).toEqual([[1, 0.5, -0.25], [2, 0.5, -0.25]]);
      expect(r.usage.prompt_tokens).toBe(9);
      expect(response.headers.get('x-nexusflow-cost')).toBe('0.000009');
      expect(up.requests.at(-1)!.body.encoding_format).toBe('float');
      const err = await c.embeddings.create({ model: 'emb-broken', input: 'x' }).catch((e: unknown) => e);
      expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    });
  });
});
