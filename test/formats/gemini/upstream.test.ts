import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../server/canonical/events.js';
import type { CanonicalChatRequest } from '../../../server/canonical/request.js';
import { GatewayError } from '../../../server/errors/gateway-error.js';
import { decodeGenerateContentRequest } from '../../../server/formats/gemini/decode-request.js';
import { decodeGenerateContentResponse } from '../../../server/formats/gemini/decode-response.js';
import { encodeGenerateContentRequest } from '../../../server/formats/gemini/encode-request.js';
import { GeminiStreamDecoder } from '../../../server/formats/gemini/stream-decoder.js';
import type { WireGenerateContentRequest } from '../../../server/formats/gemini/wire.js';
import { SseParser } from '../../../server/http/sse-parser.js';

const text = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const json = <T = unknown>(name: string): T => JSON.parse(text(name)) as T;

function decodeSse(name: string): StreamEvent[] {
  const parser = new SseParser();
  const decoder = new GeminiStreamDecoder();
  const out: StreamEvent[] = [];
  for (const m of [...parser.push(text(name)), ...parser.end()]) out.push(...decoder.decode(JSON.parse(m.data)));
  expect(decoder.complete()).toBe(true);
  return [...out, ...decoder.end()];
}

/** Ids minted for calls the upstream sent without one are random; tests compare their shape. */
function stableIds<T>(value: T): T {
  return JSON.parse(JSON.stringify(value).replace(/call_[A-Za-z0-9]{24}/g, 'call_<id>')) as T;
}

