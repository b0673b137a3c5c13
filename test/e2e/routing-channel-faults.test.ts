import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { replyOf, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

type ApiError = InstanceType<typeof OpenAI.APIError>;

/**
 * #17 item 9: an upstream that refuses the channel's credential (401/403) or does not serve the
 * model (404) says so again on every retry — it used to be retried three times on the same
 * channel ([401, 401, 401] upstream). Now: the next channel at once; a refused credential opens
 * the route's circuit (later requests skip it); the log says why.
 */
describe('routing: credential and not-found failures are the channel\'s, not worth a retry', () => {
  let primary: ScriptedUpstream;
  let backup: ScriptedUpstream;
  let gw: TestGateway;
  let client: OpenAI;
  const lines: string[] = [];

  beforeAll(async () => {
    primary = await startScriptedUpstream('primary');
    backup = await startScriptedUpstream('backup');
    const pino = (await import('pino')).default;
    const logger = pino({ level: 'warn' }, { write: (l: string) => void lines.push(l) });
    const chat = (id: string, channels: string[]) => ({ id, supported_protocols: ['openai:chat-completions'], max_output_tokens: 100, pricing: { input_per_million: 1, output_per_million: 1 }, channels: channels.map((channel) => ({ channel, upstream_model: id })) });
    gw = await startTestGateway({
      logger,
      routing: { backoffBaseMs: 10, deadlineMs: 5000, circuitFailures: 3, circuitCooldownMs: 60_000 },
      catalog: {
        channels: [
          { id: 'primary', provider: 'openai-compatible', base_url: primary.baseUrl, priority: 0 },
          { id: 'backup', provider: 'openai-compatible', base_url: backup.baseUrl, priority: 1 },
        ],
        models: [chat('solo-404', ['primary']), chat('chain-404', ['primary', 'backup']), chat('chain-401', ['primary', 'backup']), chat('solo-403', ['primary'])],
      },
    });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw?.close();
    await primary?.close();
    await backup?.close();
  });

  const ask = (model: string) => client.chat.completions.create({ model, messages: [{ role: 'user', content: 'hi' }] }).withResponse();
  const sent = (u: ScriptedUpstream, model: string): number => u.requests.filter((r) => r.model === model).length;

  it('a 404 on the only channel is tried once, not three times', async () => {
    // Once: a retry on the same channel would get an answer, so the old behaviour shows as a 200.
    primary.script({ kind: 'status', status: 404 });
    const err = (await ask('solo-404').catch((e: unknown) => e)) as ApiError;
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect(err.status).toBe(502);
    expect(sent(primary, 'solo-404')).toBe(1);
    expect(err.headers?.get('x-nexusflow-attempts')).toBe('1');
    expect(lines.join('')).toContain('upstream does not serve this model');
  });

  it('a 404 moves on to the next channel at once', async () => {
    primary.script({ kind: 'status', status: 404 });
    const { data, response } = await ask('chain-404');
    expect(data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(response.headers.get('x-nexusflow-attempts')).toBe('2');
    expect([sent(primary, 'chain-404'), sent(backup, 'chain-404')]).toEqual([1, 1]);
  });

  it('a 401 moves on at once and opens the circuit: the next request does not try the channel again', async () => {
    primary.script({ kind: 'status', status: 401 });
    const first = await ask('chain-401');
    expect(first.data.choices[0]?.message.content).toBe(replyOf('backup'));
    expect(gw.gateway.services.circuits.state('primary', 'chain-401')).toBe('open');
    const second = await ask('chain-401');
    expect(second.response.headers.get('x-nexusflow-channel')).toBe('backup');
    expect(second.response.headers.get('x-nexusflow-attempts')).toBeNull();
    expect(sent(primary, 'chain-401')).toBe(1);
    expect(lines.join('')).toContain('upstream refused the channel credential');
  });

  it('a 403 on the only channel: one attempt, then the open circuit answers without calling the upstream', async () => {
    primary.script({ kind: 'status', status: 403 });
    const err = (await ask('solo-403').catch((e: unknown) => e)) as ApiError;
    expect(err.status).toBe(502);
    expect(sent(primary, 'solo-403')).toBe(1);
    const again = (await ask('solo-403').catch((e: unknown) => e)) as ApiError;
    expect(again.status).toBe(503);
    expect(sent(primary, 'solo-403')).toBe(1);
  });
});
