import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../server/canonical/events.js';
import type { CanonicalChatResponse } from '../../../server/canonical/response.js';
import { GatewayError } from '../../../server/errors/gateway-error.js';
import { decodeGenerateContentResponse } from '../../../server/formats/gemini/decode-response.js';
import { decodeBatchEmbedRequest, encodeBatchEmbedResponse, type WireBatchEmbedContentsRequest } from '../../../server/formats/gemini/embeddings.js';
import { encodeGenerateContentResponse } from '../../../server/formats/gemini/encode-response.js';
import { GeminiStreamEncoder } from '../../../server/formats/gemini/stream-encoder.js';
import { decodeFinishReason, encodeFinishReason, encodeUsageMetadata } from '../../../server/formats/gemini/usage.js';

const fixture = (name: string): string => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const opts = { model: 'qwen3-max', includeThoughts: false };

describe('canonical → Gemini response (front door)', () => {
  const response: CanonicalChatResponse = {
    id: 'chatcmpl-1', model: 'upstream-model', created: 1,
    choices: [{ index: 0, finish: { type: 'tool_calls' }, parts: [
      { kind: 'thinking', text: 'Hmm.', signature: 'sig' },
      { kind: 'text', text: 'Checking.' },
      { kind: 'tool_call', id: 'call_a', name: 'get_weather', argumentsRaw: '{"city":"Paris"}', arguments: { city: 'Paris' } },
      { kind: 'tool_call', id: 'call_b', name: 'get_weather', argumentsRaw: '{"city":' },
    ] }],
    usage: { uncachedInput: 10, cacheRead: 5, cacheWrite: 2, output: 7, reasoning: 3, source: 'upstream' },
  };

  it('function calls with args objects and ids, STOP, usage with cached tokens inside the prompt count', () => {
    expect(encodeGenerateContentResponse(response, opts)).toEqual({
      candidates: [{
        content: { role: 'model', parts: [
          // Thought text hidden (includeThoughts off); its signature stays, on the next part.
          { text: 'Checking.', thoughtSignature: 'sig' },
          { functionCall: { id: 'call_a', name: 'get_weather', args: { city: 'Paris' } } },
          // Arguments that are not a JSON object cannot be Gemini args.
          { functionCall: { id: 'call_b', name: 'get_weather', args: {} } },
        ] },
        finishReason: 'STOP',
        index: 0,
      }],
      usageMetadata: { promptTokenCount: 17, candidatesTokenCount: 7, cachedContentTokenCount: 5, thoughtsTokenCount: 3, totalTokenCount: 27 },
      modelVersion: 'qwen3-max',
      responseId: 'chatcmpl-1',
    });
    const shown = encodeGenerateContentResponse(response, { ...opts, includeThoughts: true });
    expect(shown.candidates?.[0]?.content?.parts?.[0]).toEqual({ text: 'Hmm.', thought: true, thoughtSignature: 'sig' });
  });

  it('a Gemini upstream reply comes back out as it went in', () => {
    const upstream = JSON.parse(fixture('upstream-tools.response.json')) as Record<string, unknown>;
    const out = encodeGenerateContentResponse(decodeGenerateContentResponse(upstream), { model: 'gemini-2.5-flash', includeThoughts: true });
    const parts = out.candidates?.[0]?.content?.parts ?? [];
    expect(parts.map((p) => ({ ...p, functionCall: p.functionCall ? { name: p.functionCall.name, args: p.functionCall.args } : undefined }))).toEqual([
      { text: "I'll check both cities.", thought: true, functionCall: undefined },
      { functionCall: { name: 'get_weather', args: { city: 'Paris' } }, thoughtSignature: 'Q2lRQjRhZHE=' },
      { functionCall: { name: 'get_weather', args: { city: 'Tokyo', unit: 'c' } } },
    ]);
    expect(out.usageMetadata).toEqual({ promptTokenCount: 112, candidatesTokenCount: 31, cachedContentTokenCount: 64, thoughtsTokenCount: 48, totalTokenCount: 191 });

    // Fields the canonical model does not hold (safetyRatings, promptFeedback) come back as they were.
    const rated = encodeGenerateContentResponse(decodeGenerateContentResponse(JSON.parse(fixture('upstream-text-no-usage.response.json'))), { model: 'm', includeThoughts: false });
    expect(rated.candidates?.[0]).toEqual({ content: { role: 'model', parts: [{ text: 'Bonjour !' }] }, finishReason: 'MAX_TOKENS', index: 0, safetyRatings: [{ category: 'HARM_CATEGORY_HARASSMENT', probability: 'NEGLIGIBLE' }] });
    const blocked = encodeGenerateContentResponse(decodeGenerateContentResponse(JSON.parse(fixture('upstream-blocked.response.json'))), { model: 'm', includeThoughts: false });
    expect(blocked.promptFeedback).toEqual({ blockReason: 'PROHIBITED_CONTENT' });
    expect(blocked.candidates?.[0]?.finishReason).toBe('SAFETY');
  });

  it('maps finish reasons both ways', () => {
    expect(encodeFinishReason({ type: 'stop' })).toBe('STOP');
    expect(encodeFinishReason({ type: 'stop_sequence', sequence: 'x' })).toBe('STOP');
    expect(encodeFinishReason({ type: 'tool_calls' })).toBe('STOP');
    expect(encodeFinishReason({ type: 'length' })).toBe('MAX_TOKENS');
    expect(encodeFinishReason({ type: 'content_filter' })).toBe('SAFETY');
    expect(encodeFinishReason({ type: 'error' })).toBe('OTHER');
    expect(encodeFinishReason({ type: 'other', raw: 'RECITATION' })).toBe('RECITATION');
    expect(encodeFinishReason({ type: 'other', raw: 'pause_turn' })).toBe('OTHER');
    expect(decodeFinishReason('STOP', true)).toEqual({ type: 'tool_calls' });
    expect(decodeFinishReason('SPII', false)).toEqual({ type: 'content_filter' });
    expect(decodeFinishReason('MALFORMED_FUNCTION_CALL', false)).toEqual({ type: 'other', raw: 'MALFORMED_FUNCTION_CALL' });
  });

  it('omits zero thought and cache counts, as Gemini does', () => {
    expect(encodeUsageMetadata({ uncachedInput: 4, output: 2, source: 'estimated' })).toEqual({ promptTokenCount: 4, candidatesTokenCount: 2, totalTokenCount: 6 });
  });
});

