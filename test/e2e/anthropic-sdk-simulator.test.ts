import type Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANTHROPIC_SDKS, errorInfo, thrown, WEATHER_TOOL } from '../support/anthropic-sdks.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Both official Anthropic SDK lines against a listening gateway whose models are served by the simulator. */
describe.each(ANTHROPIC_SDKS)('$name → NexusFlow (simulator channel)', (sdk) => {
  let gw: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    gw = await startTestGateway();
    // The gateway root, no /v1: the SDK adds it (protocols.md §1.1).
    client = sdk.client(gw.apiKey, gw.baseUrl);
  });
  afterAll(async () => {
    await gw.close();
  });

  it('messages.create: the docs snippet, with usage and a request-id', async () => {
    const { data, response } = await client.messages.create({ model: 'qwen3-max', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello!' }] }).withResponse();
    expect(data.type).toBe('message');
    expect(data.id).toMatch(/^msg_/);
    expect(data.role).toBe('assistant');
    expect(data.model).toBe('qwen3-max');
    const first = data.content[0];
    expect(first?.type === 'text' ? first.text : '').toContain('You said: "Hello!"');
    expect(data.stop_reason).toBe('end_turn');
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    expect(data.usage.output_tokens).toBeGreaterThan(0);
    expect(response.headers.get('request-id')).toMatch(/^req_/);
    expect(response.headers.get('x-nexusflow-provider')).toBe('simulator');
    expect(Number(response.headers.get('x-nexusflow-cost'))).toBeGreaterThan(0);
  });

  it('messages.stream(): text events add up to finalMessage()', async () => {
    const stream = client.messages.stream({ model: 'qwen-turbo', max_tokens: 1024, messages: [{ role: 'user', content: 'Hello!' }] });
    const deltas: string[] = [];
    stream.on('text', (t) => deltas.push(t));
    const final = await stream.finalMessage();
    const text = final.content.map((b) => (b.type === 'text' ? b.text : '')).join('');
    expect(deltas.length).toBeGreaterThan(1);
    expect(deltas.join('')).toBe(text);
    expect(text).toContain('You said: "Hello!"');
    expect(final.stop_reason).toBe('end_turn');
    expect(final.usage.output_tokens).toBeGreaterThan(0);
    expect(final.usage.input_tokens).toBeGreaterThan(0);
  });

  it('tool use round trip with parallel calls, results sent back in one user turn', async () => {
    const stream = client.messages.stream({ model: 'qwen3-max', max_tokens: 1024, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'Weather in two cities please' }] });
    const jsonPieces: string[] = [];
    stream.on('inputJson', (p) => jsonPieces.push(p));
    const final = await stream.finalMessage();
    const calls = final.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
    expect(final.stop_reason).toBe('tool_use');
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(c.input).toHaveProperty('city');
    expect(jsonPieces.length).toBeGreaterThanOrEqual(2);

    const next = await client.messages.create({
      model: 'qwen3-max', max_tokens: 1024, tools: [WEATHER_TOOL],
      messages: [
        { role: 'user', content: 'Weather in two cities please' },
        { role: 'assistant', content: final.content },
        { role: 'user', content: calls.map((c) => ({ type: 'tool_result' as const, tool_use_id: c.id, content: 'sunny, 21C' })) },
      ],
    });
    expect(next.stop_reason).toBe('end_turn');
    const first = next.content[0];
    expect(first?.type === 'text' ? first.text : '').toContain('sunny, 21C');
  });

  it('disable_parallel_tool_use gives one call; tool_choice none gives text', async () => {
    const one = await client.messages.create({ model: 'qwen3-max', max_tokens: 512, tools: [WEATHER_TOOL], tool_choice: { type: 'any', disable_parallel_tool_use: true }, messages: [{ role: 'user', content: 'both cities' }] });
    expect(one.content.filter((b) => b.type === 'tool_use')).toHaveLength(1);
    const none = await client.messages.create({ model: 'qwen3-max', max_tokens: 512, tools: [WEATHER_TOOL], tool_choice: { type: 'none' }, messages: [{ role: 'user', content: 'both cities' }] });
    expect(none.content.map((b) => b.type)).toEqual(['text']);
  });

  it('thinking: a signed thinking block, streamed and non-streamed', async () => {
    const final = await client.messages.stream({ model: 'qwen3-max', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [{ role: 'user', content: 'Think first.' }] }).finalMessage();
    const thinking = final.content[0];
    expect(thinking?.type).toBe('thinking');
    if (thinking?.type !== 'thinking') return;
    expect(thinking.thinking.length).toBeGreaterThan(0);
    expect(thinking.signature).toMatch(/^sim-sig-/);
    const plain = await client.messages.create({ model: 'qwen3-max', max_tokens: 4096, thinking: { type: 'enabled', budget_tokens: 2048 }, messages: [{ role: 'user', content: 'Think first.' }] });
    expect(plain.content[0]).toEqual(thinking);
    // Thinking tokens are output tokens in Anthropic's usage.
    expect(plain.usage.output_tokens).toBeGreaterThan(0);
  });

  it('stop_reason: stop_sequence with the sequence, and max_tokens', async () => {
    const stopped = await client.messages.create({ model: 'qwen3-max', max_tokens: 512, stop_sequences: ['simulator'], messages: [{ role: 'user', content: 'Hello!' }] });
    expect(stopped.stop_reason).toBe('stop_sequence');
    expect(stopped.stop_sequence).toBe('simulator');
    const short = await client.messages.stream({ model: 'qwen3-max', max_tokens: 3, messages: [{ role: 'user', content: 'Hello!' }] }).finalMessage();
    expect(short.stop_reason).toBe('max_tokens');
  });

  it('count_tokens answers what billing estimates (the simulator reports the same count)', async () => {
    const params = { model: 'qwen3-max', system: 'Be brief.', tools: [WEATHER_TOOL], messages: [{ role: 'user' as const, content: 'Weather in Paris?' }] };
    const counted = await client.messages.countTokens(params);
    expect(counted.input_tokens).toBeGreaterThan(0);
    const made = await client.messages.create({ ...params, max_tokens: 256 });
    expect(made.usage.input_tokens).toBe(counted.input_tokens);
  });

  it('lists and retrieves models in Anthropic shape, paging with after_id', async () => {
    const ids: string[] = [];
    for await (const m of client.models.list({ limit: 1 })) {
      expect(m.type).toBe('model');
      expect(Number.isNaN(Date.parse(m.created_at))).toBe(false);
      ids.push(m.id);
    }
    // One page per model: the SDK followed has_more/last_id; only Anthropic-callable models are listed.
    expect([...ids].sort()).toEqual(['qwen-turbo', 'qwen3-max']);
    const one = await client.models.retrieve('qwen3-max');
    expect(one).toMatchObject({ type: 'model', id: 'qwen3-max', display_name: 'Qwen3 Max', max_input_tokens: 262_144, max_tokens: 65_536 });
    expect((one as unknown as { supported_protocols: string[] }).supported_protocols).toContain('anthropic:messages');
    // Without anthropic-version the same path answers in OpenAI's shape.
    const openai = await fetch(`${gw.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${gw.apiKey}` } });
    expect(((await openai.json()) as { object: string }).object).toBe('list');
  });

  it('maps every gateway error class: 401, 404, 400, 402', async () => {
    const bad = sdk.client('sk-air-wrongwrongwrongwrongwrong', gw.baseUrl);
    const auth = await thrown(() => bad.messages.create({ model: 'qwen3-max', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }));
    expect(auth).toBeInstanceOf(sdk.errors.AuthenticationError);
    expect(errorInfo(auth).type).toBe('authentication_error');
    expect((auth as { requestID?: string }).requestID).toMatch(/^req_/);

    const missing = await thrown(() => client.messages.create({ model: 'no-such-model', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }));
    expect(missing).toBeInstanceOf(sdk.errors.NotFoundError);
    expect(errorInfo(missing).type).toBe('not_found_error');

    const invalid = await thrown(() => client.messages.create({ model: 'qwen3-max', max_tokens: 16, messages: [{ role: 'user', content: 'x' }], top_k: -1 } as Anthropic.MessageCreateParamsNonStreaming));
    expect(invalid).toBeInstanceOf(sdk.errors.BadRequestError);
    expect(errorInfo(invalid)).toMatchObject({ status: 400, type: 'invalid_request_error' });

    const wrongProtocol = await thrown(() => client.messages.create({ model: 'text-embedding-v4', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }));
    expect(wrongProtocol).toBeInstanceOf(sdk.errors.BadRequestError);

    const poor = await startTestGateway({ balanceMicro: 10 });
    try {
      const err = await thrown(() => sdk.client(poor.apiKey, poor.baseUrl).messages.create({ model: 'qwen3-max', max_tokens: 16, messages: [{ role: 'user', content: 'x' }] }));
      // 1.x: PaymentRequiredError; 0.x has no class for 402 and raises APIError.
      expect(err).toBeInstanceOf(sdk.errors.APIError);
      expect(errorInfo(err)).toMatchObject({ status: 402, type: 'billing_error' });
      if (sdk.version === '1.x') expect((err as Error).constructor.name).toBe('PaymentRequiredError');
    } finally {
      await poor.close();
    }
  });

  it('accepts both auth headers and ?beta=true with anthropic-beta', async () => {
    const auths: Array<Record<string, string>> = [{ 'x-api-key': gw.apiKey }, { authorization: `Bearer ${gw.apiKey}` }];
    for (const headers of auths) {
      const res = await fetch(`${gw.baseUrl}/v1/messages?beta=true`, {
        method: 'POST',
        headers: { ...headers, 'content-type': 'application/json', 'anthropic-version': '2023-06-01', 'anthropic-beta': 'tools-2024-04-04' },
        body: JSON.stringify({ model: 'qwen-turbo', max_tokens: 64, messages: [{ role: 'user', content: 'hi' }] }),
      });
      expect(res.status).toBe(200);
      expect(res.headers.get('request-id')).toMatch(/^req_/);
    }
  });
});
