import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { replyOf, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

const COOLDOWN_MS = 600;

/** A channel that keeps failing is taken out of rotation, given one trial after its cool-down, and brought back. */
describe('routing: circuit breaking', () => {
  let flaky: ScriptedUpstream;
  let steady: ScriptedUpstream;
  let gw: TestGateway;
  let client: OpenAI;

  beforeAll(async () => {
    flaky = await startScriptedUpstream('flaky');
    steady = await startScriptedUpstream('steady');
    gw = await startTestGateway({
      routing: { backoffBaseMs: 10, circuitFailures: 2, circuitCooldownMs: COOLDOWN_MS },
      catalog: {
        channels: [
          { id: 'flaky', provider: 'openai-compatible', base_url: flaky.baseUrl, priority: 0 },
          { id: 'steady', provider: 'openai-compatible', base_url: steady.baseUrl, priority: 1 },
        ],
        models: [{ id: 'cb', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'flaky' }, { channel: 'steady' }] }],
      },
    });
    client = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
  });
  afterAll(async () => {
    await gw.close();
    await flaky.close();
    await steady.close();
  });

  const ask = async () => {
    const { data, response } = await client.chat.completions.create({ model: 'cb', messages: [{ role: 'user', content: 'hi' }] }).withResponse();
    return { text: data.choices[0]?.message.content, attempts: response.headers.get('x-nexusflow-attempts') };
  };
  const gauge = async (): Promise<number | undefined> => {
    const headers: Record<string, string> = gw.adminToken ? { authorization: `Bearer ${gw.adminToken}` } : {};
    const text = await (await fetch(`${gw.baseUrl}/metrics`, { headers })).text();
    const line = text.split('\n').find((l) => l.startsWith('nexusflow_channel_circuit_state{channel="flaky",upstream_model="cb"}'));
    return line === undefined ? undefined : Number(line.split(' ').at(-1));
  };

  it('opens after N consecutive failures, skips the channel while open, half-opens with one trial, and closes on success', async () => {
    flaky.setDefault({ kind: 'status', status: 500 });
    // Two failing requests (each answered by the backup) open the circuit.
    for (let i = 0; i < 2; i++) expect(await ask()).toEqual({ text: replyOf('steady'), attempts: '2' });
    expect(flaky.requests).toHaveLength(2);
    expect(await gauge()).toBe(2);
    expect(gw.gateway.services.circuits.snapshot()).toMatchObject([{ channelId: 'flaky', upstreamModel: 'cb', state: 'open', consecutiveFailures: 2 }]);
    expect(gw.gateway.services.circuits.channelState('flaky')).toBe('open');

    // While open the channel is not tried at all: one attempt, straight to the backup.
    for (let i = 0; i < 3; i++) expect(await ask()).toEqual({ text: replyOf('steady'), attempts: null });
    expect(flaky.requests).toHaveLength(2);

    // After the cool-down: one trial; it fails, so the circuit opens again.
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 50));
    expect(await gauge()).toBe(1);
    expect(await ask()).toEqual({ text: replyOf('steady'), attempts: '2' });
    expect(flaky.requests).toHaveLength(3);
    expect(await gauge()).toBe(2);
    expect(await ask()).toEqual({ text: replyOf('steady'), attempts: null });
    expect(flaky.requests).toHaveLength(3);

    // The channel recovers: the next trial succeeds and closes the circuit.
    flaky.setDefault({ kind: 'ok' });
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 50));
    expect(await ask()).toEqual({ text: replyOf('flaky'), attempts: null });
    expect(await gauge()).toBe(0);
    expect(gw.gateway.services.circuits.state('flaky', 'cb')).toBe('closed');
    for (let i = 0; i < 3; i++) expect((await ask()).text).toBe(replyOf('flaky'));
  });

  it('only one trial goes through a half-open circuit at a time', async () => {
    flaky.setDefault({ kind: 'status', status: 500 });
    await ask();
    await ask();
    expect(gw.gateway.services.circuits.state('flaky', 'cb')).toBe('open');
    await new Promise((r) => setTimeout(r, COOLDOWN_MS + 50));
    const before = flaky.requests.length;
    // The trial hangs a little; concurrent requests meanwhile go to the backup.
    flaky.script({ kind: 'ok', delayMs: 300 });
    const results = await Promise.all(Array.from({ length: 5 }, () => ask()));
    expect(flaky.requests.length - before).toBe(1);
    expect(results.filter((r) => r.text === replyOf('flaky'))).toHaveLength(1);
    expect(results.filter((r) => r.text === replyOf('steady'))).toHaveLength(4);
    expect(gw.gateway.services.circuits.state('flaky', 'cb')).toBe('closed');
  });
});
