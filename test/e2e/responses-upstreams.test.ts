import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_ANTHROPIC_REPLY, FAKE_SIGNATURE as ANTHROPIC_SIGNATURE, fakeAnthropicCatalog, startFakeAnthropicUpstream } from '../support/fake-anthropic-upstream.js';
import { FAKE_GEMINI_REPLY, fakeGeminiCatalog, startFakeGeminiUpstream } from '../support/fake-gemini-upstream.js';
import { FAKE_REPLY, fakeUpstreamCatalog, startFakeOpenAIUpstream } from '../support/fake-openai-upstream.js';
import { FAKE_ENCRYPTED, FAKE_RESPONSES_REPLY, FAKE_SUMMARY, fakeResponsesCatalog, startFakeResponsesUpstream } from '../support/fake-responses-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';

const WEATHER = {
  type: 'function' as const, name: 'get_weather', description: 'Current weather for a city', strict: false,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

interface Upstream {
  name: string;
  start(): Promise<{ baseUrl: string; requests: Array<{ url?: string; body: Record<string, unknown> }>; close(): Promise<void> }>;
  catalog(baseUrl: string): unknown;
  env: Record<string, string>;
  /** Models of the fake: plain text, and one that always calls get_weather twice. */
  ok: string;
  tools: string;
  reply: string;
  /** The upstream's own counts as the Responses API reports them, and their cost at the fake catalog's prices (micro-credits). */
  usage: { input_tokens: number; cached_tokens: number; output_tokens: number; reasoning_tokens: number };
  costMicro: number;
  /** What the upstream received for a second turn after two tool calls: the calls and their results, in its own format. */
  toolTurnSent(body: Record<string, unknown>): { calls: number; results: string[] };
}

// Fake catalogs price 1 credit per million input tokens, 0.1 cached, 1.25 cache write, 2 output, 4 reasoning (when set).
const UPSTREAMS: Upstream[] = [
  {
    name: 'openai-compatible', start: startFakeOpenAIUpstream, env: { FAKE_UPSTREAM_KEY: 'upstream-secret' },
    catalog: (u) => fakeUpstreamCatalog(u, ['openai:chat-completions', 'openai:responses']), ok: 'up-ok', tools: 'up-tools', reply: FAKE_REPLY,
    // prompt 11 (3 cached), completion 7 (2 reasoning): 8×1 + 3×0.1 + 5×2 + 2×4 = 26.3 → 27 (rounded up).
    usage: { input_tokens: 11, cached_tokens: 3, output_tokens: 7, reasoning_tokens: 2 }, costMicro: 27,
    toolTurnSent: (b) => {
      const msgs = b.messages as Array<{ role: string; tool_calls?: unknown[]; content?: unknown }>;
      return { calls: msgs.flatMap((m) => m.tool_calls ?? []).length, results: msgs.filter((m) => m.role === 'tool').map((m) => String(m.content)) };
    },
  },
  {
    name: 'anthropic', start: startFakeAnthropicUpstream, env: { FAKE_ANTHROPIC_KEY: 'anthropic-upstream-secret' },
    catalog: fakeAnthropicCatalog, ok: 'an-ok', tools: 'an-tools', reply: FAKE_ANTHROPIC_REPLY,
    // input 12 + cache read 30 + cache write 4, output 9: 12×1 + 30×0.1 + 4×1.25 + 9×2 = 38.
    usage: { input_tokens: 46, cached_tokens: 30, output_tokens: 9, reasoning_tokens: 0 }, costMicro: 38,
    toolTurnSent: (b) => {
      const blocks = (b.messages as Array<{ content: unknown }>).flatMap((m) => (Array.isArray(m.content) ? (m.content as Array<{ type: string; content?: unknown }>) : []));
      return { calls: blocks.filter((x) => x.type === 'tool_use').length, results: blocks.filter((x) => x.type === 'tool_result').map((x) => (typeof x.content === 'string' ? x.content : JSON.stringify(x.content))) };
    },
  },
  {
    name: 'gemini', start: startFakeGeminiUpstream, env: { FAKE_GEMINI_KEY: 'gemini-upstream-secret' },
    catalog: fakeGeminiCatalog, ok: 'gm-ok', tools: 'gm-tools', reply: FAKE_GEMINI_REPLY,
    // prompt 11 (3 cached), candidates 7 + thoughts 2: 8×1 + 3×0.1 + 7×2 + 2×4 = 30.3 → 31.
    usage: { input_tokens: 11, cached_tokens: 3, output_tokens: 9, reasoning_tokens: 2 }, costMicro: 31,
    toolTurnSent: (b) => {
      const parts = (b.contents as Array<{ parts: Array<Record<string, unknown>> }>).flatMap((c) => c.parts);
      return { calls: parts.filter((p) => p.functionCall).length, results: parts.filter((p) => p.functionResponse).map((p) => JSON.stringify(p.functionResponse)) };
    },
  },
  {
    name: 'openai-responses', start: startFakeResponsesUpstream, env: { FAKE_RESPONSES_KEY: 'responses-upstream-secret' },
    catalog: fakeResponsesCatalog, ok: 'rs-ok', tools: 'rs-tools', reply: FAKE_RESPONSES_REPLY,
    // input 11 (3 cached), output 7 (2 reasoning): 8×1 + 3×0.1 + 5×2 + 2×4 = 26.3 → 27.
    usage: { input_tokens: 11, cached_tokens: 3, output_tokens: 7, reasoning_tokens: 2 }, costMicro: 27,
    toolTurnSent: (b) => {
      const input = b.input as Array<{ type?: string; output?: unknown }>;
      return { calls: input.filter((i) => i.type === 'function_call').length, results: input.filter((i) => i.type === 'function_call_output').map((i) => String(i.output)) };
    },
  },
];

/** Responses API in × every upstream kind: translation both ways, streamed and not, tools over two turns, exact usage and cost. */
describe.each(UPSTREAMS)('Responses API → NexusFlow → $name upstream', (u) => {
  let up: Awaited<ReturnType<Upstream['start']>>;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    up = await u.start();
    gw = await startTestGateway({ catalog: u.catalog(up.baseUrl), env: u.env, routing: SINGLE_ATTEMPT });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  const expectUsage = (usage: OpenAI.Responses.ResponseUsage | undefined): void => {
    expect(usage).toMatchObject({
      input_tokens: u.usage.input_tokens, input_tokens_details: { cached_tokens: u.usage.cached_tokens },
      output_tokens: u.usage.output_tokens, output_tokens_details: { reasoning_tokens: u.usage.reasoning_tokens },
      total_tokens: u.usage.input_tokens + u.usage.output_tokens,
    });
    expect((usage as unknown as { cost: number }).cost).toBeCloseTo(u.costMicro / 1_000_000, 12);
  };

  it('non-streamed: the upstream\'s text, its usage and the catalog price; one usage record under openai:responses', async () => {
    const { data, response } = await client.responses.create({ model: u.ok, instructions: 'Be brief.', input: 'Hi', max_output_tokens: 50 }).withResponse();
    expect(data.output_text).toBe(u.reply);
    expect(data.model).toBe(u.ok);
    expectUsage(data.usage);
    await gw.gateway.services.usage.flush();
    const rec = await gw.store.getUsage(response.headers.get('x-request-id')!);
    expect(rec).toMatchObject({ protocol: 'openai:responses', status: 'succeeded', cost: u.costMicro, source: 'upstream' });
  });

  it('streamed: deltas join to the upstream\'s text; response.completed carries the same usage and cost', async () => {
    const stream = client.responses.stream({ model: u.ok, input: 'Hi', max_output_tokens: 50, store: false });
    let text = '';
    stream.on('response.output_text.delta', (e) => (text += e.delta));
    const final = await stream.finalResponse();
    expect(text).toBe(u.reply);
    expect(final.output_text).toBe(u.reply);
    expectUsage(final.usage);
  });

  it('tools: two function_call items (streamed and not), then previous_response_id + function_call_output reach the upstream in its own format', async () => {
    const streamed = await client.responses.stream({ model: u.tools, input: 'weather?', tools: [WEATHER], store: false }).finalResponse();
    expect(streamed.output.filter((i) => i.type === 'function_call').map((c) => (c.type === 'function_call' ? JSON.parse(c.arguments) : null))).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);

    const first = await client.responses.create({ model: u.tools, input: 'weather?', tools: [WEATHER] });
    const calls = first.output.filter((i): i is OpenAI.Responses.ResponseFunctionToolCall => i.type === 'function_call');
    expect(calls.map((c) => [c.name, JSON.parse(c.arguments)])).toEqual([['get_weather', { city: 'Paris' }], ['get_weather', { city: 'Tokyo' }]]);
    const second = await client.responses.create({
      model: u.ok, previous_response_id: first.id, tools: [WEATHER],
      input: calls.map((c, i) => ({ type: 'function_call_output' as const, call_id: c.call_id, output: `result-${i}` })),
    });
    expect(second.status).toBe('completed');
    const sent = u.toolTurnSent(up.requests.at(-1)!.body);
    expect(sent.calls).toBe(2);
    expect(sent.results.join(' ')).toContain('result-0');
    expect(sent.results.join(' ')).toContain('result-1');
  });
});

