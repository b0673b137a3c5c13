import { ApiError, FunctionCallingConfigMode, GoogleGenAI, Type, type Content } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_REPLY, fakeUpstreamCatalog, startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

/** The fake upstream's catalog, its models also callable through the Gemini protocol. */
function geminiEnabled(catalog: unknown): unknown {
  const c = catalog as { models: Array<{ supported_protocols: string[] }> };
  return { ...c, models: c.models.map((m) => ({ ...m, supported_protocols: [...m.supported_protocols, 'gemini:generate-content'] })) };
}

/** The official @google/genai SDK through NexusFlow to an openai-compatible channel (a local fake upstream). */
describe('@google/genai SDK → NexusFlow → openai-compatible upstream', () => {
  let up: FakeUpstream;
  let gw: TestGateway;
  let ai: GoogleGenAI;
  const sent = (): Record<string, unknown> => up.requests.at(-1)!.body;

  beforeAll(async () => {
    up = await startFakeOpenAIUpstream();
    gw = await startTestGateway({ catalog: geminiEnabled(fakeUpstreamCatalog(up.baseUrl)), env: { FAKE_UPSTREAM_KEY: 'upstream-secret' }, routing: SINGLE_ATTEMPT });
    ai = new GoogleGenAI({ apiKey: gw.apiKey, httpOptions: { baseUrl: gw.baseUrl, apiVersion: 'v1beta' } });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('translates the request to Chat Completions and the usage back to Gemini fields', async () => {
    const res = await ai.models.generateContent({
      model: 'up-ok',
      contents: 'Hi',
      config: { systemInstruction: 'Be brief.', maxOutputTokens: 50, stopSequences: ['END'], temperature: 0.3, topP: 0.8, seed: 7 },
    });
    expect(res.text).toBe(FAKE_REPLY);
    expect(res.candidates?.[0]?.finishReason).toBe('STOP');
    // OpenAI: prompt 11 incl. 3 cached, completion 7 incl. 2 reasoning → Gemini: candidates exclude thinking.
    expect(res.usageMetadata).toEqual({ promptTokenCount: 11, candidatesTokenCount: 5, cachedContentTokenCount: 3, thoughtsTokenCount: 2, totalTokenCount: 18 });
    const body = sent();
    expect(up.requests.at(-1)!.headers.authorization).toBe('Bearer upstream-secret');
    expect(body.model).toBe('fake-ok');
    expect(body.messages).toEqual([{ role: 'system', content: 'Be brief.' }, { role: 'user', content: 'Hi' }]);
    expect(body).toMatchObject({ max_completion_tokens: 50, stop: ['END'], temperature: 0.3, top_p: 0.8, seed: 7 });
  });

  it('sends Gemini declarations as JSON Schema tools and ANY + one name as a forced tool choice', async () => {
    await ai.models.generateContent({
      model: 'up-ok',
      contents: 'Weather?',
      config: {
        tools: [{ functionDeclarations: [{ name: 'get_weather', description: 'Weather', parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING }, days: { type: Type.INTEGER, nullable: true } }, required: ['city'] } }] }],
        toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: ['get_weather'] } },
      },
    });
    const body = sent();
    expect(body.tools).toEqual([{ type: 'function', function: { name: 'get_weather', description: 'Weather', parameters: { type: 'object', properties: { city: { type: 'string' }, days: { type: ['integer', 'null'] } }, required: ['city'] } } }]);
    expect(body.tool_choice).toEqual({ type: 'function', function: { name: 'get_weather' } });
  });

  it('function calling round trip with parallel calls streamed in fragments', async () => {
    const tools = [{ functionDeclarations: [{ name: 'get_weather', parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING } } } }] }];
    const contents: Content[] = [{ role: 'user', parts: [{ text: 'weather?' }] }];
    const parts = [];
    let finish: string | undefined;
    for await (const chunk of await ai.models.generateContentStream({ model: 'up-tools', contents, config: { tools } })) {
      parts.push(...(chunk.candidates?.[0]?.content?.parts ?? []));
      finish = chunk.candidates?.[0]?.finishReason ?? finish;
    }
    const calls = parts.filter((p) => p.functionCall).map((p) => p.functionCall!);
    expect(calls).toEqual([{ id: 'call_a', name: 'get_weather', args: { city: 'Paris' } }, { id: 'call_b', name: 'get_weather', args: { city: 'Tokyo' } }]);
    expect(finish).toBe('STOP');

    // Non-streamed too, then the results (without ids, as many Gemini clients send them) go back.
    const res = await ai.models.generateContent({ model: 'up-tools', contents, config: { tools } });
    expect(res.functionCalls?.map((c) => c.args)).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);
    contents.push(res.candidates![0]!.content!);
    contents.push({ role: 'user', parts: [{ functionResponse: { name: 'get_weather', response: { temp: 18 } } }, { functionResponse: { name: 'get_weather', response: { temp: 25 } } }] });
    const answer = await ai.models.generateContent({ model: 'up-ok', contents, config: { tools } });
    expect(answer.text).toBe(FAKE_REPLY);
    const messages = sent().messages as Array<Record<string, unknown>>;
    expect(messages[1]).toMatchObject({ role: 'assistant', tool_calls: [
      { id: 'call_a', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Paris"}' } },
      { id: 'call_b', type: 'function', function: { name: 'get_weather', arguments: '{"city":"Tokyo"}' } },
    ] });
    // Responses keyed by name are matched to the calls in order.
    expect(messages.slice(2)).toEqual([{ role: 'tool', tool_call_id: 'call_a', content: '{"temp":18}' }, { role: 'tool', tool_call_id: 'call_b', content: '{"temp":25}' }]);
  });

  it('streams text with usage on the final chunk, and always asks the upstream for usage', async () => {
    let text = '';
    let usage;
    for await (const chunk of await ai.models.generateContentStream({ model: 'up-ok', contents: 'Hi' })) {
      text += chunk.text ?? '';
      usage = chunk.usageMetadata ?? usage;
    }
    expect(text).toBe(FAKE_REPLY);
    expect(usage?.totalTokenCount).toBe(18);
    expect(sent().stream_options).toEqual({ include_usage: true });
  });

  it('estimates usage for a usage-less upstream rather than reporting nothing', async () => {
    const res = await ai.models.generateContent({ model: 'up-no-usage', contents: 'Hi' });
    expect(res.usageMetadata?.promptTokenCount).toBeGreaterThan(0);
    expect(res.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
  });

  it('maps upstream failures to Gemini errors', async () => {
    const ask = (model: string) => failure(ai.models.generateContent({ model, contents: 'x' }));
    const e500 = await ask('up-500');
    expect(e500.status).toBe(502);
    expect(JSON.parse(e500.message)).toMatchObject({ error: { code: 502, status: 'UNAVAILABLE' } });
    const e429 = await ask('up-429');
    expect(e429.status).toBe(429);
    expect(e429.message).toContain('RESOURCE_EXHAUSTED');
    const e400 = await ask('up-400');
    expect(e400.status).toBe(400);
    expect(e400.message).toContain('upstream says 400');
    expect(await ask('up-hang')).toMatchObject({ status: 504 });
    expect((await ask('up-malformed')).status).toBe(502);
  });

  it('raises a mid-stream failure as an ApiError from the stream', async () => {
    for (const model of ['up-cut', 'up-malformed']) {
      const stream = await ai.models.generateContentStream({ model, contents: 'x' });
      let text = '';
      const err = await (async () => {
        for await (const chunk of stream) text += chunk.text ?? '';
      })().catch((e: unknown) => e);
      expect(err, model).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(502);
      expect((err as ApiError).message).toContain('UNAVAILABLE');
      if (model === 'up-cut') expect(text).toBe('Hello ');
    }
  });
});
