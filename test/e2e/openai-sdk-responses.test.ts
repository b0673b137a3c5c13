import OpenAI from 'openai';
import type { ResponseInputItem, ResponseStreamEvent } from 'openai/resources/responses/responses';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { request } from 'undici';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const WEATHER = {
  type: 'function' as const, name: 'get_weather', description: 'Current weather for a city', strict: false,
  parameters: { type: 'object', properties: { city: { type: 'string' } }, required: ['city'] },
};

/** The official OpenAI Node SDK's `client.responses` against a gateway whose models are served by the simulator. */
describe('OpenAI SDK responses → NexusFlow (simulator channel)', () => {
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    gw = await startTestGateway();
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('responses.create: output items, output_text, usage with cost, billed once under openai:responses', async () => {
    const { data, response } = await client.responses.create({ model: 'qwen3-max', instructions: 'Be brief.', input: 'Hello!', metadata: { run: 't1' } }).withResponse();
    expect(data.object).toBe('response');
    expect(data.id).toMatch(/^resp_/);
    expect(data.status).toBe('completed');
    expect(data.output_text).toContain('You said: "Hello!"');
    const msg = data.output.find((i) => i.type === 'message');
    expect(msg?.type === 'message' && msg.content[0]?.type === 'output_text').toBe(true);
    expect(data.instructions).toBe('Be brief.');
    expect(data.metadata).toEqual({ run: 't1' });
    expect(data.usage?.input_tokens).toBeGreaterThan(0);
    expect(data.usage?.output_tokens).toBeGreaterThan(0);
    expect(data.usage?.total_tokens).toBe((data.usage?.input_tokens ?? 0) + (data.usage?.output_tokens ?? 0));
    const cost = (data.usage as unknown as { cost: number }).cost;
    expect(cost).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-nexusflow-cost'))).toBeCloseTo(cost, 9);

    const requestId = response.headers.get('x-request-id')!;
    await gw.gateway.services.usage.flush();
    const rec = await gw.store.getUsage(requestId);
    expect(rec).toMatchObject({ protocol: 'openai:responses', endpoint: '/v1/responses', status: 'succeeded', model: 'qwen3-max' });
    expect(rec!.cost / 1_000_000).toBeCloseTo(cost, 9);
    expect((rec!.uncachedInput ?? 0) + (rec!.cacheRead ?? 0)).toBe(data.usage!.input_tokens);
    const ledger = await gw.store.listLedger(gw.accountId, { limit: 200 });
    expect(ledger.items.filter((e) => e.requestId === requestId && e.kind === 'settle')).toHaveLength(1);
  });

  it('responses.stream(): the event sequence the SDK parses, sequence numbers in order, finalResponse()', async () => {
    const stream = client.responses.stream({ model: 'qwen-turbo', input: 'Count to three', reasoning: { effort: 'low', summary: 'auto' } });
    const events: ResponseStreamEvent[] = [];
    let text = '';
    stream.on('event', (e) => events.push(e));
    stream.on('response.output_text.delta', (e) => (text += e.delta));
    const final = await stream.finalResponse();
    const types = events.map((e) => e.type);
    expect(types.slice(0, 2)).toEqual(['response.created', 'response.in_progress']);
    expect(types.at(-1)).toBe('response.completed');
    expect(events.map((e) => e.sequence_number)).toEqual(events.map((_, i) => i));
    for (const t of ['response.output_item.added', 'response.content_part.added', 'response.output_text.delta', 'response.output_text.done',
      'response.content_part.done', 'response.output_item.done', 'response.reasoning_summary_text.delta']) expect(types).toContain(t);
    expect(final.output_text).toBe(text);
    expect(final.output.map((i) => i.type)).toEqual(['reasoning', 'message']);
    const reasoning = final.output[0];
    expect(reasoning?.type === 'reasoning' ? reasoning.summary[0]?.text : '').toMatch(/\w/);
    // Not asked for: no encrypted_content.
    expect(reasoning?.type === 'reasoning' ? reasoning.encrypted_content : 'x').toBeUndefined();
    expect(final.usage?.output_tokens_details.reasoning_tokens).toBeGreaterThan(0);
  });

  it('a function tool round trip: function_call out, function_call_output in, text back; streamed arguments parse', async () => {
    const first = await client.responses.create({ model: 'qwen3-max', input: 'What is the weather in Paris?', tools: [WEATHER], store: false });
    const call = first.output.find((i) => i.type === 'function_call');
    expect(call?.type).toBe('function_call');
    if (call?.type !== 'function_call') return;
    expect(call.name).toBe('get_weather');
    expect(JSON.parse(call.arguments)).toHaveProperty('city');
    const input: ResponseInputItem[] = [{ role: 'user', content: 'What is the weather in Paris?' }, call, { type: 'function_call_output', call_id: call.call_id, output: '{"temperature_c":18}' }];
    const second = await client.responses.create({ model: 'qwen3-max', input, tools: [WEATHER], store: false });
    expect(second.output_text).toContain('temperature_c');

    const stream = client.responses.stream({ model: 'qwen3-max', input: 'Weather in two cities please, call two tools', tools: [WEATHER], store: false });
    const argDeltas: string[] = [];
    stream.on('response.function_call_arguments.delta', (e) => argDeltas.push(e.delta));
    const final = await stream.finalResponse();
    const calls = final.output.filter((i) => i.type === 'function_call');
    expect(calls).toHaveLength(2);
    for (const c of calls) if (c.type === 'function_call') expect(JSON.parse(c.arguments)).toHaveProperty('city');
    expect(argDeltas.join('')).toBe(calls.map((c) => (c.type === 'function_call' ? c.arguments : '')).join(''));
  });

  it('previous_response_id continues a stored conversation, tool calls included; instructions are not carried over', async () => {
    const first = await client.responses.create({ model: 'qwen3-max', instructions: 'Use tools.', input: 'What is the weather in Paris?', tools: [WEATHER] });
    const call = first.output.find((i) => i.type === 'function_call');
    if (call?.type !== 'function_call') throw new Error('expected a function call');
    const second = await client.responses.create({
      model: 'qwen3-max', previous_response_id: first.id, tools: [WEATHER],
      input: [{ type: 'function_call_output', call_id: call.call_id, output: 'sunny, 18 C' }],
    });
    expect(second.previous_response_id).toBe(first.id);
    expect(second.output_text).toContain('sunny, 18 C');
    // A third turn sees both earlier turns (the simulator quotes the latest user words).
    const third = await client.responses.create({ model: 'qwen3-max', previous_response_id: second.id, tools: [WEATHER], input: 'Thanks! And tomorrow?' });
    expect(third.output_text).toContain('Thanks! And tomorrow?');
    expect(third.usage!.input_tokens).toBeGreaterThan(second.usage!.input_tokens);

    await expect(client.responses.create({ model: 'qwen3-max', previous_response_id: 'resp_nope', input: 'Hi' })).rejects.toMatchObject({ status: 400, code: 'previous_response_not_found', param: 'previous_response_id' });
  });

  it('item_reference names an item of an earlier stored response (as the Vercel AI SDK sends); unknown ids are a 400', async () => {
    const first = await client.responses.create({ model: 'qwen3-max', input: 'What is the weather in Paris?', tools: [WEATHER] });
    const call = first.output.find((i) => i.type === 'function_call');
    if (call?.type !== 'function_call') throw new Error('expected a function call');
    const next = await client.responses.create({
      model: 'qwen3-max', tools: [WEATHER], store: false,
      input: [{ role: 'user', content: 'What is the weather in Paris?' }, { type: 'item_reference', id: call.id! }, { type: 'function_call_output', call_id: call.call_id, output: 'rainy, 11 C' }],
    });
    expect(next.output_text).toContain('rainy, 11 C');
    for (const id of ['fc_nope', `${call.id!.slice(0, -1)}z`]) {
      await expect(client.responses.create({ model: 'qwen3-max', input: [{ type: 'item_reference', id }] })).rejects.toMatchObject({ status: 400, param: 'input[0].id' });
    }
  });

  it('retrieve, input_items and delete; another account sees 404; store: false is not kept', async () => {
    const created = await client.responses.create({ model: 'qwen-turbo', input: [{ role: 'developer', content: 'Terse.' }, { role: 'user', content: [{ type: 'input_text', text: 'Hi there' }] }] });
    const got = await client.responses.retrieve(created.id);
    expect(got.id).toBe(created.id);
    expect(got.output_text).toBe(created.output_text);
    expect(got.usage).toEqual(created.usage);

    const items = await client.responses.inputItems.list(created.id);
    expect(items.data.map((i) => (i.type === 'message' ? i.role : i.type))).toEqual(['user', 'developer']);
    const asc = await client.responses.inputItems.list(created.id, { order: 'asc', limit: 1 });
    expect(asc.data.map((i) => (i.type === 'message' ? i.role : i.type))).toEqual(['developer']);
    expect(asc.has_more).toBe(true);

    const other = new OpenAI({ apiKey: await otherAccountKey(gw), baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    await expect(other.responses.retrieve(created.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.responses.inputItems.list(created.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.responses.delete(created.id)).rejects.toMatchObject({ status: 404 });
    await expect(other.responses.create({ model: 'qwen-turbo', previous_response_id: created.id, input: 'Hi' })).rejects.toMatchObject({ status: 400, code: 'previous_response_not_found' });

    await client.responses.delete(created.id);
    await expect(client.responses.retrieve(created.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
    await expect(client.responses.delete(created.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);

    const unstored = await client.responses.create({ model: 'qwen-turbo', input: 'Hi', store: false });
    expect((unstored as unknown as { store: boolean }).store).toBe(false);
    await expect(client.responses.retrieve(unstored.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('include reasoning.encrypted_content: a reasoning item can be sent back with store: false (responses-upstreams checks an Anthropic upstream gets its signed thinking)', async () => {
    const first = await client.responses.create({ model: 'qwen-turbo', input: 'Think about it', reasoning: { effort: 'high' }, include: ['reasoning.encrypted_content'], store: false });
    const reasoning = first.output.find((i) => i.type === 'reasoning');
    expect(reasoning?.type === 'reasoning' ? reasoning.encrypted_content : undefined).toMatch(/^nf1\./);
    const second = await client.responses.create({ model: 'qwen-turbo', input: [{ role: 'user', content: 'Think about it' }, ...(first.output as ResponseInputItem[]), { role: 'user', content: 'And then?' }], store: false });
    expect(second.status).toBe('completed');
  });

  it('structured output with text.format json_schema parses; bad input is a 400 in OpenAI shape', async () => {
    const res = await client.responses.create({
      model: 'qwen-turbo', input: 'Name a city',
      text: { format: { type: 'json_schema', name: 'city', strict: true, schema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'], additionalProperties: false } } },
    });
    expect(JSON.parse(res.output_text)).toHaveProperty('name');

    await expect(client.responses.create({ model: 'qwen-turbo', input: 'Hi', tools: [{ type: 'function', name: '' } as OpenAI.Responses.FunctionTool] })).rejects.toMatchObject({ status: 400, param: 'tools[0]' });
    await expect(client.responses.create({ model: 'qwen-turbo', input: 'Hi', temperature: 7 })).rejects.toMatchObject({ status: 400 });
    await expect(client.responses.create({ model: 'no-such-model', input: 'Hi' })).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  });

  it('hosted tools are left out and named in x-nexusflow-ignored-tools; namespace tools are flattened and calls come back with their namespace', async () => {
    const { data, response } = await client.responses.create({ model: 'qwen-turbo', input: 'Hi', tools: [{ type: 'web_search' }], store: false }).withResponse();
    expect(data.status).toBe('completed');
    expect(response.headers.get('x-nexusflow-ignored-tools')).toBe('web_search');

    const crm = { type: 'namespace', name: 'crm', description: 'CRM tools', tools: [{ type: 'function', name: 'lookup_customer', description: 'Find a customer', parameters: { type: 'object', properties: { email: { type: 'string' } }, required: ['email'] } }] };
    const tools = [crm, WEATHER] as unknown as OpenAI.Responses.Tool[];
    const first = await client.responses.create({ model: 'qwen3-max', input: 'Please lookup the customer bob@example.com', tools, tool_choice: 'required' });
    const call = first.output.find((i) => i.type === 'function_call');
    expect(call).toMatchObject({ type: 'function_call', name: 'lookup_customer', namespace: 'crm' });
    if (call?.type !== 'function_call') return;
    const streamed = await client.responses.stream({ model: 'qwen3-max', input: 'Please lookup the customer bob@example.com', tools, tool_choice: 'required', store: false }).finalResponse();
    expect(streamed.output.find((i) => i.type === 'function_call')).toMatchObject({ name: 'lookup_customer', namespace: 'crm' });
    // The namespaced call and its output go back (stored turn): the model sees them as one function.
    const second = await client.responses.create({ model: 'qwen3-max', previous_response_id: first.id, tools, input: [{ type: 'function_call_output', call_id: call.call_id, output: 'Bob, premium' }] });
    expect(second.output_text).toContain('Bob, premium');
  });

  it('custom (free-form) tools: a custom_tool_call with raw input, streamed and not, and its custom_tool_call_output in the next turn', async () => {
    const patch = { type: 'custom', name: 'apply_patch', description: 'Apply a patch to files', format: { type: 'text' } } as unknown as OpenAI.Responses.Tool;
    const first = await client.responses.create({ model: 'qwen3-max', input: 'Please apply the patch', tools: [patch], tool_choice: 'required' });
    const call = first.output.find((i) => i.type === 'custom_tool_call');
    expect(call).toMatchObject({ type: 'custom_tool_call', name: 'apply_patch' });
    if (call?.type !== 'custom_tool_call') return;
    expect(typeof call.input).toBe('string');
    expect(call.input).not.toContain('{"input"');

    const types: string[] = [];
    const stream = client.responses.stream({ model: 'qwen3-max', input: 'Please apply the patch', tools: [patch], tool_choice: 'required', store: false });
    stream.on('event', (e) => types.push(e.type));
    const streamed = await stream.finalResponse();
    expect(types).toContain('response.custom_tool_call_input.done');
    expect(streamed.output.find((i) => i.type === 'custom_tool_call')).toMatchObject({ name: 'apply_patch', input: call.input });

    const second = await client.responses.create({ model: 'qwen3-max', previous_response_id: first.id, tools: [patch], input: [{ type: 'custom_tool_call_output', call_id: call.call_id, output: 'patched 2 files' }] });
    expect(second.output_text).toContain('patched 2 files');
  });

  it('max_output_tokens that cuts the answer gives status incomplete with reason max_output_tokens', async () => {
    const res = await client.responses.create({ model: 'qwen-turbo', input: 'Write a long story about a lighthouse keeper and the sea', max_output_tokens: 16, store: false });
    expect(res.status).toBe('incomplete');
    expect(res.incomplete_details?.reason).toBe('max_output_tokens');
  });
});

describe('stored responses: retention and metrics', () => {
  it('a response is gone after the retention period (retrieve 404, previous_response_id 400) and purged from the store', async () => {
    const gw = await startTestGateway({ responsesRetentionMs: 400 });
    try {
      const client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
      const res = await client.responses.create({ model: 'qwen-turbo', input: 'Hi' });
      expect((await client.responses.retrieve(res.id)).id).toBe(res.id);
      await new Promise((r) => setTimeout(r, 500));
      await expect(client.responses.retrieve(res.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
      await expect(client.responses.create({ model: 'qwen-turbo', previous_response_id: res.id, input: 'Hi' })).rejects.toMatchObject({ status: 400, code: 'previous_response_not_found' });
      expect(await gw.gateway.services.responses.purge()).toBe(1);

      // Requests are counted under their endpoint.
      const metrics = await request(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${gw.adminToken!}` } });
      const text = await metrics.body.text();
      expect(text).toMatch(/nexusflow_requests_total\{protocol="openai",endpoint="\/v1\/responses",model="qwen-turbo",channel="simulator",status="200"\} 1/);
    } finally {
      await gw.close();
    }
  });
});

/** A key of a second account, made through the admin API. */
async function otherAccountKey(gw: TestGateway): Promise<string> {
  const call = async (path: string, body: unknown): Promise<Record<string, unknown>> => {
    const res = await request(`${gw.baseUrl}${path}`, { method: 'POST', headers: { authorization: `Bearer ${gw.adminToken!}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const json = (await res.body.json()) as Record<string, unknown>;
    if (res.statusCode >= 300) throw new Error(`${path}: ${res.statusCode} ${JSON.stringify(json)}`);
    return json;
  };
  await call('/admin/v1/accounts', { id: 'acct_other', name: 'Other' });
  await call('/admin/v1/accounts/acct_other/topups', { amount: 5_000_000, reason: 'test' });
  return String((await call('/admin/v1/keys', { account_id: 'acct_other', name: 'other' })).secret);
}