describe('canonical → Gemini upstream request', () => {
  it('a Gemini request survives the hop unchanged (same-protocol upstream loses nothing)', () => {
    const original = json<WireGenerateContentRequest>('sdk-generate-content-tools-history.request.json');
    const canonical = decodeGenerateContentRequest(original, 'qwen3-max', false);
    expect(encodeGenerateContentRequest(canonical)).toEqual(original);
  });

  it('encodes an OpenAI-shaped conversation: roles, merged tool results keyed by name, media, thinking', () => {
    const req: CanonicalChatRequest = {
      model: 'm', inbound: 'openai', stream: false, sampling: { temperature: 0.1, maxOutputTokens: 99, stop: ['x'], n: 2, presencePenalty: 0.5 },
      system: [{ kind: 'text', text: 'Be terse.' }],
      messages: [
        { role: 'user', parts: [{ kind: 'text', text: 'Look' }, { kind: 'image', source: { type: 'url', url: 'https://x.test/cat.png' } }, { kind: 'image', source: { type: 'base64', mediaType: 'image/jpeg', data: '/9j/' } }] },
        { role: 'assistant', parts: [
          { kind: 'thinking', text: 'Need weather.', signature: 'sig-1' },
          { kind: 'tool_call', id: 'call_1', name: 'get_weather', argumentsRaw: '{"city":"Paris"}', arguments: { city: 'Paris' } },
          { kind: 'tool_call', id: 'call_2', name: 'get_time', argumentsRaw: '{"tz":"CET"}' },
        ] },
        { role: 'tool', parts: [{ kind: 'tool_result', callId: 'call_1', content: [{ kind: 'text', text: '{"c":18}' }] }] },
        { role: 'tool', parts: [{ kind: 'tool_result', callId: 'call_2', content: [{ kind: 'text', text: 'boom' }], isError: true }] },
        { role: 'user', parts: [{ kind: 'text', text: 'Thanks' }] },
        { role: 'system', parts: [{ kind: 'text', text: 'Now answer.' }] },
      ],
      tools: [{ name: 'get_weather', description: 'W', parameters: { type: 'object', properties: { city: { type: 'string', default: 'Paris' } }, additionalProperties: false } }, { name: 'get_time' }],
      toolChoice: { type: 'required' },
      responseFormat: { type: 'json_schema', name: 'r', schema: { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: false } },
      reasoning: { enabled: true, effort: 'medium' },
    };
    expect(encodeGenerateContentRequest(req)).toEqual({
      systemInstruction: { role: 'user', parts: [{ text: 'Be terse.' }] },
      contents: [
        { role: 'user', parts: [{ text: 'Look' }, { fileData: { mimeType: 'image/png', fileUri: 'https://x.test/cat.png' } }, { inlineData: { mimeType: 'image/jpeg', data: '/9j/' } }] },
        { role: 'model', parts: [
          { text: 'Need weather.', thought: true, thoughtSignature: 'sig-1' },
          { functionCall: { name: 'get_weather', args: { city: 'Paris' } } },
          { functionCall: { name: 'get_time', args: { tz: 'CET' } } },
        ] },
        // Both results in one user turn, with the text after them and the late instruction.
        { role: 'user', parts: [
          { functionResponse: { name: 'get_weather', response: { c: 18 } } },
          { functionResponse: { name: 'get_time', response: { error: 'boom' } } },
          { text: 'Thanks' },
          { text: 'Now answer.' },
        ] },
      ],
      tools: [{ functionDeclarations: [
        { name: 'get_weather', description: 'W', parameters: { type: 'OBJECT', properties: { city: { type: 'STRING' } } } },
        { name: 'get_time' },
      ] }],
      toolConfig: { functionCallingConfig: { mode: 'ANY' } },
      generationConfig: {
        temperature: 0.1, maxOutputTokens: 99, stopSequences: ['x'], candidateCount: 2, presencePenalty: 0.5,
        responseMimeType: 'application/json', responseSchema: { type: 'OBJECT', properties: { a: { type: 'STRING' } } },
        thinkingConfig: { thinkingLevel: 'MEDIUM', includeThoughts: true },
      },
    });
  });

  it('thinking off is a zero budget; a named tool is ANY with one allowed name', () => {
    const base: CanonicalChatRequest = { model: 'm', inbound: 'anthropic', stream: true, sampling: {}, system: [], messages: [{ role: 'user', parts: [{ kind: 'text', text: 'x' }] }], tools: [{ name: 'f' }] };
    const out = encodeGenerateContentRequest({ ...base, toolChoice: { type: 'tool', name: 'f' }, reasoning: { enabled: false } });
    expect(out.toolConfig).toEqual({ functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] } });
    expect(out.generationConfig).toEqual({ thinkingConfig: { thinkingBudget: 0 } });
    expect(encodeGenerateContentRequest({ ...base, toolChoice: { type: 'none' } }).toolConfig).toEqual({ functionCallingConfig: { mode: 'NONE' } });
  });
});

