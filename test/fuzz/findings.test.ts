import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * Regressions for what contract fuzzing found, pinned down by hand so they stay fixed whatever
 * the fuzzer's seed happens to generate.
 */
describe('contract-fuzzing findings', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  const post = (path: string, body: unknown) => fetch(`${gw.baseUrl}${path}`, {
    method: 'POST', headers: { authorization: `Bearer ${gw.apiKey}`, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });

  it('accepts a custom tool call in the assistant history (was a 500: the decoder read call.function)', async () => {
    const res = await post('/v1/chat/completions', {
      model: 'qwen-turbo',
      messages: [
        { role: 'user', content: 'Run it.' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'custom', custom: { name: 'shell', input: 'ls -la' } }] },
        { role: 'tool', tool_call_id: 'call_1', content: 'total 0' },
      ],
    });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { object: string }).object).toBe('chat.completion');
  });

  it('lets a path parameter as long as the spec allows reach the handler (was 414 from the router)', async () => {
    const res = await fetch(`${gw.baseUrl}/v1/tasks/${'t'.repeat(128)}`, { headers: { authorization: `Bearer ${gw.apiKey}` } });
    expect(res.status).toBe(404);
    expect(await res.json()).toMatchObject({ error: { code: 'not_found' } });
  });

  it('answers what the router refuses in the protocol error shape (was fastify\'s own body)', async () => {
    const long = await fetch(`${gw.baseUrl}/v1/tasks/${'t'.repeat(300)}`, { headers: { authorization: `Bearer ${gw.apiKey}` } });
    expect(long.status).toBe(400);
    expect(await long.json()).toMatchObject({ error: { type: 'invalid_request_error', code: 'invalid_request' } });

    const badEscape = await fetch(`${gw.baseUrl}/v1beta/models/%E0%A4%A:generateContent`, { method: 'POST', headers: { 'x-goog-api-key': gw.apiKey, 'content-type': 'application/json' }, body: '{}' });
    expect(badEscape.status).toBe(400);
    expect(await badEscape.json()).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });
  });
});
