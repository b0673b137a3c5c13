import type Anthropic from '@anthropic-ai/sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANTHROPIC_SDKS, errorInfo, thrown, WEATHER_TOOL } from '../support/anthropic-sdks.js';
import { FAKE_REASONING, FAKE_REPLY, fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';
import { waitFor } from '../support/wait.js';

/** Both Anthropic SDK lines through NexusFlow to an OpenAI-compatible channel (a local fake upstream). */
describe.each(ANTHROPIC_SDKS)('$name → NexusFlow → openai-compatible upstream', (sdk) => {
  let up: FakeUpstream;
  let gw: TestGateway;
  let client: Anthropic;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    gw = await startTestGateway({ catalog: fakeUpstreamCatalog(up.baseUrl, ['openai:chat-completions', 'anthropic:messages']), env: { FAKE_UPSTREAM_KEY: 'upstream-secret' }, routing: SINGLE_ATTEMPT });
    client = sdk.client(gw.apiKey, gw.baseUrl);
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('translates the request and maps usage: input_tokens excludes cached, output includes reasoning', async () => {
    const { data, response } = await client.messages.create({ model: 'up-ok', max_tokens: 50, system: 'Be brief.', stop_sequences: ['###'], metadata: { user_id: 'u-1' }, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    const first = data.content[0];
    expect(first?.type === 'text' ? first.text : '').toBe(FAKE_REPLY);
    expect(data.model).toBe('up-ok');
    // Upstream: prompt 11 (3 cached), completion 7 (2 reasoning).
    expect(data.usage).toMatchObject({ input_tokens: 8, cache_read_input_tokens: 3, output_tokens: 7 });
    const sent = up.requests.at(-1)!;
    expect(sent.headers.authorization).toBe('Bearer upstream-secret');
    expect(sent.body).toMatchObject({ model: 'fake-ok', max_completion_tokens: 50, stop: ['###'], user: 'u-1', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }] });
    expect(response.headers.get('x-nexusflow-provider')).toBe('openai-compatible');
  });

  it('streams text with full usage in message_start and message_delta', async () => {
    const stream = client.messages.stream({ model: 'up-ok', max_tokens: 50, messages: [{ role: 'user', content: 'Hi' }] });
    const types: string[] = [];
    stream.on('streamEvent', (ev) => types.push(ev.type));
    let text = '';
    stream.on('text', (t) => (text += t));
    const final = await stream.finalMessage();
    expect(text).toBe(FAKE_REPLY);
    expect(types[0]).toBe('message_start');
    expect(types.at(-1)).toBe('message_stop');
    expect(final.usage).toMatchObject({ input_tokens: 8, cache_read_input_tokens: 3, output_tokens: 7 });
    expect(final.stop_reason).toBe('end_turn');
  });

  it('relays parallel tool calls as input_json_delta and sends tool results back as OpenAI tool messages', async () => {
    const stream = client.messages.stream({ model: 'up-tools', max_tokens: 100, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'weather?' }] });
    const pieces: string[] = [];
    stream.on('inputJson', (p) => pieces.push(p));
    const final = await stream.finalMessage();
    const calls = final.content.filter((b): b is Anthropic.ToolUseBlock => b.type === 'tool_use');
    expect(calls.map((c) => [c.id, c.input])).toEqual([['call_a', { city: 'Paris' }], ['call_b', { city: 'Tokyo' }]]);
    expect(pieces.length).toBe(4);
    expect(final.stop_reason).toBe('tool_use');

    const plain = await client.messages.create({ model: 'up-tools', max_tokens: 100, tools: [WEATHER_TOOL], messages: [{ role: 'user', content: 'weather?' }] });
    expect(plain.content.filter((b) => b.type === 'tool_use')).toHaveLength(2);

    await client.messages.create({
      model: 'up-ok', max_tokens: 100, tools: [WEATHER_TOOL],
      messages: [
        { role: 'user', content: 'weather?' },
        { role: 'assistant', content: final.content },
        { role: 'user', content: [...calls.map((c) => ({ type: 'tool_result' as const, tool_use_id: c.id, content: `${c.id} ok` })), { type: 'text' as const, text: 'and?' }] },
      ],
    });
    const sent = up.requests.at(-1)!.body.messages as Array<{ role: string; tool_call_id?: string; tool_calls?: unknown[] }>;
    expect(sent.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'tool', 'user']);
    expect(sent[1]?.tool_calls).toHaveLength(2);
    expect(sent.slice(2, 4).map((m) => m.tool_call_id)).toEqual(['call_a', 'call_b']);
  });

  it('turns reasoning_content into a thinking block, streamed and not', async () => {
    const final = await client.messages.stream({ model: 'up-reasoning', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(final.content.map((b) => b.type)).toEqual(['thinking', 'text']);
    const thinking = final.content[0];
    expect(thinking?.type === 'thinking' ? thinking.thinking : '').toBe(FAKE_REASONING);
    const plain = await client.messages.create({ model: 'up-reasoning', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] });
    expect(plain.content[0]).toMatchObject({ type: 'thinking', thinking: FAKE_REASONING });
  });

  it('estimates usage for a usage-less upstream, streamed and not', async () => {
    const { data, response } = await client.messages.create({ model: 'up-no-usage', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(data.usage.output_tokens).toBeGreaterThan(0);
    expect(data.usage.input_tokens).toBeGreaterThan(0);
    const requestId = response.headers.get('request-id')!;
    await waitFor(async () => (await gw.store.getUsage(requestId)) !== null);
    expect((await gw.store.getUsage(requestId))?.source).toBe('estimated');
    const final = await client.messages.stream({ model: 'up-no-usage', max_tokens: 100, messages: [{ role: 'user', content: 'Hi' }] }).finalMessage();
    expect(final.usage.output_tokens).toBeGreaterThan(0);
  });

  it('maps upstream failures to the right error classes', async () => {
    const ask = (model: string) => thrown(() => client.messages.create({ model, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }));
    const e429 = await ask('up-429');
    expect(e429).toBeInstanceOf(sdk.errors.RateLimitError);
    expect(errorInfo(e429).type).toBe('rate_limit_error');
    expect((e429 as { headers?: Headers }).headers?.get('retry-after')).toBe('7');
    const e500 = await ask('up-500');
    expect(e500).toBeInstanceOf(sdk.errors.InternalServerError);
    expect(errorInfo(e500)).toMatchObject({ status: 502, type: 'api_error' });
    const e503 = await ask('up-503');
    expect(e503).toBeInstanceOf(sdk.errors.InternalServerError);
    const e400 = await ask('up-400');
    expect(e400).toBeInstanceOf(sdk.errors.BadRequestError);
    expect(errorInfo(e400).message).toContain('upstream says 400');
    expect(errorInfo(await ask('up-malformed')).status).toBe(502);
    expect(errorInfo(await ask('up-hang'))).toMatchObject({ status: 504, type: 'timeout_error' });
    const e401 = await thrown(() => sdk.client('sk-air-nopenopenopenopenope', gw.baseUrl).messages.create({ model: 'up-ok', max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }));
    expect(e401).toBeInstanceOf(sdk.errors.AuthenticationError);
    expect(await ask('up-nope')).toBeInstanceOf(sdk.errors.NotFoundError);
  });

  it('raises a cut or malformed upstream stream as an SDK error', async () => {
    for (const model of ['up-cut', 'up-malformed']) {
      const err = await thrown(() => client.messages.stream({ model, max_tokens: 10, messages: [{ role: 'user', content: 'x' }] }).finalMessage());
      expect(err).toBeInstanceOf(sdk.errors.APIError);
      expect(errorInfo(err).type).toBe('api_error');
    }
  });
});
