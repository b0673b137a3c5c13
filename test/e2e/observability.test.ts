import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

describe('cost headers, trailers and Prometheus metrics', () => {
  let gw: TestGateway;
  const post = (body: unknown) => request(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body) });

  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw.close();
  });

  it('a streamed response carries its charged cost as an HTTP trailer, equal to the usage record', async () => {
    const res = await post({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'Hello!' }], stream: true });
    expect(res.headers['content-type']).toContain('text/event-stream');
    expect(res.headers.trailer).toBe('x-nexusflow-cost');
    const text = await res.body.text();
    expect(text.trimEnd().endsWith('data: [DONE]')).toBe(true);
    const cost = res.trailers['x-nexusflow-cost'];
    expect(Number(cost)).toBeGreaterThan(0);
    await gw.gateway.services.usage.flush();
    const rec = await gw.store.getUsage(String(res.headers['x-request-id']));
    expect(rec?.cost).toBe(Math.round(Number(cost) * 1_000_000));
    expect(rec?.status).toBe('succeeded');
    expect(rec?.ttftMs).toBeGreaterThanOrEqual(0);
  });

  it('Anthropic and Gemini streams carry the cost trailer too (#17 item 2), equal to the usage record', async () => {
    const streams = [
      { url: '/v1/messages', headers: { 'x-api-key': gw.apiKey, 'anthropic-version': '2023-06-01' }, body: { model: 'qwen-turbo', max_tokens: 64, messages: [{ role: 'user', content: 'Hello!' }], stream: true } },
      { url: '/v1beta/models/qwen-turbo:streamGenerateContent?alt=sse', headers: { 'x-goog-api-key': gw.apiKey }, body: { contents: [{ role: 'user', parts: [{ text: 'Hello!' }] }] } },
    ];
    for (const s of streams) {
      const res = await request(`${gw.baseUrl}${s.url}`, { method: 'POST', headers: { ...s.headers, 'content-type': 'application/json' }, body: JSON.stringify(s.body) });
      expect(res.statusCode, s.url).toBe(200);
      expect(res.headers['content-type']).toContain('text/event-stream');
      expect(res.headers.trailer, s.url).toBe('x-nexusflow-cost');
      await res.body.text();
      const cost = res.trailers['x-nexusflow-cost'];
      expect(Number(cost), s.url).toBeGreaterThan(0);
      const rec = await gw.store.getUsage(String(res.headers['x-request-id']));
      expect(rec?.cost, s.url).toBe(Math.round(Number(cost) * 1_000_000));
    }
  });

  it('counts requests by protocol, model, channel and status, streams included, with tokens and cost', async () => {
    await (await post({ model: 'qwen3-max', messages: [{ role: 'user', content: 'one' }] })).body.text();
    await (await post({ model: 'qwen3-max', messages: [{ role: 'user', content: 'two' }], stream: true })).body.text();
    await (await post({ model: 'nope', messages: [{ role: 'user', content: 'x' }] })).body.text();
    // The test gateway has an admin token, which guards /metrics.
    const res = await request(`${gw.baseUrl}/metrics`, { headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(res.statusCode).toBe(200);
    const text = await res.body.text();
    const count = (labels: RegExp): number => text.split('\n').filter((l) => l.startsWith('nexusflow_requests_total{') && labels.test(l)).reduce((s, l) => s + Number(l.split(' ').at(-1)), 0);
    expect(count(/protocol="openai".*model="qwen3-max".*channel="simulator".*status="200"/)).toBe(2);
    expect(count(/status="404"/)).toBe(1);
    expect(text).toMatch(/nexusflow_tokens_total\{model="qwen3-max",bucket="output"\} [1-9]/);
    expect(text).toMatch(/nexusflow_cost_microcredits_total\{model="qwen3-max"\} [1-9]/);
    expect(text).toMatch(/nexusflow_open_streams 0/);
    expect(text).toMatch(/nexusflow_holds_outstanding 0/);
    expect(text).toMatch(/nexusflow_time_to_first_token_seconds_count\{model="qwen3-max"\} 1/);
  });
});