describe('Gemini stream encoder (front door)', () => {
  const events: StreamEvent[] = [
    { type: 'start', id: 'r1', model: 'up', created: 1 },
    { type: 'part_start', choice: 0, index: 0, kind: 'thinking' },
    { type: 'thinking_delta', choice: 0, index: 0, text: 'Hmm' },
    { type: 'signature_delta', choice: 0, index: 0, signature: 'sig' },
    { type: 'part_end', choice: 0, index: 0 },
    { type: 'part_start', choice: 0, index: 1, kind: 'text' },
    { type: 'text_delta', choice: 0, index: 1, text: 'Hi ' },
    { type: 'text_delta', choice: 0, index: 1, text: 'there' },
    { type: 'part_end', choice: 0, index: 1 },
    { type: 'part_start', choice: 0, index: 2, kind: 'tool_call', toolCallId: 'call_1', toolName: 'f' },
    { type: 'tool_arguments_delta', choice: 0, index: 2, json: '{"a"' },
    { type: 'keepalive' },
    { type: 'tool_arguments_delta', choice: 0, index: 2, json: ':1}' },
    { type: 'part_end', choice: 0, index: 2 },
    { type: 'finish', choice: 0, reason: { type: 'tool_calls' } },
    { type: 'usage', usage: { uncachedInput: 5, output: 3, reasoning: 1, source: 'upstream' } },
  ];

  it('writes data-only frames, one piece each, whole function calls, finish and usage on the last', () => {
    const enc = new GeminiStreamEncoder(opts, 'req_1');
    const sse = events.map((e) => enc.encode(e)).join('') + enc.end({ uncachedInput: 5, output: 3, reasoning: 1, source: 'upstream' });
    const head = '"modelVersion":"qwen3-max","responseId":"r1"';
    expect(sse).toBe([
      `data: {"candidates":[{"content":{"role":"model","parts":[{"text":"Hi ","thoughtSignature":"sig"}]},"index":0}],${head}}\n\n`,
      `data: {"candidates":[{"content":{"role":"model","parts":[{"text":"there"}]},"index":0}],${head}}\n\n`,
      ': keep-alive\n\n',
      `data: {"candidates":[{"content":{"role":"model","parts":[{"functionCall":{"id":"call_1","name":"f","args":{"a":1}}}]},"index":0}],${head}}\n\n`,
      `data: {"candidates":[{"content":{"role":"model","parts":[{"text":""}]},"finishReason":"STOP","index":0}],"usageMetadata":{"promptTokenCount":5,"candidatesTokenCount":3,"thoughtsTokenCount":1,"totalTokenCount":9},${head}}\n\n`,
    ].join(''));
  });

  it('streams thought text when includeThoughts is set', () => {
    const enc = new GeminiStreamEncoder({ ...opts, includeThoughts: true }, 'req_1');
    const chunks = events.flatMap((e) => enc.push(e));
    expect(chunks[0]?.candidates?.[0]?.content?.parts).toEqual([{ text: 'Hmm', thought: true }]);
    expect(chunks[1]?.candidates?.[0]?.content?.parts).toEqual([{ text: 'Hi ', thoughtSignature: 'sig' }]);
  });

  it('a mid-stream error is a data chunk in Gemini error shape, and nothing follows it', () => {
    const enc = new GeminiStreamEncoder(opts, 'req_1');
    enc.encode({ type: 'start', id: 'r1', model: 'up', created: 1 });
    const frame = enc.encode({ type: 'error', error: new GatewayError('upstream_error', 'The upstream failed.') });
    expect(frame).toBe('data: {"error":{"code":502,"message":"The upstream failed.","status":"UNAVAILABLE"}}\n\n');
    expect(enc.end({ uncachedInput: 1, output: 0, source: 'estimated' })).toBe('');
  });

  it('several candidates each get their finish reason on the final chunk', () => {
    const enc = new GeminiStreamEncoder(opts, 'req_1');
    for (const e of [
      { type: 'start', id: 'r', model: 'm', created: 1 },
      { type: 'text_delta', choice: 1, index: 0, text: 'b' },
      { type: 'finish', choice: 1, reason: { type: 'length' } },
      { type: 'text_delta', choice: 0, index: 0, text: 'a' },
      { type: 'finish', choice: 0, reason: { type: 'stop' } },
    ] as StreamEvent[]) enc.push(e);
    const [last] = enc.finish(undefined);
    expect(last?.candidates?.map((c) => [c.index, c.finishReason])).toEqual([[0, 'STOP'], [1, 'MAX_TOKENS']]);
    expect(last?.usageMetadata).toBeUndefined();
  });
});

