import pino from 'pino';
import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

interface Line { msg: string; requestId?: string; status?: number; route?: string; method?: string; protocol?: string; keyPrefix?: string; model?: string; errorCode?: string; latencyMs?: number; cost?: number; outcome?: string }

/**
 * #17 item 8: one access-log line per request, whatever happened — before, only billed model
 * requests were logged, so 401s, 404s, 400s, embeddings, images and token counts never appeared.
 */
describe('access log', () => {
  let gw: TestGateway;
  const raw: string[] = [];
  beforeAll(async () => {
    gw = await startTestGateway({ logger: pino({ level: 'info' }, { write: (l: string) => void raw.push(l) }) });
  });
  afterAll(async () => {
    await gw?.close();
  });

  const call = async (method: 'GET' | 'POST', path: string, headers: Record<string, string>, body?: unknown): Promise<{ status: number; requestId: string }> => {
    const res = await request(`${gw.baseUrl}${path}`, { method, headers: { ...(body !== undefined ? { 'content-type': 'application/json' } : {}), ...headers }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
    await res.body.text();
    return { status: res.statusCode, requestId: String(res.headers['x-request-id']) };
  };

  it('writes exactly one line per request with method, route, protocol, status, key prefix, model, latency, request id and error code', async () => {
    const bearer = { authorization: `Bearer ${gw.apiKey}` };
    const cases = [
      await call('POST', '/v1/chat/completions', { authorization: 'Bearer sk-air-wrongwrongwrongwrongwrong0000' }, { model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] }),
      await call('POST', '/v1/nothing-here', bearer, {}),
      await call('POST', '/v1/chat/completions', bearer, { model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }),
      await call('POST', '/v1/chat/completions', bearer, { model: 'qwen-turbo', messages: 'not a list' }),
      await call('POST', '/v1/chat/completions', bearer, { model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }], stream: true }),
      await call('POST', '/v1/embeddings', bearer, { model: 'text-embedding-v4', input: 'hello' }),
      await call('POST', '/v1/messages/count_tokens', { 'x-api-key': gw.apiKey, 'anthropic-version': '2023-06-01' }, { model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] }),
      await call('POST', '/v1beta/models/qwen-turbo:generateContent', { 'x-goog-api-key': gw.apiKey }, { contents: [{ parts: [{ text: 'hi' }] }] }),
      await call('GET', '/v1/models', bearer),
    ];
    expect(cases.map((c) => c.status)).toEqual([401, 404, 404, 400, 200, 200, 200, 200, 200]);
    const lines = raw.map((l) => JSON.parse(l) as Line).filter((l) => l.msg === 'request');
    const of = (id: string): Line[] => lines.filter((l) => l.requestId === id);
    for (const c of cases) expect(of(c.requestId), c.requestId).toHaveLength(1);
    const [unauth, unknownPath, unknownModel, invalid, stream, embed, count, gemini, models] = cases.map((c) => of(c.requestId)[0]!);
    expect(unauth).toMatchObject({ method: 'POST', route: '/v1/chat/completions', protocol: 'openai', status: 401, errorCode: 'invalid_api_key' });
    expect(unknownPath).toMatchObject({ status: 404, errorCode: 'not_found' });
    expect(unknownModel).toMatchObject({ status: 404, model: 'no-such-model', keyPrefix: expect.stringMatching(/^sk-air-/) });
    expect(unknownModel!.errorCode).toMatch(/model/);
    expect(invalid).toMatchObject({ status: 400, errorCode: 'invalid_request' });
    expect(stream).toMatchObject({ status: 200, model: 'qwen-turbo', outcome: 'succeeded', channel: 'simulator' });
    expect(stream!.cost).toBeGreaterThan(0);
    expect(embed).toMatchObject({ status: 200, route: '/v1/embeddings', model: 'text-embedding-v4', outcome: 'succeeded' });
    expect(count).toMatchObject({ status: 200, protocol: 'anthropic' });
    expect(gemini).toMatchObject({ status: 200, protocol: 'gemini', model: 'qwen-turbo' });
    expect(models).toMatchObject({ status: 200, method: 'GET' });
    for (const l of [unauth, stream, embed]) expect(l!.latencyMs).toBeGreaterThanOrEqual(0);
    // The key itself is never logged.
    expect(raw.join('\n')).not.toContain(gw.apiKey);
  });
});
