import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fakeAnthropicCatalog, startFakeAnthropicUpstream, type FakeAnthropicUpstream } from '../support/fake-anthropic-upstream.js';
import { fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface CatalogShape { channels: unknown[]; models: Array<Record<string, unknown>> }

/**
 * #17 item 12: Gemini CLI writes JSON Schema with Gemini's upper-case type names inside
 * `responseJsonSchema` (and tools may use `parametersJsonSchema` the same way). OpenAI-compatible
 * and Anthropic upstreams reject `"type": "OBJECT"`; they must receive lower-case JSON Schema.
 */
describe('Gemini schemas with upper-case types reach non-Gemini upstreams as JSON Schema', () => {
  let openai: FakeUpstream;
  let anthropic: FakeAnthropicUpstream;
  let gw: TestGateway;

  beforeAll(async () => {
    [openai, anthropic] = await Promise.all([startFakeOpenAIUpstream(), startFakeAnthropicUpstream()]);
    const parts = [fakeUpstreamCatalog(openai.baseUrl, ['openai:chat-completions', 'gemini:generate-content']), fakeAnthropicCatalog(anthropic.baseUrl)] as CatalogShape[];
    const models = parts.flatMap((p) => p.models).map((m) => ({ ...m, supported_protocols: [...new Set([...(m.supported_protocols as string[]), 'gemini:generate-content'])] }));
    gw = await startTestGateway({ catalog: { channels: parts.flatMap((p) => p.channels), models }, env: { FAKE_UPSTREAM_KEY: 'k', FAKE_ANTHROPIC_KEY: 'anthropic-upstream-secret' } });
  });
  afterAll(async () => {
    await gw?.close();
    await Promise.all([openai?.close(), anthropic?.close()]);
  });

  const upper = { type: 'OBJECT', properties: { city: { type: 'STRING' }, days: { type: 'ARRAY', items: { type: 'INTEGER' } }, unit: { type: ['STRING', 'NULL'] } }, required: ['city'] };
  const lower = { type: 'object', properties: { city: { type: 'string' }, days: { type: 'array', items: { type: 'integer' } }, unit: { type: ['string', 'null'] } }, required: ['city'] };

  const generate = async (model: string, body: unknown): Promise<number> => {
    const res = await request(`${gw.baseUrl}/v1beta/models/${model}:generateContent`, { method: 'POST', headers: { 'x-goog-api-key': gw.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    await res.body.text();
    return res.statusCode;
  };

  it('OpenAI-compatible upstream: tool parameters and response_format schema are lower-case JSON Schema', async () => {
    expect(await generate('up-ok', {
      contents: [{ role: 'user', parts: [{ text: 'weather?' }] }],
      tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'weather', parametersJsonSchema: upper }] }],
    })).toBe(200);
    const sentTools = openai.requests.at(-1)!.body.tools as Array<{ function: { parameters: unknown } }>;
    expect(sentTools[0]!.function.parameters).toEqual(lower);

    expect(await generate('up-ok', {
      contents: [{ role: 'user', parts: [{ text: 'route this' }] }],
      generationConfig: { responseMimeType: 'application/json', responseJsonSchema: upper },
    })).toBe(200);
    const rf = openai.requests.at(-1)!.body.response_format as { type: string; json_schema: { schema: unknown } };
    expect(rf.type).toBe('json_schema');
    expect(rf.json_schema.schema).toEqual(lower);
  });

  it('Anthropic upstream: input_schema is lower-case JSON Schema', async () => {
    expect(await generate('an-ok', {
      contents: [{ role: 'user', parts: [{ text: 'weather?' }] }],
      tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'weather', parametersJsonSchema: upper }] }],
    })).toBe(200);
    const sent = anthropic.requests.at(-1)!.body.tools as Array<{ input_schema: unknown }>;
    expect(sent[0]!.input_schema).toEqual(lower);
  });
});