describe('batchEmbedContents', () => {
  const body = JSON.parse(fixture('sdk-batch-embed.request.json')) as WireBatchEmbedContentsRequest;

  it('decodes the request @google/genai 2.32 sends for embedContent', () => {
    expect(decodeBatchEmbedRequest(body, 'text-embedding-v4')).toEqual({
      model: 'text-embedding-v4', inbound: 'gemini', inputs: [{ kind: 'text', text: 'a' }, { kind: 'text', text: 'b' }], dimensions: 8, taskType: 'RETRIEVAL_DOCUMENT',
    });
    expect(encodeBatchEmbedResponse({ model: 'x', vectors: [new Float32Array([0.5, 1])], inputTokens: 1, source: 'upstream' })).toEqual({ embeddings: [{ values: [0.5, 1] }] });
  });

  it('rejects a request for another model, mixed dimensions, or no text', () => {
    expect(() => decodeBatchEmbedRequest(body, 'other')).toThrow(/models\/text-embedding-v4/);
    const mixed = { requests: [{ content: { parts: [{ text: 'a' }] }, outputDimensionality: 8 }, { content: { parts: [{ text: 'b' }] }, outputDimensionality: 16 }] };
    expect(() => decodeBatchEmbedRequest(mixed, 'm')).toThrow(/outputDimensionality/);
    expect(() => decodeBatchEmbedRequest({ requests: [{ content: { parts: [] } }] }, 'm')).toThrow(/no text/);
  });
});
