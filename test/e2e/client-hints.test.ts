import { connect } from 'node:net';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../server/auth/api-key-secret.js';
import { RATE_WINDOW_MS } from '../../server/routing/rate-limiter.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** Writes raw bytes on a fresh connection and returns what came back before the server closed it. */
async function raw(baseUrl: string, bytes: string): Promise<{ status: number; headers: Record<string, string>; body: unknown }> {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  let text = '';
  socket.on('data', (d: Buffer) => (text += d.toString('utf8')));
  socket.on('error', () => undefined);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  socket.write(bytes);
  await new Promise<void>((r) => socket.once('close', () => r()));
  const [head = '', body = ''] = text.split('\r\n\r\n');
  const [statusLine = '', ...lines] = head.split('\r\n');
  const headers = Object.fromEntries(lines.map((l) => [l.slice(0, l.indexOf(':')).toLowerCase(), l.slice(l.indexOf(':') + 1).trim()]));
  return { status: Number(statusLine.split(' ')[1]), headers, body: JSON.parse(body) as unknown };
}

/** Items 1, 7 and 11 of issue #17: retry hints, errors below the routes, the root page. */
describe('what real clients read besides the body', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ limits: { headerBytes: 4096 } });
  });
  afterAll(async () => {
    await gw.close();
  });

  const cases: { protocol: string; path: string; headers: Record<string, string>; body: unknown }[] = [
    { protocol: 'openai', path: '/v1/chat/completions', headers: { authorization: 'Bearer sk-wrong' }, body: { model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] } },
    { protocol: 'anthropic', path: '/v1/messages', headers: { 'x-api-key': 'sk-wrong', 'anthropic-version': '2023-06-01' }, body: { model: 'qwen-turbo', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] } },
    { protocol: 'gemini', path: '/v1beta/models/qwen-turbo:generateContent', headers: { 'x-goog-api-key': 'sk-wrong' }, body: { contents: [{ parts: [{ text: 'hi' }] }] } },
  ];
  it.each(cases)('$protocol: a wrong key says x-should-retry: false, with request ids', async ({ path, headers, body }) => {
    const res = await fetch(`${gw.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
    expect([400, 401]).toContain(res.status);
    expect(res.headers.get('x-should-retry')).toBe('false');
    expect(res.headers.get('x-request-id')).toMatch(/^req_/);
    expect(res.headers.get('request-id')).toBe(res.headers.get('x-request-id'));
  });

  it('an unknown model (404) and a bad body (400) say x-should-retry: false', async () => {
    const openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const missing = await openai.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'hi' }] }).then(() => { throw new Error('expected a 404'); }, (e: unknown) => e as InstanceType<typeof OpenAI.APIError>);
    expect(missing.status).toBe(404);
    expect(missing.headers?.get('x-should-retry')).toBe('false');
    expect(missing.requestID).toMatch(/^req_/);
    const bad = await fetch(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body: '{"model":' });
    expect(bad.status).toBe(400);
    expect(bad.headers.get('x-should-retry')).toBe('false');
  });

  it('the Anthropic SDK gives up on a wrong key at once and reports the request id', async () => {
    let requests = 0;
    const client = new Anthropic({
      apiKey: 'sk-wrong', baseURL: gw.baseUrl, maxRetries: 5,
      fetch: async (url, init) => {
        requests++;
        return fetch(url, init);
      },
    });
    const err = await client.messages.create({ model: 'qwen-turbo', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }).then(() => { throw new Error('expected a 401'); }, (e: unknown) => e as InstanceType<typeof Anthropic.APIError>);
    expect(err.status).toBe(401);
    expect(err.requestID).toMatch(/^req_/);
    expect(requests).toBe(1);
  });

  it('a rate-limited key gets 429 with x-should-retry: true and retry-after', async () => {
    const into = Date.now() % RATE_WINDOW_MS;
    if (into > RATE_WINDOW_MS - 5000) await new Promise((r) => setTimeout(r, RATE_WINDOW_MS - into + 50));
    const secret = generateApiKeySecret();
    const now = Date.now();
    await gw.store.createApiKey({ id: `key_hint_${now}`, hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: gw.accountId, name: 't', status: 'active', spent: 0, rateLimits: { requestsPerMinute: 1 }, createdAt: now, updatedAt: now });
    const ask = () => fetch(`${gw.baseUrl}/v1/messages`, { method: 'POST', headers: { 'x-api-key': secret, 'anthropic-version': '2023-06-01', 'content-type': 'application/json' }, body: JSON.stringify({ model: 'qwen-turbo', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }] }) });
    expect((await ask()).status).toBe(200);
    const limited = await ask();
    expect(limited.status).toBe(429);
    expect(limited.headers.get('x-should-retry')).toBe('true');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('HEAD / and GET / answer 200 with the gateway\'s name, version and links', async () => {
    const head = await fetch(`${gw.baseUrl}/`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const res = await fetch(`${gw.baseUrl}/`);
    expect(res.status).toBe(200);
    const info = (await res.json()) as { name: string; version: string; links: Record<string, string> };
    expect(info.name).toBe('NexusFlow');
    expect(info.version).toMatch(/^\d+\.\d+\.\d+/);
    expect(Object.keys(info.links)).toEqual(expect.arrayContaining(['openai', 'anthropic', 'gemini', 'docs']));
  });

  it('bad header bytes get a 400 in the shape of the path\'s protocol, not fastify\'s', async () => {
    const bad = 'x-bad: a\u0001b\r\n';
    const anthropic = await raw(gw.baseUrl, `POST /v1/messages HTTP/1.1\r\nhost: x\r\nanthropic-version: 2023-06-01\r\n${bad}\r\n`);
    expect(anthropic.status).toBe(400);
    expect(anthropic.body).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect(anthropic.headers['request-id']).toMatch(/^req_/);
    expect(anthropic.headers['x-should-retry']).toBe('false');
    const gemini = await raw(gw.baseUrl, `POST /v1beta/models/x:generateContent HTTP/1.1\r\nhost: x\r\n${bad}\r\n`);
    expect(gemini.body).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
    const openai = await raw(gw.baseUrl, `POST /v1/chat/completions HTTP/1.1\r\nhost: x\r\n${bad}\r\n`);
    expect(openai.body).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_request' } });
  });

  it('headers over the limit get a 431 in the protocol\'s shape', async () => {
    const big = `x-padding: ${'y'.repeat(5000)}\r\n`;
    const anthropic = await raw(gw.baseUrl, `POST /v1/messages HTTP/1.1\r\nhost: x\r\nanthropic-version: 2023-06-01\r\n${big}\r\n`);
    expect(anthropic.status).toBe(431);
    expect(anthropic.body).toMatchObject({ type: 'error', error: { type: 'request_too_large' } });
    const gemini = await raw(gw.baseUrl, `GET /v1beta/models HTTP/1.1\r\nhost: x\r\n${big}\r\n`);
    expect(gemini.status).toBe(431);
    expect(gemini.body).toMatchObject({ error: { code: 431, status: 'INVALID_ARGUMENT' } });
  });
});
