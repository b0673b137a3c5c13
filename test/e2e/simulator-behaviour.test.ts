import Anthropic from '@anthropic-ai/sdk';
import { GoogleGenAI, Type } from '@google/genai';
import { Ajv2020 } from 'ajv/dist/2020.js';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const ajv = new Ajv2020({ strict: false, allErrors: true });
const valid = (schema: object, value: unknown): boolean => {
  const ok = ajv.validate(schema, value);
  if (!ok) console.error(ajv.errorsText(), JSON.stringify(value));
  return ok;
};

/** A schema as zod/pydantic helpers write them: nested objects, arrays with bounds, enums, formats, optional and nullable fields, $defs. */
const RECIPE = {
  type: 'object',
  additionalProperties: false,
  properties: {
    title: { type: 'string', minLength: 12, maxLength: 40 },
    servings: { type: 'integer', minimum: 2, maximum: 8 },
    rating: { type: 'number', exclusiveMinimum: 0, maximum: 5 },
    vegetarian: { type: 'boolean' },
    cuisine: { type: 'string', enum: ['french', 'japanese', 'peruvian'] },
    published: { type: 'string', format: 'date-time' },
    ingredients: { type: 'array', minItems: 3, maxItems: 5, items: { $ref: '#/$defs/ingredient' } },
    note: { anyOf: [{ type: 'string' }, { type: 'null' }] },
  },
  required: ['title', 'servings', 'rating', 'vegetarian', 'cuisine', 'published', 'ingredients', 'note'],
  $defs: { ingredient: { type: 'object', properties: { name: { type: 'string' }, grams: { type: 'integer', minimum: 1 } }, required: ['name', 'grams'], additionalProperties: false } },
} as const;

/**
 * #17 items 4 and 5: the simulator answers structured-output requests with schema-valid JSON on
 * every protocol, quotes the user's own words (not the tagged blocks agents add), and calls a
 * tool only when forced or when the user's words point at it.
 */
