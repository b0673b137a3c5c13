import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl, replyOf, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

const PRICES = { input_per_million: 1_000_000, output_per_million: 2_000_000 };
const DEAR = { input_per_million: 1_000_000, output_per_million: 100_000_000 };
/** Cost of the scripted upstream's usage (10 in, 5 out) at PRICES and at DEAR, micro-credits. */
const COST = 10 * 1 + 5 * 2;
const DEAR_COST = 10 * 1 + 5 * 100;

type ApiError = InstanceType<typeof OpenAI.APIError>;

/**
 * Retries and fallbacks through the official OpenAI SDK (`maxRetries: 0`, so every retry seen is
 * the gateway's): upstreams that refuse, hang, stall, fail, throttle or cut the stream.
 */
describe('routing: retries, failover and model fallbacks', () => {
  let primary: ScriptedUpstream;
  let backup: ScriptedUpstream;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    primary = await startScriptedUpstream('primary');
    backup = await startScriptedUpstream('backup');
    const timeouts = { firstByteTimeoutMs: 400, idleTimeoutMs: 400 };
    const openai = ['openai:chat-completions'];
    const chat = (id: string, channels: string[], extra: Record<string, unknown> = {}) => ({
      id, supported_protocols: openai, max_output_tokens: 100, pricing: PRICES, channels: channels.map((channel) => ({ channel })), ...extra,
    });
    gw = await startTestGateway({
      routing: { backoffBaseMs: 10, deadlineMs: 5000, circuitFailures: 1000 },
      catalog: {
        channels: [
          { id: 'primary', provider: 'openai-compatible', base_url: primary.baseUrl, priority: 0, options: timeouts },
          { id: 'backup', provider: 'openai-compatible', base_url: backup.baseUrl, priority: 1, options: timeouts },
          { id: 'refused', provider: 'openai-compatible', base_url: await refusingBaseUrl(), priority: 0, options: timeouts },
        ],
        models: [
          chat('chain', ['primary', 'backup']),
          chat('chain-ra', ['primary', 'backup']),
          chat('via-refused', ['refused', 'backup']),
          chat('solo', ['primary']),
          chat('fb-a', ['primary'], { fallbacks: ['anthropic-only', 'fb-b'] }),
          { ...chat('fb-b', ['backup']), pricing: DEAR },
          { ...chat('anthropic-only', ['backup']), supported_protocols: ['anthropic:messages'] },
          { id: 'emb', kind: 'embedding', supported_protocols: ['openai:embeddings'], pricing: { embedding_per_million: 1_000_000 }, channels: [{ channel: 'primary' }, { channel: 'backup' }] },
        ],
      },
    });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await primary.close();
    await backup.close();
  });

  const ask = (model: string) => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  const counts = () => ({ primary: primary.requests.length, backup: backup.requests.length });
  const delta = (before: { primary: number; backup: number }) => ({ primary: primary.requests.length - before.primary, backup: backup.requests.length - before.backup });

  it('a refused connection goes to the next channel', async () => {
    const { data, response } = await ask('via-refused');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(response.headers.get('x-nexusflow-channel')).toBe('backup');
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('a 500 goes to the next channel; only the answer is charged, once', async () => {
    const before = counts();
    primary.script({ kind: 'status', status: 500 });
    const { data, response } = await ask('chain');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(delta(before)).toEqual({ primary: 1, backup: 1 });
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
    expect(response.headers.get('x-nexusflow-cost')).toBe('0.000020');
    const requestId = response.headers.get('x-request-id')!;
    await gw.gateway.services.usage.flush();
    const rec = await gw.store.getUsage(requestId);
    expect(rec).toMatchObject({ channelId: 'backup', status: 'succeeded', cost: COST });
    const ledger = (await gw.store.listLedger(gw.accountId, { limit: 1000 })).items.filter((e) => e.requestId === requestId);
    expect(ledger.map((e) => e.kind)).toEqual(['hold', 'settle']);
    expect(ledger[1]?.cost).toBe(COST);
  });

  it('an upstream that never answers (first-byte timeout) goes to the next channel', async () => {
    primary.script({ kind: 'hang' });
    const t0 = Date.now();
    const { data, response } = await ask('chain');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(380);
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('a stream that fails before its first event (idle timeout after the headers) is retried and streamed from the next channel', async () => {
    primary.script({ kind: 'stall' });
    const { data: stream, response } = await client.chat.completions.create({ model: 'chain', messages: [{ role: 'user', content: 'hi' }], stream: true }).withResponse();
    let text = '';
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    expect(text).toBe(replyOf('backup'));
    expect(response.headers.get('x-nexusflow-channel')).toBe('backup');
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('never retries once the stream has started: a cut mid-stream is the caller\'s error, billed for what was produced', async () => {
    const before = counts();
    primary.script({ kind: 'cut' });
    const { data: stream, response } = await client.chat.completions.create({ model: 'chain', messages: [{ role: 'user', content: 'hi' }], stream: true }).withResponse();
    let text = '';
    const err = await (async () => {
      for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? '';
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(text).toBe('reply ');
    expect(delta(before)).toEqual({ primary: 1, backup: 0 });
    await gw.gateway.services.usage.flush();
    const rec = await gw.store.getUsage(response.headers.get('x-request-id')!);
    expect(rec).toMatchObject({ channelId: 'primary', status: 'partial', source: 'estimated' });
    expect(rec!.cost).toBeGreaterThan(0);
  });

  it('429 with a retry-after that fits the budget: waits, then the same channel answers', async () => {
    primary.script({ kind: 'status', status: 429, retryAfter: '1' });
    const t0 = Date.now();
    const { data, response } = await ask('solo');
    expect(Date.now() - t0).toBeGreaterThanOrEqual(950);
    expect(data.choices[0]?.message.content).toBe(replyOf('primary'));
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('429 with a retry-after longer than the budget: the channel is skipped, now and by later requests, not slept on', async () => {
    primary.script({ kind: 'status', status: 429, retryAfter: '120' });
    const t0 = Date.now();
    const first = await ask('chain-ra');
    expect(Date.now() - t0).toBeLessThan(900);
    expect(first.data.choices[0]?.message.content).toBe(replyOf('backup'));
    const before = counts();
    const second = await ask('chain-ra');
    expect(delta(before)).toEqual({ primary: 0, backup: 1 });
    expect(second.response.headers.get('x-nexusflow-attempts')).toBeNull();
  });

  it('never retries the caller\'s own mistake (400)', async () => {
    const before = counts();
    primary.script({ kind: 'status', status: 400 });
    const err = (await ask('chain').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(OpenAI.BadRequestError);
    expect(delta(before)).toEqual({ primary: 1, backup: 0 });
    expect(err.headers?.get('x-nexusflow-channel')).toBe('primary');
  });

  it('DashScope\'s 400 Arrearage is the channel\'s account, not the caller\'s request: the next channel answers', async () => {
    primary.script({ kind: 'status', status: 400, code: 'Arrearage' });
    const { data, response } = await ask('chain');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('bounded attempts: a channel that keeps failing is tried maxAttempts times, and the error says so', async () => {
    const before = counts();
    primary.script({ kind: 'status', status: 500 }, { kind: 'reset' }, { kind: 'status', status: 503 });
    const err = (await ask('solo').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(OpenAI.InternalServerError);
    expect(err.status).toBe(502);
    expect(delta(before).primary).toBe(3);
    expect(err.headers?.get('x-nexusflow-attempts')).toBe('3');
    expect(err.headers?.get('x-nexusflow-channel')).toBe('primary');
  });

  it('model fallback: when every channel of A fails, B answers (same protocol only), held up front and charged at B\'s prices', async () => {
    primary.script(...Array.from({ length: 3 }, () => ({ kind: 'status' as const, status: 503 })));
    const { data, response } = await ask('fb-a');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(data.model).toBe('fb-a');
    expect(response.headers.get('x-nexusflow-model')).toBe('fb-b');
    expect(response.headers.get('x-nexusflow-attempts')).toBe('4');
    // The Anthropic-only fallback was passed over.
    expect(backup.requests.at(-1)?.model).toBe('fb-b');
    const requestId = response.headers.get('x-request-id')!;
    await gw.gateway.services.usage.flush();
    expect(await gw.store.getUsage(requestId)).toMatchObject({ model: 'fb-b', channelId: 'backup', cost: DEAR_COST });
    const ledger = (await gw.store.listLedger(gw.accountId, { limit: 1000 })).items.filter((e) => e.requestId === requestId);
    // The hold covered B's worst case (100 output tokens at 100 credits per million), not just A's.
    expect(-ledger[0]!.amount).toBeGreaterThanOrEqual(100 * 100);
    expect(ledger.map((e) => e.kind)).toEqual(['hold', 'settle']);
  });

  it('embeddings fail over too', async () => {
    primary.script({ kind: 'status', status: 500 });
    const { data, response } = await client.embeddings.create({ model: 'emb', input: ['a', 'b'] }).withResponse();
    expect(data.data).toHaveLength(2);
    expect(response.headers.get('x-nexusflow-channel')).toBe('backup');
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
  });

  it('across all of the above: no hold left, one settle or release per request, balance = Σ ledger', async () => {
    await gw.gateway.services.usage.flush();
    const account = (await gw.store.getAccount(gw.accountId))!;
    expect(Object.keys(account.holds)).toHaveLength(0);
    expect(await gw.store.sumLedger(gw.accountId)).toBe(account.balance);
    const entries = (await gw.store.listLedger(gw.accountId, { limit: 1000 })).items;
    const closing = entries.filter((e) => e.kind === 'settle' || e.kind === 'release');
    const holds = entries.filter((e) => e.kind === 'hold');
    expect(new Set(closing.map((e) => e.requestId)).size).toBe(closing.length);
    expect(closing.length).toBe(holds.length);
  });
});
