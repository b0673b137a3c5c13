import { ApiError, FunctionCallingConfigMode, GoogleGenAI, Type, type Content, type FunctionDeclaration } from '@google/genai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const weather: FunctionDeclaration = {
  name: 'get_weather',
  description: 'Current weather for a city.',
  parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING } }, required: ['city'] },
};

function client(gw: TestGateway, apiKey = gw.apiKey): GoogleGenAI {
  return new GoogleGenAI({ apiKey, httpOptions: { baseUrl: gw.baseUrl, apiVersion: 'v1beta' } });
}

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

/** The official @google/genai SDK against a listening gateway whose models are served by the simulator. */
describe('@google/genai SDK → NexusFlow (simulator channel)', () => {
  let gw: TestGateway;
  let ai: GoogleGenAI;

  beforeAll(async () => {
    gw = await startTestGateway();
    ai = client(gw);
  });
  afterAll(async () => {
    await gw.close();
  });

  it('generateContent: the docs call, with usage, model and provider headers', async () => {
    const res = await ai.models.generateContent({ model: 'qwen-turbo', contents: 'Hello!' });
    expect(res.text).toContain('You said: "Hello!"');
    expect(res.candidates?.[0]?.finishReason).toBe('STOP');
    expect(res.modelVersion).toBe('qwen-turbo');
    expect(res.responseId).toBeTruthy();
    const u = res.usageMetadata!;
    expect(u.promptTokenCount).toBeGreaterThan(0);
    expect(u.candidatesTokenCount).toBeGreaterThan(0);
    expect(u.totalTokenCount).toBe(u.promptTokenCount! + u.candidatesTokenCount!);
    expect(res.sdkHttpResponse?.headers?.['x-nexusflow-provider']).toBe('simulator');
    expect(Number(res.sdkHttpResponse?.headers?.['x-nexusflow-cost'])).toBeGreaterThan(0);
  });

  it('applies systemInstruction and generationConfig (stop sequences, max tokens)', async () => {
    const res = await ai.models.generateContent({
      model: 'qwen3-max',
      contents: 'Tell me a story',
      config: { systemInstruction: 'Be brief.', stopSequences: ['simulator'], maxOutputTokens: 50, temperature: 0.2 },
    });
    expect(res.text).toBe('Hello from the NexusFlow ');
    expect(res.candidates?.[0]?.finishReason).toBe('STOP');
    const capped = await ai.models.generateContent({ model: 'qwen3-max', contents: 'Tell me a long story about many things', config: { maxOutputTokens: 3 } });
    expect(capped.candidates?.[0]?.finishReason).toBe('MAX_TOKENS');
  });

  it('generateContentStream: deltas, finishReason and usage on the final chunk', async () => {
    const stream = await ai.models.generateContentStream({ model: 'qwen-turbo', contents: 'Hello!' });
    let text = '';
    const chunks = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      text += chunk.text ?? '';
    }
    expect(chunks.length).toBeGreaterThan(2);
    expect(text).toContain('You said: "Hello!"');
    const last = chunks.at(-1)!;
    expect(last.candidates?.[0]?.finishReason).toBe('STOP');
    expect(last.usageMetadata?.promptTokenCount).toBeGreaterThan(0);
    expect(last.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    for (const c of chunks.slice(0, -1)) {
      expect(c.usageMetadata).toBeUndefined();
      expect(c.candidates?.[0]?.finishReason).toBeUndefined();
      expect(c.modelVersion).toBe('qwen-turbo');
    }
  });

  it('frames the stream exactly as @google/genai needs it (data lines only, blank line after the last, no [DONE])', async () => {
    const res = await fetch(`${gw.baseUrl}/v1beta/models/qwen-turbo:streamGenerateContent?alt=sse`, {
      method: 'POST',
      headers: { 'x-goog-api-key': gw.apiKey, 'content-type': 'application/json' },
      body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'Hi' }] }] }),
    });
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const body = await res.text();
    expect(body.endsWith('\n\n')).toBe(true);
    expect(body).not.toContain('event:');
    expect(body).not.toContain('[DONE]');
    const frames = body.split('\n\n').filter((f) => f !== '');
    for (const f of frames) {
      expect(f.split('\n')).toHaveLength(1);
      expect(f.startsWith('data: ')).toBe(true);
      JSON.parse(f.slice(6));
    }
  });

  it('function calling round trip with parallel calls, then the answer to the function responses', async () => {
    const tools = [{ functionDeclarations: [weather] }];
    const contents: Content[] = [{ role: 'user', parts: [{ text: 'Weather in two cities, please' }] }];
    const res = await ai.models.generateContent({ model: 'qwen3-max', contents, config: { tools } });
    const calls = res.functionCalls ?? [];
    expect(calls).toHaveLength(2);
    expect(res.candidates?.[0]?.finishReason).toBe('STOP');
    for (const c of calls) {
      expect(c.name).toBe('get_weather');
      expect(c.args).toHaveProperty('city');
      expect(c.id).toMatch(/^call_/);
    }
    contents.push(res.candidates![0]!.content!);
    // Function responses without ids: matched to the calls by name and order, as Gemini does.
    contents.push({ role: 'user', parts: calls.map((c, i) => ({ functionResponse: { name: c.name!, response: { temperature_c: 18 + i } } })) });
    const answer = await ai.models.generateContent({ model: 'qwen3-max', contents, config: { tools } });
    expect(answer.text).toContain('The tool returned');
    expect(answer.text).toContain('temperature_c');
    expect(answer.functionCalls).toBeUndefined();
  });

  it('streams function calls as whole functionCall parts (Gemini has no partial arguments)', async () => {
    const stream = await ai.models.generateContentStream({
      model: 'qwen3-max',
      contents: 'Weather in Paris and Tokyo, both please',
      config: { tools: [{ functionDeclarations: [weather] }], toolConfig: { functionCallingConfig: { mode: FunctionCallingConfigMode.ANY, allowedFunctionNames: ['get_weather'] } } },
    });
    const calls = [];
    let finish: string | undefined;
    for await (const chunk of stream) {
      calls.push(...(chunk.functionCalls ?? []));
      finish = chunk.candidates?.[0]?.finishReason ?? finish;
    }
    expect(calls).toHaveLength(2);
    for (const c of calls) expect(typeof (c.args as { city?: unknown }).city).toBe('string');
    expect(finish).toBe('STOP');
  });

  it('ai.chats keeps the history across turns', async () => {
    const chat = ai.chats.create({ model: 'qwen-turbo' });
    const first = await chat.sendMessage({ message: 'First message' });
    expect(first.text).toContain('First message');
    const second = await chat.sendMessage({ message: 'Second message' });
    expect(second.text).toContain('Second message');
    expect(chat.getHistory()).toHaveLength(4);
  });

  it('returns thoughts only when includeThoughts is set, and counts them in thoughtsTokenCount', async () => {
    const withThoughts = await ai.models.generateContent({ model: 'qwen3-max', contents: 'Why is the sky blue?', config: { thinkingConfig: { includeThoughts: true } } });
    const parts = withThoughts.candidates?.[0]?.content?.parts ?? [];
    expect(parts[0]?.thought).toBe(true);
    expect(parts[0]?.text).toContain('Considering');
    expect(parts.some((p) => p.thoughtSignature)).toBe(true);
    expect(withThoughts.text).toContain('You said');
    expect(withThoughts.usageMetadata?.thoughtsTokenCount).toBeGreaterThan(0);

    const hidden = await ai.models.generateContent({ model: 'qwen3-max', contents: 'Why is the sky blue?', config: { thinkingConfig: { thinkingBudget: 512 } } });
    const hiddenParts = hidden.candidates?.[0]?.content?.parts ?? [];
    expect(hiddenParts.some((p) => p.thought)).toBe(false);
    // The signature rides on the answer part, so the next turn can send it back.
    expect(hiddenParts[0]?.thoughtSignature).toMatch(/^sim-sig-/);
    expect(hidden.usageMetadata?.thoughtsTokenCount).toBeGreaterThan(0);
    const u = hidden.usageMetadata!;
    expect(u.totalTokenCount).toBe(u.promptTokenCount! + u.candidatesTokenCount! + u.thoughtsTokenCount!);

    const stream = await ai.models.generateContentStream({ model: 'qwen3-max', contents: 'Why?', config: { thinkingConfig: { includeThoughts: true } } });
    let thoughts = '';
    let answer = '';
    for await (const chunk of stream) {
      for (const p of chunk.candidates?.[0]?.content?.parts ?? []) {
        if (p.thought) thoughts += p.text ?? '';
        else answer += p.text ?? '';
      }
    }
    expect(thoughts).toContain('Considering');
    expect(answer).toContain('You said');
  });

  it('countTokens matches the prompt tokens generateContent bills', async () => {
    const contents = 'How many tokens are in this sentence?';
    const counted = await ai.models.countTokens({ model: 'qwen-turbo', contents });
    expect(counted.totalTokens).toBeGreaterThan(0);
    const res = await ai.models.generateContent({ model: 'qwen-turbo', contents });
    expect(res.usageMetadata?.promptTokenCount).toBe(counted.totalTokens);
  });

  it('embedContent (batchEmbedContents) returns one vector per text', async () => {
    const res = await ai.models.embedContent({ model: 'text-embedding-v4', contents: ['The quick brown fox', 'jumps over the lazy dog'], config: { outputDimensionality: 32 } });
    expect(res.embeddings).toHaveLength(2);
    for (const e of res.embeddings ?? []) expect(e.values).toHaveLength(32);
  });

  it('lists and gets models in Gemini shape', async () => {
    const pager = await ai.models.list({ config: { pageSize: 2 } });
    const names: string[] = [];
    for await (const m of pager) names.push(m.name ?? '');
    expect(names).toContain('models/qwen-turbo');
    expect(names).toContain('models/text-embedding-v4');
    const model = await ai.models.get({ model: 'qwen-turbo' });
    expect(model.name).toBe('models/qwen-turbo');
    expect(model.supportedActions).toEqual(expect.arrayContaining(['generateContent', 'countTokens']));
    expect(model.inputTokenLimit).toBe(131_072);
    expect(model.outputTokenLimit).toBe(16_384);
    expect(await failure(ai.models.get({ model: 'nope' }))).toMatchObject({ status: 404 });
  });

  it('answers a bad key with 400 INVALID_ARGUMENT / API_KEY_INVALID, and accepts ?key=', async () => {
    const err = await failure(client(gw, 'sk-air-notarealkeynotarealkey').models.generateContent({ model: 'qwen-turbo', contents: 'x' }));
    expect(err.status).toBe(400);
    const body = JSON.parse(err.message) as { error: { code: number; status: string; details: Array<{ reason: string }> } };
    expect(body.error.status).toBe('INVALID_ARGUMENT');
    expect(body.error.details[0]?.reason).toBe('API_KEY_INVALID');

    const viaQuery = await fetch(`${gw.baseUrl}/v1beta/models/qwen-turbo:generateContent?key=${gw.apiKey}`, {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ contents: [{ parts: [{ text: 'Hi' }] }] }),
    });
    expect(viaQuery.status).toBe(200);
    const none = await fetch(`${gw.baseUrl}/v1beta/models/qwen-turbo:generateContent`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contents":[]}' });
    expect(none.status).toBe(400);
    expect(((await none.json()) as { error: { details: Array<{ reason: string }> } }).error.details[0]?.reason).toBe('API_KEY_INVALID');
  });

  it('answers an unknown model with 404 NOT_FOUND and a bad request with 400 INVALID_ARGUMENT', async () => {
    const missing = await failure(ai.models.generateContent({ model: 'no-such-model', contents: 'x' }));
    expect(missing.status).toBe(404);
    expect(missing.message).toContain('NOT_FOUND');
    const badRole = await failure(ai.models.generateContent({ model: 'qwen-turbo', contents: [{ role: 'assistant', parts: [{ text: 'x' }] }] }));
    expect(badRole.status).toBe(400);
    expect(badRole.message).toContain('contents[0].role');
    const badTemp = await failure(ai.models.generateContentStream({ model: 'qwen-turbo', contents: 'x', config: { temperature: 7 } }));
    expect(badTemp.status).toBe(400);
    const notGemini = await failure(ai.models.generateContent({ model: 'text-embedding-v4', contents: 'x' }));
    expect(notGemini.status).toBe(400);
    expect(notGemini.message).toContain('gemini:generate-content');
  });

  it('accepts snake_case field names and checks them like camelCase ones', async () => {
    const post = (body: unknown) => fetch(`${gw.baseUrl}/v1beta/models/qwen3-max:generateContent`, { method: 'POST', headers: { 'x-goog-api-key': gw.apiKey, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    const ok = await post({ contents: [{ role: 'user', parts: [{ text: 'Tell me a story' }] }], system_instruction: { parts: [{ text: 'Be brief.' }] }, generation_config: { stop_sequences: ['simulator'] } });
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { candidates: Array<{ content: { parts: Array<{ text: string }> } }> };
    expect(body.candidates[0]?.content.parts[0]?.text).toBe('Hello from the NexusFlow ');
    const bad = await post({ contents: [{ role: 'user', parts: [{ text: 'x' }] }], generation_config: { max_output_tokens: 0 } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: { message: string } }).error.message).toContain('generationConfig.maxOutputTokens');
  });
});

describe('@google/genai SDK → NexusFlow with an empty balance', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ balanceMicro: 0 });
  });
  afterAll(async () => {
    await gw.close();
  });

  it('answers 429 RESOURCE_EXHAUSTED, streaming or not', async () => {
    const ai = client(gw);
    for (const call of [ai.models.generateContent({ model: 'qwen-turbo', contents: 'x' }), ai.models.generateContentStream({ model: 'qwen-turbo', contents: 'x' })]) {
      const err = await failure(call);
      expect(err.status).toBe(429);
      expect(err.message).toContain('RESOURCE_EXHAUSTED');
    }
  });
});
