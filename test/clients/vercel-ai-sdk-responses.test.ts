import { createOpenAI } from '@ai-sdk/openai';
import { generateObject, generateText, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #15: the Vercel AI SDK's default OpenAI provider, `openai(model)`, which speaks the Responses
 * API (ai 5 + @ai-sdk/openai 2, the newest majors that run on Node 20): generateText and
 * streamText with a tool loop, generateObject, and every request on /v1/responses.
 */
describe('Vercel AI SDK default provider (Responses API) against the simulator', () => {
  let gw: TestGateway;
  let openai: ReturnType<typeof createOpenAI>;
  const paths: string[] = [];
  beforeAll(async () => {
    gw = await startTestGateway();
    const seen: typeof fetch = async (input, init) => {
      paths.push(new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url).pathname);
      return fetch(input, init);
    };
    openai = createOpenAI({ baseURL: `${gw.baseUrl}/v1`, apiKey: gw.apiKey, fetch: seen });
  });
  afterAll(async () => {
    await gw?.close();
  });

  const weather = tool({
    description: 'Current weather for a city',
    inputSchema: z.object({ city: z.string() }),
    execute: async ({ city }) => ({ city, temperature: 21 }),
  });

  it('generateText with a tool: the call, its result, then text; usage reported', async () => {
    const result = await generateText({ model: openai('qwen-turbo'), prompt: 'What is the weather in Paris?', tools: { get_weather: weather }, stopWhen: stepCountIs(4) });
    expect(result.steps.length).toBe(2);
    expect(result.steps[0]?.toolCalls.map((c) => c.toolName)).toEqual(['get_weather']);
    expect(result.text).toContain('The tool returned');
    expect(result.text).toContain('temperature');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
    expect(result.usage.outputTokens).toBeGreaterThan(0);
    expect(paths.length).toBeGreaterThan(0);
    expect(paths.every((p) => p === '/v1/responses')).toBe(true);
  });

  it('streamText with a tool streams the tool call and the final text', async () => {
    const s = streamText({ model: openai('qwen-turbo'), prompt: 'What is the weather in Lisbon?', tools: { get_weather: weather }, stopWhen: stepCountIs(4) });
    let text = '';
    const kinds = new Set<string>();
    for await (const part of s.fullStream) {
      kinds.add(part.type);
      if (part.type === 'text-delta') text += part.text;
    }
    expect(kinds).toContain('tool-call');
    expect(kinds).toContain('tool-result');
    expect(text).toContain('The tool returned');
    expect((await s.totalUsage).inputTokens).toBeGreaterThan(0);
  });

  it('generateObject returns an object that satisfies the zod schema (text.format json_schema)', async () => {
    const schema = z.object({ city: z.string().min(3), days: z.array(z.object({ high: z.number().int().min(-50).max(60), sunny: z.boolean() })).min(2) });
    const { object } = await generateObject({ model: openai('qwen-turbo'), schema, prompt: 'A two-day forecast for Lisbon.' });
    expect(schema.safeParse(object).success).toBe(true);
  });
});
