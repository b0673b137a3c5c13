import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tooDeepAt } from '../../server/limits/json-depth.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/** A JSON schema nested `depth` levels through `properties.a`, as JSON text (JSON.stringify itself overflows at 10,000). */
function deepSchema(depth: number): string {
  return `${'{"type":"object","properties":{"a":'.repeat(depth)}{"type":"string"}${'}}'.repeat(depth)}`;
}

/** `body` as JSON with every `"$DEEP"` string replaced by `deep` (JSON text). */
const withDeep = (body: unknown, deep: string): string => JSON.stringify(body).replace('"$DEEP"', deep);

describe('tooDeepAt', () => {
  it('counts only structure: brackets inside strings, escaped quotes and backslashes do not count', () => {
    expect(tooDeepAt('{"a":"[[[[{{{{","b":"x\\"[[[[","c":"\\\\"}', 2)).toBeUndefined();
    expect(tooDeepAt('[[[1]]]', 3)).toBeUndefined();
    expect(tooDeepAt('[[[[1]]]]', 3)).toBe('[0][0][0]');
    expect(tooDeepAt('{"tools":[{"x":1},{"function":{"parameters":{"p":{}}}}]}', 4)).toBe('tools[1].function.parameters');
    expect(tooDeepAt('{"a":"unterminated', 2)).toBeUndefined();
  });
});

/**
 * #17 item 6: a tool schema (or a task input) nested 10,000 levels used to answer 500 on every
 * protocol (a stack overflow in the prompt-token estimate and the generated Gemini validator).
 * Now it is a 400 in the caller's protocol shape naming where the body went too deep.
 */
describe('deeply nested request bodies', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  const post = async (path: string, headers: Record<string, string>, body: unknown, deep = ''): Promise<{ status: number; json: Record<string, unknown> }> => {
    const res = await request(`${gw.baseUrl}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: withDeep(body, deep) });
    return { status: res.statusCode, json: (await res.body.json()) as Record<string, unknown> };
  };

  it('10,000 levels: 400 naming the parameter on OpenAI, Anthropic, Gemini and tasks; the gateway keeps serving', async () => {
    const deep = deepSchema(10_000);
    const openai = await post('/v1/chat/completions', { authorization: `Bearer ${gw.apiKey}` }, {
      model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function', function: { name: 'f', parameters: '$DEEP' } }],
    }, deep);
    expect(openai.status).toBe(400);
    const oe = openai.json.error as { type: string; param: string; message: string };
    expect(oe.type).toBe('invalid_request_error');
    expect(oe.param).toMatch(/^tools\[0\]\.function\.parameters\.properties\.a/);
    expect(oe.message).toContain('nests deeper than 128 levels');

    const anthropic = await post('/v1/messages', { 'x-api-key': gw.apiKey, 'anthropic-version': '2023-06-01' }, {
      model: 'qwen-turbo', max_tokens: 16, messages: [{ role: 'user', content: 'hi' }], tools: [{ name: 'f', input_schema: '$DEEP' }],
    }, deep);
    expect(anthropic.status).toBe(400);
    expect(anthropic.json).toMatchObject({ type: 'error', error: { type: 'invalid_request_error' } });
    expect((anthropic.json.error as { message: string }).message).toContain('tools[0].input_schema');

    const gemini = await post('/v1beta/models/qwen-turbo:generateContent', { 'x-goog-api-key': gw.apiKey }, {
      contents: [{ role: 'user', parts: [{ text: 'hi' }] }], tools: [{ functionDeclarations: [{ name: 'f', parameters: '$DEEP' }] }],
    }, deep);
    expect(gemini.status).toBe(400);
    expect(gemini.json).toMatchObject({ error: { code: 400, status: 'INVALID_ARGUMENT' } });

    const task = await post('/v1/tasks', { authorization: `Bearer ${gw.apiKey}` }, { model: 'wan2.6-t2v', input: { prompt: 'x', extra: '$DEEP' } }, deep);
    expect(task.status).toBe(400);
    expect(JSON.stringify(task.json)).toContain('nests deeper');

    const ok = await post('/v1/chat/completions', { authorization: `Bearer ${gw.apiKey}` }, { model: 'qwen-turbo', messages: [{ role: 'user', content: 'still here?' }] });
    expect(ok.status).toBe(200);
  });

  it('a schema nested 40 levels (deep but real) is served', async () => {
    const res = await post('/v1/chat/completions', { authorization: `Bearer ${gw.apiKey}` }, {
      model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }], tools: [{ type: 'function', function: { name: 'f', parameters: '$DEEP' } }],
    }, deepSchema(40));
    expect(res.status).toBe(200);
  });
});
