import { ApiError, GoogleGenAI, Type, type Content } from '@google/genai';
import Anthropic from '@anthropic-ai/sdk';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FAKE_GEMINI_REPLY, FAKE_SIGNATURE, fakeGeminiCatalog, startFakeGeminiUpstream, type FakeGeminiUpstream } from '../support/fake-gemini-upstream.js';
import { SINGLE_ATTEMPT, startTestGateway, type TestGateway } from '../support/gateway.js';
import { waitFor } from '../support/wait.js';

async function failure(p: Promise<unknown>): Promise<ApiError> {
  const err = await p.then(() => undefined, (e: unknown) => e);
  expect(err).toBeInstanceOf(ApiError);
  return err as ApiError;
}

type Sent = { contents: Content[]; tools?: Array<Record<string, unknown>>; generationConfig?: Record<string, unknown>; [k: string]: unknown };

/** The official @google/genai SDK through NexusFlow to a `gemini` channel (a local fake of Google's API). */
describe('@google/genai SDK → NexusFlow → Gemini upstream', () => {
  let up: FakeGeminiUpstream;
  let gw: TestGateway;
  let ai: GoogleGenAI;
  const last = (): { url: string; headers: Record<string, unknown>; body: Sent } => up.requests.at(-1)! as never;

  beforeAll(async () => {
    up = await startFakeGeminiUpstream();
    gw = await startTestGateway({ catalog: fakeGeminiCatalog(up.baseUrl), env: { FAKE_GEMINI_KEY: 'gemini-upstream-secret' }, routing: SINGLE_ATTEMPT });
    ai = new GoogleGenAI({ apiKey: gw.apiKey, httpOptions: { baseUrl: gw.baseUrl, apiVersion: 'v1beta' } });
  });
  afterAll(async () => {
    await gw.close();
    await up.close();
  });

  it('forwards to :generateContent with the channel key and maps usage back, cached tokens counted once', async () => {
    const res = await ai.models.generateContent({ model: 'gm-ok', contents: 'Hello!', config: { systemInstruction: 'Be brief.', maxOutputTokens: 40 } });
    expect(res.text).toBe(FAKE_GEMINI_REPLY);
    expect(res.modelVersion).toBe('gm-ok');
    expect(res.usageMetadata).toEqual({ promptTokenCount: 11, candidatesTokenCount: 7, cachedContentTokenCount: 3, thoughtsTokenCount: 2, totalTokenCount: 20 });
    const sent = last();
    expect(sent.url).toBe('/v1beta/models/fake-ok:generateContent');
    expect(sent.headers['x-goog-api-key']).toBe('gemini-upstream-secret');
    expect(sent.body.systemInstruction).toEqual({ role: 'user', parts: [{ text: 'Be brief.' }] });
    expect(sent.body.generationConfig).toEqual({ maxOutputTokens: 40 });
    expect(res.sdkHttpResponse?.headers?.['x-nexusflow-provider']).toBe('gemini');
    // 8 uncached × 1 + 3 cached × 0.1 + 7 output × 2 + 2 thinking × 4 (credits per million) = 30.3 → 31 micro-credits.
    expect(res.sdkHttpResponse?.headers?.['x-nexusflow-cost']).toBe('0.000031');
  });

  it('passes Gemini-only fields through untouched (same-protocol hop)', async () => {
    await ai.models.generateContent({
      model: 'gm-ok',
      contents: [{ role: 'user', parts: [{ text: 'Hi', videoMetadata: { fps: 2 } }, { executableCode: { language: 'PYTHON' as never, code: 'print(1)' } }] }],
      config: {
        safetySettings: [{ category: 'HARM_CATEGORY_HARASSMENT' as never, threshold: 'BLOCK_NONE' as never }],
        tools: [
          { functionDeclarations: [{ name: 'f', parameters: { type: Type.OBJECT, properties: { when: { type: Type.STRING, format: 'date-time', default: 'now' } }, propertyOrdering: ['when'] } }] },
          { googleSearch: {} },
        ],
        toolConfig: { functionCallingConfig: { mode: 'VALIDATED' as never } },
        responseModalities: ['TEXT' as never],
        responseMimeType: 'application/json',
        responseSchema: { type: Type.OBJECT, properties: { a: { type: Type.STRING, example: 'x' } } },
        thinkingConfig: { thinkingBudget: 128, includeThoughts: false },
      },
    });
    const sent = last().body;
    expect(sent.safetySettings).toEqual([{ category: 'HARM_CATEGORY_HARASSMENT', threshold: 'BLOCK_NONE' }]);
    expect(sent.contents[0]?.parts).toEqual([{ text: 'Hi', videoMetadata: { fps: 2 } }, { executableCode: { language: 'PYTHON', code: 'print(1)' } }]);
    expect(sent.tools).toEqual([
      { functionDeclarations: [{ name: 'f', parameters: { type: 'OBJECT', properties: { when: { type: 'STRING', format: 'date-time', default: 'now' } }, propertyOrdering: ['when'] } }] },
      { googleSearch: {} },
    ]);
    expect(sent.toolConfig).toEqual({ functionCallingConfig: { mode: 'VALIDATED' } });
    expect(sent.generationConfig).toEqual({
      responseModalities: ['TEXT'],
      responseMimeType: 'application/json',
      responseSchema: { type: 'OBJECT', properties: { a: { type: 'STRING', example: 'x' } } },
      thinkingConfig: { thinkingBudget: 128, includeThoughts: false },
      // Not the caller's: the output cap the balance hold covers (the model's max_output_tokens) always goes up.
      maxOutputTokens: 1000,
    });
  });

  it('streams from :streamGenerateContent?alt=sse, usage once at the end', async () => {
    const stream = await ai.models.generateContentStream({ model: 'gm-ok', contents: 'Hello!' });
    let text = '';
    const chunks = [];
    for await (const chunk of stream) {
      chunks.push(chunk);
      text += chunk.text ?? '';
    }
    expect(text).toBe(FAKE_GEMINI_REPLY);
    expect(last().url).toBe('/v1beta/models/fake-ok:streamGenerateContent?alt=sse');
    expect(chunks.at(-1)?.usageMetadata?.totalTokenCount).toBe(20);
    expect(chunks.at(-1)?.candidates?.[0]?.finishReason).toBe('STOP');
    expect(chunks.filter((c) => c.usageMetadata)).toHaveLength(1);
  });

  it('function calling round trip: ids synthesised for the caller, thought signature sent back, results keyed by name', async () => {
    const tools = [{ functionDeclarations: [{ name: 'get_weather', parameters: { type: Type.OBJECT, properties: { city: { type: Type.STRING } } } }] }];
    const contents: Content[] = [{ role: 'user', parts: [{ text: 'Weather in Paris and Tokyo?' }] }];
    for (const stream of [false, true]) {
      let modelTurn: Content;
      if (stream) {
        const parts = [];
        for await (const chunk of await ai.models.generateContentStream({ model: 'gm-tools', contents, config: { tools } })) parts.push(...(chunk.candidates?.[0]?.content?.parts ?? []));
        modelTurn = { role: 'model', parts: parts.filter((p) => p.functionCall) };
      } else {
        const res = await ai.models.generateContent({ model: 'gm-tools', contents, config: { tools } });
        expect(res.candidates?.[0]?.finishReason).toBe('STOP');
        modelTurn = res.candidates![0]!.content!;
      }
      const calls = modelTurn.parts!.map((p) => p.functionCall!);
      expect(calls.map((c) => c.args)).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);
      expect(calls.every((c) => typeof c.id === 'string' && c.id.startsWith('call_'))).toBe(true);
      expect(modelTurn.parts![0]!.thoughtSignature).toBe(FAKE_SIGNATURE);

      const history: Content[] = [...contents, modelTurn, { role: 'user', parts: calls.map((c) => ({ functionResponse: { id: c.id!, name: c.name!, response: { ok: c.args } } })) }];
      await ai.models.generateContent({ model: 'gm-ok', contents: history, config: { tools } });
      const sent = last().body.contents;
      // The signature goes back on the same part; ids the caller sent go back with calls and responses.
      expect(sent[1]).toEqual({ role: 'model', parts: [
        { functionCall: { id: calls[0]!.id, name: 'get_weather', args: { city: 'Paris' } }, thoughtSignature: FAKE_SIGNATURE },
        { functionCall: { id: calls[1]!.id, name: 'get_weather', args: { city: 'Tokyo' } } },
      ] });
      expect(sent[2]).toEqual({ role: 'user', parts: [
        { functionResponse: { id: calls[0]!.id, name: 'get_weather', response: { ok: { city: 'Paris' } } } },
        { functionResponse: { id: calls[1]!.id, name: 'get_weather', response: { ok: { city: 'Tokyo' } } } },
      ] });
      // Without ids, responses are matched to calls by name and order, and no ids are invented upstream.
      const bare: Content[] = [...contents, { role: 'model', parts: modelTurn.parts!.map((p) => ({ ...p, functionCall: { name: p.functionCall!.name!, args: p.functionCall!.args! } })) },
        { role: 'user', parts: calls.map((c) => ({ functionResponse: { name: c.name!, response: { ok: c.args } } })) }];
      await ai.models.generateContent({ model: 'gm-ok', contents: bare, config: { tools } });
      const sentBare = last().body.contents;
      expect(sentBare[1]?.parts?.[0]).toEqual({ functionCall: { name: 'get_weather', args: { city: 'Paris' } }, thoughtSignature: FAKE_SIGNATURE });
      expect(sentBare[2]?.parts?.[1]).toEqual({ functionResponse: { name: 'get_weather', response: { ok: { city: 'Tokyo' } } } });
    }
  });

  it('returns thoughts and the signature from a thinking upstream', async () => {
    const res = await ai.models.generateContent({ model: 'gm-thinking', contents: 'Why?', config: { thinkingConfig: { includeThoughts: true } } });
    const parts = res.candidates?.[0]?.content?.parts ?? [];
    expect(parts[0]).toMatchObject({ text: 'Thinking about the question.', thought: true });
    expect(parts[1]).toEqual({ text: FAKE_GEMINI_REPLY, thoughtSignature: FAKE_SIGNATURE });
    let thoughts = '';
    let signature: string | undefined;
    for await (const chunk of await ai.models.generateContentStream({ model: 'gm-thinking', contents: 'Why?', config: { thinkingConfig: { includeThoughts: true } } })) {
      for (const p of chunk.candidates?.[0]?.content?.parts ?? []) {
        if (p.thought) thoughts += p.text ?? '';
        signature ??= p.thoughtSignature;
      }
    }
    expect(thoughts).toBe('Thinking about the question.');
    expect(signature).toBe(FAKE_SIGNATURE);
  });

  it('a usage-less upstream reply still reports (estimated) usage and is billed', async () => {
    const res = await ai.models.generateContent({ model: 'gm-no-usage', contents: 'Hello!' });
    expect(res.text).toBe(FAKE_GEMINI_REPLY);
    expect(res.usageMetadata?.candidatesTokenCount).toBeGreaterThan(0);
    const requestId = res.sdkHttpResponse?.headers?.['x-request-id'] ?? '';
    await waitFor(async () => (await gw.store.getUsage(requestId)) !== null);
    const rec = await gw.store.getUsage(requestId);
    expect(rec?.source).toBe('estimated');
    expect(rec?.cost).toBeGreaterThan(0);
    let text = '';
    for await (const chunk of await ai.models.generateContentStream({ model: 'gm-no-usage', contents: 'Hello!' })) text += chunk.text ?? '';
    expect(text).toBe(FAKE_GEMINI_REPLY);
  });

  it('a blocked prompt finishes with SAFETY', async () => {
    const res = await ai.models.generateContent({ model: 'gm-blocked', contents: 'x' });
    expect(res.candidates?.[0]?.finishReason).toBe('SAFETY');
  });

  it('maps upstream failures to Gemini errors', async () => {
    const ask = (model: string) => failure(ai.models.generateContent({ model, contents: 'x' }));
    expect(await ask('gm-500')).toMatchObject({ status: 502 });
    expect((await ask('gm-503')).message).toContain('UNAVAILABLE');
    const limited = await ask('gm-429');
    expect(limited.status).toBe(429);
    expect(limited.message).toContain('RESOURCE_EXHAUSTED');
    const bad = await ask('gm-400');
    expect(bad.status).toBe(400);
    expect(bad.message).toContain('gemini upstream says 400');
    // The channel's bad key is the gateway's problem, not a 400 for the caller — and never leaks.
    const badKey = await ask('gm-badkey');
    expect(badKey.status).toBe(502);
    expect(badKey.message).not.toContain('gemini-upstream-secret');
    expect(await ask('gm-malformed')).toMatchObject({ status: 502 });
    expect(await ask('gm-hang')).toMatchObject({ status: 504 });
  });

  it('turns a cut or malformed upstream stream into an error the SDK raises', async () => {
    for (const model of ['gm-cut', 'gm-malformed']) {
      const stream = await ai.models.generateContentStream({ model, contents: 'x' });
      const err = await (async () => {
        for await (const _ of stream) { /* drain */ }
      })().catch((e: unknown) => e);
      expect(err, model).toBeInstanceOf(ApiError);
      expect((err as ApiError).status).toBe(502);
    }
  });

  it('serves OpenAI-format callers from a Gemini upstream, with their JSON Schema cleaned for Gemini', async () => {
    const openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const res = await openai.chat.completions.create({
      model: 'gm-tools',
      messages: [{ role: 'user', content: 'Weather?' }],
      tools: [{
        type: 'function',
        function: {
          name: 'get_weather',
          parameters: {
            $schema: 'http://json-schema.org/draft-07/schema#', type: 'object', additionalProperties: false,
            properties: { city: { $ref: '#/$defs/city' }, unit: { anyOf: [{ type: 'string', enum: ['c', 'f'] }, { type: 'null' }], default: null } },
            required: ['city'], $defs: { city: { type: 'string', examples: ['Paris'] } },
          },
        },
      }],
      tool_choice: { type: 'function', function: { name: 'get_weather' } },
    });
    const sent = last().body;
    expect(sent.tools).toEqual([{ functionDeclarations: [{ name: 'get_weather', parameters: {
      type: 'OBJECT', properties: { city: { type: 'STRING' }, unit: { type: 'STRING', enum: ['c', 'f'], nullable: true } }, required: ['city'],
    } }] }]);
    expect(sent.toolConfig).toEqual({ functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['get_weather'] } });
    const calls = res.choices[0]?.message.tool_calls ?? [];
    expect(calls).toHaveLength(2);
    expect(res.choices[0]?.finish_reason).toBe('tool_calls');
    const first = calls[0]!;
    if (first.type !== 'function') throw new Error('expected a function call');
    expect(JSON.parse(first.function.arguments)).toEqual({ city: 'Paris' });

    // The OpenAI-format tool results go back to Gemini as one user turn, keyed by function name.
    await openai.chat.completions.create({
      model: 'gm-ok',
      messages: [
        { role: 'user', content: 'Weather?' },
        res.choices[0]!.message,
        ...calls.map((c, i) => ({ role: 'tool' as const, tool_call_id: c.id, content: i === 0 ? '{"temp":18}' : 'sunny' })),
      ],
    });
    expect(last().body.contents.at(-1)).toEqual({ role: 'user', parts: [
      { functionResponse: { name: 'get_weather', response: { temp: 18 } } },
      { functionResponse: { name: 'get_weather', response: { output: 'sunny' } } },
    ] });
  });

  it('serves Anthropic-format callers from a Gemini upstream: functionCall ↔ tool_use, tool_result → functionResponse', async () => {
    const anthropic = new Anthropic({ apiKey: gw.apiKey, baseURL: gw.baseUrl, maxRetries: 0 });
    const tools = [{ name: 'get_weather', input_schema: { type: 'object' as const, properties: { city: { type: 'string' } }, required: ['city'] } }];
    const msg = await anthropic.messages.create({ model: 'gm-tools', max_tokens: 100, messages: [{ role: 'user', content: 'Weather?' }], tools });
    expect(msg.stop_reason).toBe('tool_use');
    const uses = msg.content.filter((b) => b.type === 'tool_use');
    expect(uses.map((u) => u.input)).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);

    const streamed = await anthropic.messages.stream({ model: 'gm-tools', max_tokens: 100, messages: [{ role: 'user', content: 'Weather?' }], tools }).finalMessage();
    expect(streamed.content.filter((b) => b.type === 'tool_use').map((u) => u.input)).toEqual([{ city: 'Paris' }, { city: 'Tokyo' }]);

    await anthropic.messages.create({
      model: 'gm-ok', max_tokens: 100, tools,
      messages: [
        { role: 'user', content: 'Weather?' },
        { role: 'assistant', content: msg.content },
        { role: 'user', content: uses.map((u, i) => ({ type: 'tool_result' as const, tool_use_id: u.id, content: i === 0 ? 'rainy' : '{"temp":25}' })) },
      ],
    });
    const sent = last().body.contents;
    expect(sent.at(-1)).toEqual({ role: 'user', parts: [
      { functionResponse: { name: 'get_weather', response: { output: 'rainy' } } },
      { functionResponse: { name: 'get_weather', response: { temp: 25 } } },
    ] });
    // Gemini's thought signature travels as an Anthropic thinking block and comes back on the first call.
    expect(msg.content[0]).toMatchObject({ type: 'thinking', signature: FAKE_SIGNATURE });
    expect(sent.at(-2)?.parts?.[0]?.thoughtSignature).toBe(FAKE_SIGNATURE);
    expect(sent.at(-2)?.parts?.filter((p) => p.functionCall).map((p) => p.functionCall)).toEqual([
      { name: 'get_weather', args: { city: 'Paris' } },
      { name: 'get_weather', args: { city: 'Tokyo' } },
    ]);
  });
});