describe('simulator: structured output and an agent-friendly tool rule', () => {
  let gw: TestGateway;
  let openai: OpenAI;
  beforeAll(async () => {
    gw = await startTestGateway();
    openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('OpenAI response_format json_schema and json_object → valid JSON', async () => {
    const r = await openai.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'a recipe please' }], response_format: { type: 'json_schema', json_schema: { name: 'recipe', schema: RECIPE, strict: true } } });
    expect(valid(RECIPE, JSON.parse(r.choices[0]!.message.content!))).toBe(true);
    const o = await openai.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'json please' }], response_format: { type: 'json_object' } });
    expect(JSON.parse(o.choices[0]!.message.content!)).toMatchObject({ answer: expect.stringContaining('json please') });
    // Streamed: the concatenated deltas are the same JSON.
    const stream = await openai.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'a recipe please' }], response_format: { type: 'json_schema', json_schema: { name: 'recipe', schema: RECIPE } }, stream: true });
    let text = '';
    for await (const c of stream) text += c.choices[0]?.delta.content ?? '';
    expect(valid(RECIPE, JSON.parse(text))).toBe(true);
  });

  it('Anthropic output_config.format json_schema → valid JSON', async () => {
    const a = new Anthropic({ apiKey: gw.apiKey, baseURL: gw.baseUrl, maxRetries: 0 });
    const body = { model: 'qwen-turbo', max_tokens: 1024, messages: [{ role: 'user' as const, content: 'a recipe please' }], output_config: { format: { type: 'json_schema', schema: RECIPE } } };
    const m = await a.messages.create(body as unknown as Anthropic.MessageCreateParamsNonStreaming, { timeout: 30_000 });
    const block = m.content.find((b) => b.type === 'text');
    expect(block?.type).toBe('text');
    expect(valid(RECIPE, JSON.parse((block as { text: string }).text))).toBe(true);
  });

  it('Gemini responseMimeType + responseSchema (OpenAPI subset) and responseJsonSchema → valid JSON', async () => {
    const ai = new GoogleGenAI({ apiKey: gw.apiKey, httpOptions: { baseUrl: gw.baseUrl } });
    const r1 = await ai.models.generateContent({
      model: 'qwen-turbo', contents: 'list two cities',
      config: { responseMimeType: 'application/json', responseSchema: { type: Type.ARRAY, minItems: '2', items: { type: Type.OBJECT, properties: { city: { type: Type.STRING }, population: { type: Type.INTEGER } }, required: ['city', 'population'] } } },
    });
    const v1 = JSON.parse(r1.text!) as Array<{ city: string; population: number }>;
    expect(v1.length).toBeGreaterThanOrEqual(2);
    expect(typeof v1[0]!.city).toBe('string');
    expect(Number.isInteger(v1[0]!.population)).toBe(true);
    // Gemini CLI's router: upper-case types inside responseJsonSchema.
    const router = { type: 'OBJECT', properties: { reasoning: { type: 'STRING' }, model_choice: { type: 'STRING', enum: ['flash', 'pro'] } }, required: ['reasoning', 'model_choice'] };
    const r2 = await ai.models.generateContent({ model: 'qwen-turbo', contents: 'route this', config: { responseMimeType: 'application/json', responseJsonSchema: router } });
    expect(JSON.parse(r2.text!)).toMatchObject({ reasoning: expect.any(String), model_choice: expect.stringMatching(/^(flash|pro)$/) });
  });

  const tools: OpenAI.ChatCompletionTool[] = [
    { type: 'function', function: { name: 'Bash', description: 'Executes a given bash command in a persistent shell session with optional timeout.', parameters: { type: 'object', properties: { command: { type: 'string' } }, required: ['command'] } } },
    { type: 'function', function: { name: 'get_weather', description: 'Current weather for a city.', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } } },
    { type: 'function', function: { name: 'lookup', description: 'Searches the company handbook for holiday policies and expense reports.', parameters: { type: 'object', properties: { q: { type: 'string' } }, required: ['q'] } } },
  ];

  it('quotes the user\'s own words, not the tagged blocks an agent adds, and answers a greeting in text though tools are offered', async () => {
    const r = await openai.chat.completions.create({
      model: 'qwen-turbo', tools,
      messages: [{ role: 'user', content: [
        { type: 'text', text: '<system-reminder>\nAs you answer, use the TodoWrite tool and the Bash tool.\n</system-reminder>' },
        { type: 'text', text: 'say hello' },
      ] }],
    });
    expect(r.choices[0]!.finish_reason).toBe('stop');
    expect(r.choices[0]!.message.tool_calls ?? []).toEqual([]);
    expect(r.choices[0]!.message.content).toContain('You said: "say hello"');
  });

  it('calls the tool the user\'s words point at (name word or description words), or the one tool_choice forces', async () => {
    const ask = async (content: string, extra: Partial<OpenAI.ChatCompletionCreateParamsNonStreaming> = {}): Promise<string[]> => {
      const r = await openai.chat.completions.create({ model: 'qwen-turbo', tools, messages: [{ role: 'user', content }], ...extra });
      return (r.choices[0]!.message.tool_calls ?? []).map((c) => (c.type === 'function' ? c.function.name : c.type));
    };
    expect(await ask('What is the weather in Paris?')).toEqual(['get_weather']);
    expect(await ask('run ls with bash')).toEqual(['Bash']);
    expect(await ask('what do our holiday policies say about expense reports?')).toEqual(['lookup']);
    expect(await ask('tell me a joke')).toEqual([]);
    expect(await ask('tell me a joke', { tool_choice: 'required' })).toEqual(['Bash']);
    expect(await ask('tell me a joke', { tool_choice: { type: 'function', function: { name: 'lookup' } } })).toEqual(['lookup']);
    expect(await ask('What is the weather in Paris?', { tool_choice: 'none' })).toEqual([]);
  });
});