describe('Gemini upstream response → canonical', () => {
  it('decodes function calls, thoughts and usage (cached tokens inside the prompt count)', () => {
    const res = stableIds(decodeGenerateContentResponse(json('upstream-tools.response.json')));
    expect(res.id).toBe('mbWfaNyLAoy1nvgPsOuv8Ao');
    expect(res.model).toBe('gemini-2.5-flash');
    expect(res.choices).toEqual([{
      index: 0,
      finish: { type: 'tool_calls' },
      parts: [
        { kind: 'thinking', text: "I'll check both cities." },
        { kind: 'thinking', text: '', signature: 'Q2lRQjRhZHE=' },
        { kind: 'tool_call', id: 'call_<id>', name: 'get_weather', argumentsRaw: '{"city":"Paris"}', arguments: { city: 'Paris' } },
        { kind: 'tool_call', id: 'call_<id>', name: 'get_weather', argumentsRaw: '{"city":"Tokyo","unit":"c"}', arguments: { city: 'Tokyo', unit: 'c' } },
      ],
    }]);
    expect(res.usage).toEqual({ uncachedInput: 48, cacheRead: 64, output: 31, reasoning: 48, source: 'upstream' });
  });

  it('a usage-less reply has no usage (never zero), MAX_TOKENS is length', () => {
    const res = decodeGenerateContentResponse(json('upstream-text-no-usage.response.json'));
    expect(res.usage).toBeUndefined();
    expect(res.choices[0]).toMatchObject({ finish: { type: 'length' }, parts: [{ kind: 'text', text: 'Bonjour !' }] });
    expect(res.id).toMatch(/^gen_/);
  });

  it('a blocked prompt is one content-filtered choice', () => {
    const res = decodeGenerateContentResponse(json('upstream-blocked.response.json'));
    expect(res.choices).toEqual([{ index: 0, parts: [], finish: { type: 'content_filter' } }]);
    expect(res.usage).toEqual({ uncachedInput: 9, source: 'upstream' });
  });

  it('rejects malformed bodies as upstream errors', () => {
    for (const bad of [null, [], 'x', { candidates: 'no' }, {}]) {
      expect(() => decodeGenerateContentResponse(bad)).toThrow(GatewayError);
    }
  });

  it('decodes a recorded stream (CRLF framing): thoughts, text, whole function calls, the last usage once', () => {
    expect(stableIds(decodeSse('upstream-thinking-tools.stream.sse'))).toEqual([
      { type: 'start', id: 's1', model: 'gemini-2.5-flash', created: expect.any(Number) as number },
      { type: 'part_start', choice: 0, index: 0, kind: 'thinking' },
      { type: 'thinking_delta', choice: 0, index: 0, text: 'The user wants ' },
      { type: 'thinking_delta', choice: 0, index: 0, text: 'the weather.' },
      { type: 'part_end', choice: 0, index: 0 },
      { type: 'part_start', choice: 0, index: 1, kind: 'text' },
      { type: 'text_delta', choice: 0, index: 1, text: 'Checking ' },
      { type: 'part_end', choice: 0, index: 1 },
      { type: 'part_start', choice: 0, index: 2, kind: 'thinking' },
      { type: 'signature_delta', choice: 0, index: 2, signature: 'U0lHLTE=' },
      { type: 'part_end', choice: 0, index: 2 },
      { type: 'part_start', choice: 0, index: 3, kind: 'tool_call', toolCallId: 'call_<id>', toolName: 'get_weather' },
      { type: 'tool_arguments_delta', choice: 0, index: 3, json: '{"city":"Paris"}' },
      { type: 'part_end', choice: 0, index: 3 },
      { type: 'part_start', choice: 0, index: 4, kind: 'tool_call', toolCallId: 'call_<id>', toolName: 'get_weather' },
      { type: 'tool_arguments_delta', choice: 0, index: 4, json: '{"city":"Tokyo"}' },
      { type: 'part_end', choice: 0, index: 4 },
      { type: 'finish', choice: 0, reason: { type: 'tool_calls' } },
      { type: 'usage', usage: { uncachedInput: 12, cacheRead: 8, output: 14, reasoning: 11, source: 'upstream' } },
    ]);
  });

  it('a usage-less stream ends without a usage event (billing estimates it)', () => {
    const events = decodeSse('upstream-no-usage.stream.sse');
    expect(events.filter((e) => e.type === 'usage')).toEqual([]);
    expect(events.filter((e) => e.type === 'text_delta').map((e) => (e.type === 'text_delta' ? e.text : ''))).toEqual(['Hel', 'lo']);
    expect(events.at(-1)).toEqual({ type: 'finish', choice: 0, reason: { type: 'stop' } });
  });

  it('a stream without a finish reason is incomplete; an error chunk throws', () => {
    const d = new GeminiStreamDecoder();
    d.decode({ candidates: [{ content: { parts: [{ text: 'a' }] } }] });
    expect(d.complete()).toBe(false);
    expect(() => d.decode({ error: { code: 503, message: 'overloaded', status: 'UNAVAILABLE' } })).toThrow(/overloaded/);
    expect(() => new GeminiStreamDecoder().decode('nope')).toThrow(GatewayError);
  });
});
