import type Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANTHROPIC_SDKS, errorInfo, thrown, WEATHER_TOOL } from '../support/anthropic-sdks.js';
import { FAKE_ANTHROPIC_REPLY, FAKE_CITATION, FAKE_SEARCH_RESULT, FAKE_SIGNATURE, FAKE_USAGE, fakeAnthropicCatalog, startFakeAnthropicUpstream, type FakeAnthropicUpstream } from '../support/fake-anthropic-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';

const ENV = { FAKE_ANTHROPIC_KEY: 'anthropic-upstream-secret' };

/** Both Anthropic SDK lines through NexusFlow to an `anthropic` channel (a local fake speaking Anthropic's wire format). */
describe.each(ANTHROPIC_SDKS)('$name → NexusFlow → anthropic upstream', (sdk) => {
  let up: FakeAnthropicUpstream;
  let gw: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    up = await startFakeAnthropicUpstream();
    gw = await startTestGateway({ catalog: fakeAnthropicCatalog(up.baseUrl), env: ENV, routing: SINGLE_ATTEMPT });
    client = sdk.client(gw.apiKey, gw.baseUrl);
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('forwards with the channel key, anthropic-version and betas, and keeps every field it does not model', async () => {
    const params = {
      model: 'an-ok', max_tokens: 64,
      system: [{ type: 'text', text: 'Be brief.', cache_control: { type: 'ephemeral' } }],
      messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi', cache_control: { type: 'ephemeral', ttl: '1h' } }, { type: 'search_result', source: 'https://x', title: 't', content: [{ type: 'text', text: 'r' }] }] }],
      tools: [WEATHER_TOOL, { type: 'web_search_20250305', name: 'web_search', max_uses: 2 }],
      container: 'container_1',
      thinking: { type: 'adaptive' },
    };
    const { data, response } = await client.messages.create(params as unknown as Anthropic.MessageCreateParamsNonStreaming, { headers: { 'anthropic-beta': 'caller-beta-1,channel-beta-1' } }).withResponse();
    const first = data.content[0];
    expect(first?.type === 'text' ? first.text : '').toBe(FAKE_ANTHROPIC_REPLY);
    expect(data.usage).toEqual(FAKE_USAGE);
    expect(response.headers.get('x-nexusflow-provider')).toBe('anthropic');
    const sent = up.requests.at(-1)!;
    expect(sent.url).toBe('/v1/messages');
    expect(sent.headers['x-api-key']).toBe('anthropic-upstream-secret');
    expect(sent.headers.authorization).toBeUndefined();
    expect(sent.headers['anthropic-version']).toBe('2023-06-01');
    expect(sent.headers['anthropic-beta']).toBe('channel-beta-1,caller-beta-1');
    expect(sent.body).toEqual({ ...params, model: 'fake-ok' });
  });

  it('passes a Messages answer through: server tool blocks, citations and the usage of the search reach the caller, streamed or not', async () => {
    // Decoded to canonical and encoded again, the blocks the canonical model does not carry
    // (server_tool_use, web_search_tool_result) and the text's citations were dropped.
    const params = { model: 'an-web-search', max_tokens: 256, messages: [{ role: 'user' as const, content: 'Weather in Paris?' }], tools: [{ type: 'web_search_20250305' as const, name: 'web_search' as const }] };
    const expected = [
      { type: 'server_tool_use', id: 'srvtoolu_fake_1', name: 'web_search', input: { query: 'weather in Paris' } },
      { type: 'web_search_tool_result', tool_use_id: 'srvtoolu_fake_1', content: [FAKE_SEARCH_RESULT] },
      { type: 'text', text: FAKE_ANTHROPIC_REPLY, citations: [FAKE_CITATION] },
    ];
    const plain = await client.messages.create(params as unknown as Anthropic.MessageCreateParamsNonStreaming);
    expect(plain.content).toEqual(expected);
    expect(plain.model).toBe('an-web-search');
    expect(plain.usage).toMatchObject({ ...FAKE_USAGE, server_tool_use: { web_search_requests: 1 } });
    const final = await client.messages.stream(params as unknown as Anthropic.MessageStreamParams).finalMessage();
    expect(final.content).toEqual(expected);
    expect(final.model).toBe('an-web-search');
    expect(final.usage).toMatchObject({ ...FAKE_USAGE, server_tool_use: { web_search_requests: 1 } });
  });

  it('streams with the upstream cache counts in message_start', async () => {
    const stream = client.messages.stream({ model: 'an-ok', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    let start: Anthropic.Message | undefined;
    stream.on('streamEvent', (ev) => {
      if (ev.type === 'message_start') start = ev.message;
    });
    const final = await stream.finalMessage();
    expect(final.content.map((b) => (b.type === 'text' ? b.text : '')).join('')).toBe(FAKE_ANTHROPIC_REPLY);
    expect(start?.usage).toMatchObject({ input_tokens: 12, cache_creation_input_tokens: 4, cache_read_input_tokens: 30 });
    expect(final.usage).toMatchObject(FAKE_USAGE);
    expect(final.id).toBe('msg_fake01');
  });

  it('parallel tool use round trip: both results go back in ONE user turn', async () => {
    const final = await client.messages.stream({ model: 'an-tools', max_tokens: 256, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'Weather in Paris and Tokyo?' }] }).finalMessage();
    const calls = final.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
    expect(calls.map((c) => [c.id, c.input])).toEqual([['toolu_fake_1', { city: 'Paris' }], ['toolu_fake_2', { city: 'Tokyo' }]]);
    expect(final.stop_reason).toBe('tool_use');
    const next = await client.messages.create({
      model: 'an-tools', max_tokens: 256, tools: [WEATHER_TOOL],
      messages: [
        { role: 'user', content: 'Weather in Paris and Tokyo?' },
        { role: 'assistant', content: final.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_fake_1', content: '18C' }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_fake_2', content: '25C' }] },
      ],
    });
    const first = next.content[0];
    expect(first?.type === 'text' ? first.text : '').toBe('Tool said: 18C | 25C');
    const sent = up.requests.at(-1)!.body.messages as Array<{ role: string; content: Array<{ type: string }> }>;
    expect(sent.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(sent[2]!.content.map((b) => b.type)).toEqual(['tool_result', 'tool_result']);
  });

  it('thinking signatures survive a multi-turn tool conversation', async () => {
    const params = { model: 'an-thinking', max_tokens: 4096, thinking: { type: 'enabled' as const, budget_tokens: 2048 }, tools: [WEATHER_TOOL] };
    const final = await client.messages.stream({ ...params, messages: [{ role: 'user', content: 'Weather?' }] }).finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['thinking', 'tool_use']);
    expect(final.content[0]).toMatchObject({ type: 'thinking', signature: FAKE_SIGNATURE });
    const call = final.content[1] as Anthropic.ToolUseBlock;
    // The fake upstream answers 400, as Anthropic does, unless the signed block comes back unchanged.
    const next = await client.messages.stream({
      ...params,
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: final.content },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: call.id, content: 'rain' }] },
      ],
    }).finalMessage();
    expect(next.content[0]).toMatchObject({ type: 'text', text: 'Thought kept. Tool said: rain' });
    expect(up.requests.at(-1)!.body.thinking).toEqual({ type: 'enabled', budget_tokens: 2048 });
  });

  it('count_tokens stays local', async () => {
    const before = up.requests.length;
    const counted = await client.messages.countTokens({ model: 'an-ok', messages: [{ role: 'user', content: 'Hello there' }] });
    expect(counted.input_tokens).toBeGreaterThan(0);
    expect(up.requests.length).toBe(before);
  });

  it('estimates usage when the upstream sends none', async () => {
    const plain = await client.messages.create({ model: 'an-no-usage', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    expect(plain.usage.output_tokens).toBeGreaterThan(0);
    expect(plain.usage.input_tokens).toBeGreaterThan(0);
    const streamed = await client.messages.stream({ model: 'an-no-usage', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(streamed.usage.output_tokens).toBeGreaterThan(0);
  });

  it('maps upstream errors: 529 overloaded, 429, 400, 500, bad upstream key, malformed bodies', async () => {
    const ask = (model: string) => thrown(() => client.messages.create({ model, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }));
    const overloaded = await ask('an-529');
    expect(overloaded).toBeInstanceOf(sdk.errors.InternalServerError);
    expect(errorInfo(overloaded)).toMatchObject({ status: 503, type: 'overloaded_error' });
    const limited = await ask('an-429');
    expect(limited).toBeInstanceOf(sdk.errors.RateLimitError);
    expect((limited as { headers?: Headers }).headers?.get('retry-after')).toBe('7');
    const bad = await ask('an-400');
    expect(bad).toBeInstanceOf(sdk.errors.BadRequestError);
    expect(errorInfo(bad).message).toContain('upstream says 400');
    expect(errorInfo(await ask('an-500'))).toMatchObject({ status: 502, type: 'api_error' });
    const key = await ask('an-401');
    expect(errorInfo(key).status).toBe(502);
    expect(errorInfo(key).message).not.toContain('anthropic-upstream-secret');
    expect(errorInfo(await ask('an-malformed')).status).toBe(502);
    expect(errorInfo(await ask('an-shapeless')).status).toBe(502);
    const auth = await thrown(() => sdk.client('sk-air-nopenopenopenopenope', gw.baseUrl).messages.create({ model: 'an-ok', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }));
    expect(auth).toBeInstanceOf(sdk.errors.AuthenticationError);
    expect(await ask('an-nope')).toBeInstanceOf(sdk.errors.NotFoundError);
    const poor = await startTestGateway({ catalog: fakeAnthropicCatalog(up.baseUrl), env: ENV, balanceMicro: 10 });
    try {
      const before = up.requests.length;
      const err = await thrown(() => sdk.client(poor.apiKey, poor.baseUrl).messages.create({ model: 'an-ok', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }));
      expect(errorInfo(err)).toMatchObject({ status: 402, type: 'billing_error' });
      expect(up.requests.length).toBe(before);
    } finally {
      await poor.close();
    }
  });

  it('relays a mid-stream overloaded_error as an error event, and cut or malformed streams as errors', async () => {
    const text: string[] = [];
    const stream = client.messages.stream({ model: 'an-stream-error', max_tokens: 64, messages: [{ role: 'user', content: 'Hi' }] });
    stream.on('text', (t) => text.push(t));
    const err = await thrown(() => stream.finalMessage());
    expect(err).toBeInstanceOf(sdk.errors.APIError);
    expect(errorInfo(err).type).toBe('overloaded_error');
    expect(text.join('')).toBe(FAKE_ANTHROPIC_REPLY);
    for (const model of ['an-cut', 'an-malformed']) {
      const e = await thrown(() => client.messages.stream({ model, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage());
      expect(e).toBeInstanceOf(sdk.errors.APIError);
    }
  });
});

/** The OpenAI SDK through NexusFlow to the Anthropic upstream: the cross-protocol direction. */
describe('OpenAI SDK → NexusFlow → anthropic upstream', () => {
  let up: FakeAnthropicUpstream;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    up = await startFakeAnthropicUpstream();
    gw = await startTestGateway({ catalog: fakeAnthropicCatalog(up.baseUrl), env: ENV, routing: SINGLE_ATTEMPT });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('reports Anthropic usage with OpenAI semantics (prompt includes cache reads and writes)', async () => {
    const res = await client.chat.completions.create({ model: 'an-ok', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] });
    expect(res.choices[0]?.message.content).toBe(FAKE_ANTHROPIC_REPLY);
    // No max_tokens from the caller: the model's cap, which billing held for.
    expect(res.usage).toMatchObject({ prompt_tokens: 46, completion_tokens: 9, prompt_tokens_details: { cached_tokens: 30 } });
    const sent = up.requests.at(-1)!.body;
    expect(sent).toMatchObject({ system: 'Be brief.', max_tokens: 8192, messages: [{ role: 'user', content: [{ type: 'text', text: 'Hi' }] }] });
  });

  it('streams parallel tool calls, then merges the tool messages into ONE Anthropic user turn', async () => {
    const tools: OpenAI.Chat.Completions.ChatCompletionTool[] = [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER_TOOL.input_schema } }];
    const final = await client.chat.completions.stream({ model: 'an-tools', messages: [{ role: 'user', content: 'weather?' }], tools }).finalChatCompletion();
    const calls = final.choices[0]?.message.tool_calls ?? [];
    expect(calls.map((c) => (c.type === 'function' ? JSON.parse(c.function.arguments) : null))).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
    const next = await client.chat.completions.create({
      model: 'an-tools', tools,
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: null, tool_calls: final.choices[0]!.message.tool_calls ?? [] },
        ...calls.map((c, i) => ({ role: 'tool' as const, tool_call_id: c.id, content: ['18C', '25C'][i] ?? '' })),
      ],
    });
    expect(next.choices[0]?.message.content).toBe('Tool said: 18C | 25C');
    const sent = up.requests.at(-1)!.body.messages as Array<{ role: string; content: Array<{ type: string }> }>;
    expect(sent.map((m) => m.role)).toEqual(['user', 'assistant', 'user']);
    expect(sent[2]!.content.map((b) => b.type)).toEqual(['tool_result', 'tool_result']);
  });
});