describe('Responses API → NexusFlow → anthropic upstream: signed thinking survives the next turn', () => {
  let up: Awaited<ReturnType<typeof startFakeAnthropicUpstream>>;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    up = await startFakeAnthropicUpstream();
    gw = await startTestGateway({ catalog: fakeAnthropicCatalog(up.baseUrl), env: { FAKE_ANTHROPIC_KEY: 'anthropic-upstream-secret' }, routing: SINGLE_ATTEMPT });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it.each([false, true])('stream %s: stored (previous_response_id) and stateless (encrypted_content sent back) turns both keep the signature', async (stream) => {
    const ask = { model: 'an-thinking', tools: [WEATHER], reasoning: { effort: 'medium' as const, summary: 'auto' as const } };
    const first = stream
      ? await client.responses.stream({ ...ask, input: 'weather?', include: ['reasoning.encrypted_content'] }).finalResponse()
      : await client.responses.create({ ...ask, input: 'weather?', include: ['reasoning.encrypted_content'] });
    expect(first.output.map((i) => i.type)).toEqual(['reasoning', 'function_call']);
    const reasoning = first.output[0] as OpenAI.Responses.ResponseReasoningItem;
    expect(reasoning.summary[0]?.text).toBe('I should look this up.');
    const call = first.output[1] as OpenAI.Responses.ResponseFunctionToolCall;
    const output = { type: 'function_call_output' as const, call_id: call.call_id, output: 'sunny' };

    const stored = await client.responses.create({ ...ask, previous_response_id: first.id, input: [output] });
    expect(stored.output_text).toBe('Thought kept. Tool said: sunny');
    const stateless = await client.responses.create({ ...ask, input: [{ role: 'user', content: 'weather?' }, ...(first.output as OpenAI.Responses.ResponseInputItem[]), output], store: false });
    expect(stateless.output_text).toBe('Thought kept. Tool said: sunny');
    const sent = up.requests.at(-1)!.body.messages as Array<{ content: Array<{ type: string; signature?: string }> }>;
    expect(sent[1]?.content[0]).toMatchObject({ type: 'thinking', signature: ANTHROPIC_SIGNATURE });
  });
});

