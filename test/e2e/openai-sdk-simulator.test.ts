import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** The official OpenAI Node SDK against a listening gateway whose models are served by the simulator. */
describe('OpenAI SDK → NexusFlow (simulator channel)', () => {
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    gw = await startTestGateway();
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('creates a chat completion with usage, cost and provider headers', async () => {
    const { data, response } = await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'Hello!' }] }).withResponse();
    expect(data.object).toBe('chat.completion');
    expect(data.choices[0]?.message.content).toContain('You said: "Hello!"');
    expect(data.choices[0]?.finish_reason).toBe('stop');
    expect(data.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(data.usage?.completion_tokens).toBeGreaterThan(0);
    expect(data.usage?.total_tokens).toBe((data.usage?.prompt_tokens ?? 0) + (data.usage?.completion_tokens ?? 0));
    expect(response.headers.get('x-nexusflow-provider')).toBe('simulator');
    expect(response.headers.get('x-request-id')).toMatch(/^req_/);
    expect(Number(response.headers.get('x-nexusflow-cost'))).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-nexusflow-overhead-ms'))).toBeGreaterThanOrEqual(0);
  });

  it('streams with for await: role first, content deltas, a finish_reason, then [DONE]', async () => {
    const stream = await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'Hello!' }], stream: true });
    let text = '';
    let sawRole = false;
    let finish: string | null = null;
    let chunks = 0;
    for await (const chunk of stream) {
      chunks++;
      const c = chunk.choices[0];
      if (c?.delta.role) sawRole = true;
      text += c?.delta.content ?? '';
      if (c?.finish_reason) finish = c.finish_reason;
      expect(chunk.usage ?? undefined).toBeUndefined();
    }
    expect(chunks).toBeGreaterThan(2);
    expect(sawRole).toBe(true);
    expect(finish).toBe('stop');
    expect(text).toContain('You said: "Hello!"');
  });

  it('chat.completions.stream() yields a final completion and the include_usage chunk', async () => {
    const runner = client.chat.completions.stream({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'Count to three' }], stream_options: { include_usage: true } });
    const deltas: string[] = [];
    runner.on('content', (d) => deltas.push(d));
    const final = await runner.finalChatCompletion();
    expect(final.choices[0]?.message.content).toBe(deltas.join(''));
    expect(final.usage?.prompt_tokens).toBeGreaterThan(0);
    expect(final.usage?.completion_tokens).toBeGreaterThan(0);
  });

  it('streams tool calls whose arguments arrive in fragments and parse as JSON', async () => {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [{
      type: 'function',
      function: { name: 'get_weather', description: 'Weather for a city', parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] } },
    }];
    const runner = client.chat.completions.stream({ model: 'qwen3-max', messages: [{ role: 'user', content: 'Weather in two cities please' }], tools });
    const final = await runner.finalChatCompletion();
    const calls = final.choices[0]?.message.tool_calls ?? [];
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    expect(calls.length).toBe(2);
    for (const call of calls) {
      expect(call.type).toBe('function');
      if (call.type !== 'function') continue;
      expect(call.function.name).toBe('get_weather');
      expect(JSON.parse(call.function.arguments)).toHaveProperty('city');
    }
    // A tool round trip: the reply to the tool result is text.
    const assistant = final.choices[0]!.message;
    const next = await client.chat.completions.create({
      model: 'qwen3-max',
      tools,
      messages: [
        { role: 'user', content: 'Weather in two cities please' },
        { role: 'assistant', content: null, tool_calls: assistant.tool_calls ?? [] },
        ...calls.map((c) => ({ role: 'tool' as const, tool_call_id: c.id, content: 'sunny, 21C' })),
      ],
    });
    expect(next.choices[0]?.message.content).toContain('sunny, 21C');
  });

  it('maps every error class', async () => {
    const bad = new OpenAI({ apiKey: 'sk-air-wrongwrongwrongwrongwrong', baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const auth = await bad.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(auth).toBeInstanceOf(OpenAI.AuthenticationError);
    expect((auth as InstanceType<typeof OpenAI.AuthenticationError>).code).toBe('invalid_api_key');

    const missing = await client.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(OpenAI.NotFoundError);
    expect((missing as InstanceType<typeof OpenAI.NotFoundError>).code).toBe('model_not_found');

    const invalid = await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'x' }], temperature: 7 }).catch((e: unknown) => e);
    expect(invalid).toBeInstanceOf(OpenAI.BadRequestError);
    expect((invalid as InstanceType<typeof OpenAI.BadRequestError>).param).toBe('temperature');

    const wrongProtocol = await client.chat.completions.create({ model: 'text-embedding-v4', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    expect(wrongProtocol).toBeInstanceOf(OpenAI.BadRequestError);
    expect((wrongProtocol as Error).message).toContain('openai:embeddings');

    const models = await client.models.list();
    expect(models.data.map((m) => m.id)).toEqual(expect.arrayContaining(['qwen3-max', 'qwen-turbo', 'text-embedding-v4', 'wan2.6-t2i']));
    const one = await client.models.retrieve('qwen3-max');
    expect((one as unknown as { supported_protocols: string[] }).supported_protocols).toContain('openai:chat-completions');
  });

  it('answers 429 insufficient_quota when the balance cannot cover the hold, and calls nothing upstream', async () => {
    const poor = await startTestGateway({ balanceMicro: 10 });
    try {
      const c = new OpenAI({ apiKey: poor.apiKey, baseURL: `${poor.baseUrl}/v1`, maxRetries: 0 });
      const err = await c.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.RateLimitError);
      expect((err as InstanceType<typeof OpenAI.RateLimitError>).code).toBe('insufficient_quota');
      const account = await poor.store.getAccount(poor.accountId);
      expect(account?.balance).toBe(10);
    } finally {
      await poor.close();
    }
  });
});
