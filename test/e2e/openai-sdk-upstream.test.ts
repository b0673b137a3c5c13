import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_REPLY, fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';
import { waitFor } from '../support/wait.js';

/** The official OpenAI Node SDK through NexusFlow to an openai-compatible channel (a local fake upstream). */
describe('OpenAI SDK → NexusFlow → openai-compatible upstream', () => {
  let up: FakeUpstream;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    gw = await startTestGateway({ catalog: fakeUpstreamCatalog(up.baseUrl), env: { FAKE_UPSTREAM_KEY: 'upstream-secret' }, routing: SINGLE_ATTEMPT });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('forwards with the channel credential and the upstream model id, and maps usage back', async () => {
    const { data, response } = await client.chat.completions.create({ model: 'up-ok', messages: [{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }], max_tokens: 50 }).withResponse();
    expect(data.choices[0]?.message.content).toBe(FAKE_REPLY);
    expect(data.model).toBe('up-ok');
    const sent = up.requests.at(-1)!;
    expect(sent.headers.authorization).toBe('Bearer upstream-secret');
    expect(sent.body.model).toBe('fake-ok');
    expect(sent.body.max_completion_tokens).toBe(50);
    // OpenAI semantics preserved end to end: prompt includes cached, completion includes reasoning.
    expect(data.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18 });
    expect(data.usage?.prompt_tokens_details?.cached_tokens).toBe(3);
    expect(data.usage?.completion_tokens_details?.reasoning_tokens).toBe(2);
    expect(response.headers.get('x-nexusflow-provider')).toBe('openai-compatible');
    expect(response.headers.get('x-nexusflow-channel')).toBe('fake');
    // 8 uncached × 1 + 3 cached × 0.1 + 5 output × 2 + 2 reasoning × 4 (credits per million) = 26.3 → 27 micro-credits (rounded up once).
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.000027');
  });

  it('streams from the upstream with include_usage and always asks the upstream for usage', async () => {
    const stream = await client.chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'Hi' }], stream: true, stream_options: { include_usage: true } });
    let text = '';
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta.content ?? '';
      if (chunk.usage) usage = chunk.usage;
    }
    expect(text).toBe(FAKE_REPLY);
    expect(usage?.total_tokens).toBe(18);
    const plain = await client.chat.completions.create({ model: 'up-ok', messages: [{ role: 'user', content: 'Hi' }], stream: true });
    for await (const chunk of plain) expect(chunk.usage ?? undefined).toBeUndefined();
    expect((up.requests.at(-1)!.body.stream_options as { include_usage: boolean }).include_usage).toBe(true);
  });

  it('passes the upstream answer through to a Chat Completions caller: logprobs and provider fields arrive, model and usage are ours', async () => {
    // Decoded to canonical and encoded again, the answer lost what the canonical model does not
    // carry (logprobs came back null, service_tier was dropped); passed through, it keeps them.
    const { data, response } = await client.chat.completions.create({ model: 'up-logprobs', messages: [{ role: 'user', content: 'Hi' }], logprobs: true }).withResponse();
    expect(data.choices[0]?.logprobs?.content?.[0]).toMatchObject({ token: FAKE_REPLY, logprob: -0.25 });
    expect(data.service_tier).toBe('default');
    expect(data.model).toBe('up-logprobs');
    expect(data.usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18, cost: 0.000027, prompt_cache_hit_tokens: 3 });
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.000027');

    const stream = await client.chat.completions.create({ model: 'up-logprobs', messages: [{ role: 'user', content: 'Hi' }], logprobs: true, stream: true, stream_options: { include_usage: true } });
    const tokens: string[] = [];
    const models = new Set<string>();
    let usage: OpenAI.CompletionUsage | undefined;
    for await (const chunk of stream) {
      models.add(chunk.model);
      for (const t of chunk.choices[0]?.logprobs?.content ?? []) tokens.push(t.token);
      if (chunk.usage) usage = chunk.usage;
    }
    expect(tokens.join('')).toBe(FAKE_REPLY);
    expect([...models]).toEqual(['up-logprobs']);
    expect(usage).toMatchObject({ prompt_tokens: 11, completion_tokens: 7, total_tokens: 18, cost: 0.000027 });
  });

  it('relays parallel tool calls streamed in fragments', async () => {
    const final = await client.chat.completions.stream({ model: 'up-tools', messages: [{ role: 'user', content: 'weather?' }], tools: [{ type: 'function', function: { name: 'get_weather', parameters: { type: 'object' } } }] }).finalChatCompletion();
    const calls = final.choices[0]?.message.tool_calls ?? [];
    expect(calls.map((c) => (c.type === 'function' ? JSON.parse(c.function.arguments) : null))).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);
    expect(calls.map((c) => c.id)).toEqual(['call_a', 'call_b']);
    expect(final.choices[0]?.finish_reason).toBe('tool_calls');
  });

  it('bills a usage-less upstream reply with an estimate, never zero', async () => {
    const { data, response } = await client.chat.completions.create({ model: 'up-no-usage', messages: [{ role: 'user', content: 'Hi' }] }).withResponse();
    expect(data.choices[0]?.message.content).toBe(FAKE_REPLY);
    expect(data.usage?.completion_tokens).toBeGreaterThan(0);
    expect(Number(response.headers.get('x-nexusflow-cost'))).toBeGreaterThan(0);
    const requestId = response.headers.get('x-request-id')!;
    await waitFor(async () => (await gw.store.getUsage(requestId)) !== null);
    expect((await gw.store.getUsage(requestId))?.source).toBe('estimated');
  });

  it('maps upstream failures to the right error classes', async () => {
    const ask = (model: string) => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }] }).catch((e: unknown) => e);
    const e500 = await ask('up-500');
    expect(e500).toBeInstanceOf(OpenAI.InternalServerError);
    expect((e500 as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    const e429 = await ask('up-429');
    expect(e429).toBeInstanceOf(OpenAI.RateLimitError);
    expect((e429 as InstanceType<typeof OpenAI.APIError>).headers?.get('retry-after')).toBe('7');
    const e400 = await ask('up-400');
    expect(e400).toBeInstanceOf(OpenAI.BadRequestError);
    expect((e400 as Error).message).toContain('upstream says 400');
    const e401 = await ask('up-401');
    expect((e401 as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    expect((e401 as Error).message).not.toContain('upstream-secret');
    const malformed = await ask('up-malformed');
    expect((malformed as InstanceType<typeof OpenAI.APIError>).status).toBe(502);
    const hang = await ask('up-hang');
    expect((hang as InstanceType<typeof OpenAI.APIError>).status).toBe(504);
  });

  it('turns a cut or malformed upstream stream into an error the SDK raises, and bills only what was produced', async () => {
    for (const model of ['up-cut', 'up-malformed']) {
      const stream = await client.chat.completions.create({ model, messages: [{ role: 'user', content: 'x' }], stream: true });
      const err = await (async () => {
        for await (const _ of stream) { /* drain */ }
      })().catch((e: unknown) => e);
      expect(err).toBeInstanceOf(OpenAI.APIError);
    }
  });

  it('aborts the upstream request when the client goes away mid-stream, and bills the partial output as estimated', async () => {
    const controller = new AbortController();
    const { data: stream, response } = await client.chat.completions.create({ model: 'up-slow', messages: [{ role: 'user', content: 'x' }], stream: true }, { signal: controller.signal }).withResponse();
    const requestId = response.headers.get('x-request-id')!;
    let n = 0;
    await (async () => {
      for await (const _ of stream) {
        if (++n === 5) controller.abort();
      }
    })().catch(() => undefined);
    await waitFor(async () => (await gw.store.getUsage(requestId)) !== null);
    const rec = await gw.store.getUsage(requestId);
    expect(rec?.status).toBe('partial');
    expect(rec?.source).toBe('estimated');
    expect(rec?.output).toBeGreaterThan(0);
    expect(rec?.cost).toBeGreaterThan(0);
    const account = await gw.store.getAccount(gw.accountId);
    expect(Object.keys(account?.holds ?? {})).toHaveLength(0);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account?.balance);
  });
});