describe('other front doors → NexusFlow → openai-responses upstream', () => {
  let up: Awaited<ReturnType<typeof startFakeResponsesUpstream>>;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    up = await startFakeResponsesUpstream();
    gw = await startTestGateway({ catalog: fakeResponsesCatalog(up.baseUrl), env: { FAKE_RESPONSES_KEY: 'responses-upstream-secret' }, routing: SINGLE_ATTEMPT });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('chat completions: the upstream gets a Responses body (store false, encrypted reasoning asked for); text, tools and usage come back', async () => {
    const res = await client.chat.completions.create({ model: 'rs-ok', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], max_completion_tokens: 50 });
    expect(res.choices[0]?.message.content).toBe(FAKE_RESPONSES_REPLY);
    expect(res.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, prompt_tokens_details: { cached_tokens: 3 }, completion_tokens_details: { reasoning_tokens: 2 } });
    const sent = up.requests.at(-1)!;
    expect(sent.url).toBe('/v1/responses');
    expect(sent.body).toMatchObject({ model: 'fake-ok', instructions: 'Be brief.', store: false, include: ['reasoning.encrypted_content'], max_output_tokens: 50, input: [{ type: 'message', role: 'user', content: [{ type: 'input_text', text: 'Hi' }] }] });

    const stream = await client.chat.completions.create({ model: 'rs-tools', messages: [{ role: 'user', content: 'weather?' }], tools: [{ type: 'function', function: { name: 'get_weather', parameters: WEATHER.parameters } }], stream: true });
    const args = new Map<number, string>();
    let finish: string | null = null;
    for await (const chunk of stream) {
      for (const call of chunk.choices[0]?.delta.tool_calls ?? []) args.set(call.index, (args.get(call.index) ?? '') + (call.function?.arguments ?? ''));
      finish = chunk.choices[0]?.finish_reason ?? finish;
    }
    expect([...args.values()].map((a) => JSON.parse(a))).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);
    expect(finish).toBe('tool_calls');
  });

  it.each([false, true])('stream %s: reasoning becomes thinking, and its encrypted content goes back to the upstream on the next turn', async (stream) => {
    const tools = [{ type: 'function' as const, function: { name: 'get_weather', parameters: WEATHER.parameters } }];
    const first = stream
      ? await client.chat.completions.stream({ model: 'rs-thinking', messages: [{ role: 'user', content: 'weather?' }], tools }).finalChatCompletion()
      : await client.chat.completions.create({ model: 'rs-thinking', messages: [{ role: 'user', content: 'weather?' }], tools });
    const message = first.choices[0]!.message as OpenAI.Chat.ChatCompletionMessage & { reasoning_content?: string };
    expect(message.reasoning_content).toBe(FAKE_SUMMARY);
    // Through the Responses front door the thinking comes back as a reasoning item, and a stateless
    // second turn restores the upstream's encrypted content.
    const viaResponses = await client.responses.create({ model: 'rs-thinking', input: 'weather?', tools: [WEATHER], include: ['reasoning.encrypted_content'], store: false, reasoning: { summary: 'auto' } });
    expect(viaResponses.output.map((i) => i.type)).toEqual(['reasoning', 'function_call']);
    const call = viaResponses.output[1] as OpenAI.Responses.ResponseFunctionToolCall;
    const second = await client.responses.create({
      model: 'rs-thinking', tools: [WEATHER], store: false,
      input: [{ role: 'user', content: 'weather?' }, ...(viaResponses.output as OpenAI.Responses.ResponseInputItem[]), { type: 'function_call_output', call_id: call.call_id, output: 'sunny' }],
    });
    expect(second.output_text).toBe('Reasoning kept. Tool said: sunny');
    const sent = up.requests.at(-1)!.body.input as Array<{ type?: string; encrypted_content?: string }>;
    expect(sent.find((i) => i.type === 'reasoning')?.encrypted_content).toBe(FAKE_ENCRYPTED);
  });

  it('upstream failures: response.failed mid-stream is an error event, 500 a 502, 429 keeps retry-after', async () => {
    const stream = client.responses.stream({ model: 'rs-failed', input: 'Hi', store: false });
    const types: string[] = [];
    stream.on('event', (e) => types.push(e.type));
    await expect(stream.finalResponse()).rejects.toThrow();
    expect(types).toContain('error');
    await expect(client.responses.create({ model: 'rs-500', input: 'Hi' })).rejects.toMatchObject({ status: 502 });
    const limited = await client.responses.create({ model: 'rs-429', input: 'Hi' }).catch((e: unknown) => e);
    expect(limited).toBeInstanceOf(OpenAI.RateLimitError);
    expect((limited as InstanceType<typeof OpenAI.RateLimitError>).headers?.get('retry-after')).toBe('3');
  });
});
