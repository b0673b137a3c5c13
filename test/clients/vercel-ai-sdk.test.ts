import { createOpenAI } from '@ai-sdk/openai';
import { embed, generateObject, generateText, stepCountIs, streamText, tool } from 'ai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #17: the Vercel AI SDK (ai 5 + @ai-sdk/openai 2, the newest majors that run on Node 20) against
 * the simulator through Chat Completions (`.chat()`; its default `openai(model)` speaks the
 * Responses API, #15): generateObject gets schema-valid JSON (item 4), a tool loop ends, streams
 * stream, embeddings embed.
 */
describe('Vercel AI SDK against the simulator', () => {
  let gw: TestGateway;
  let openai: ReturnType<typeof createOpenAI>;
  beforeAll(async () => {
    gw = await startTestGateway();
    openai = createOpenAI({ baseURL: `${gw.baseUrl}/v1`, apiKey: gw.apiKey });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('generateObject returns an object that satisfies the zod schema', async () => {
    const schema = z.object({
      city: z.string().min(3),
      days: z.array(z.object({ date: z.string(), high: z.number().int().min(-50).max(60), sunny: z.boolean() })).min(2),
      unit: z.enum(['celsius', 'fahrenheit']),
      note: z.string().nullable(),
    });
    const { object } = await generateObject({ model: openai.chat('qwen-turbo'), schema, prompt: 'A two-day forecast for Lisbon.' });
    expect(schema.safeParse(object).success).toBe(true);
  });

  it('a tool loop: the model calls get_weather, gets the result, and answers in text', async () => {
    let called = 0;
    const result = await generateText({
      model: openai.chat('qwen-turbo'),
      prompt: 'What is the weather in Paris?',
      tools: {
        get_weather: tool({
          description: 'Current weather for a city',
          inputSchema: z.object({ city: z.string() }),
          execute: async ({ city }) => {
            called++;
            return { city, temperature: 21 };
          },
        }),
      },
      stopWhen: stepCountIs(4),
    });
    expect(called).toBeGreaterThanOrEqual(1);
    expect(result.steps.length).toBe(2);
    expect(result.text).toContain('The tool returned');
    expect(result.usage.inputTokens).toBeGreaterThan(0);
  });

  it('streamText streams the answer; embed embeds', async () => {
    const s = streamText({ model: openai.chat('qwen-turbo'), prompt: 'say hello' });
    let text = '';
    for await (const part of s.textStream) text += part;
    expect(text).toContain('You said: "say hello"');
    const { embedding } = await embed({ model: openai.textEmbeddingModel('text-embedding-v4'), value: 'hello' });
    expect(embedding.length).toBe(1024);
  });
});
