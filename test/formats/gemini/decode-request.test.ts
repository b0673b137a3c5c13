import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeGenerateContentRequest } from '../../../server/formats/gemini/decode-request.js';
import { normalizeRequestKeys } from '../../../server/formats/gemini/normalize-keys.js';
import type { WireGenerateContentRequest, WireGenerationConfig } from '../../../server/formats/gemini/wire.js';

const fixture = (name: string): WireGenerateContentRequest => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8')) as WireGenerateContentRequest;

describe('Gemini request → canonical', () => {
  it('decodes a request recorded from @google/genai 2.32 (tools, thoughts, parallel calls, responses)', () => {
    const req = decodeGenerateContentRequest(fixture('sdk-generate-content-tools-history.request.json'), 'qwen3-max', false);
    expect(req.model).toBe('qwen3-max');
    expect(req.inbound).toBe('gemini');
    expect(req.system).toEqual([{ kind: 'text', text: 'You are a weather bot.' }]);
    expect(req.messages).toEqual([
      { role: 'user', parts: [
        { kind: 'text', text: 'What is the weather in Paris and Tokyo?' },
        { kind: 'image', source: { type: 'base64', mediaType: 'image/png', data: 'iVBORw0KGgo=' } },
      ] },
      { role: 'assistant', parts: [
        { kind: 'thinking', text: 'Let me think.' },
        // The signature of the first call rides on an empty thinking part just before it.
        { kind: 'thinking', text: '', signature: 'c2lnLTE=' },
        { kind: 'tool_call', id: 'call_1_0', name: 'get_weather', argumentsRaw: '{"city":"Paris"}', arguments: { city: 'Paris' } },
        { kind: 'tool_call', id: 'call_1_1', name: 'get_weather', argumentsRaw: '{"city":"Tokyo"}', arguments: { city: 'Tokyo' } },
      ] },
      { role: 'tool', parts: [
        // Responses without ids answer the calls of the same name in order.
        { kind: 'tool_result', callId: 'call_1_0', name: 'get_weather', content: [{ kind: 'text', text: '{"temperature_c":18}' }] },
        { kind: 'tool_result', callId: 'call_1_1', name: 'get_weather', content: [{ kind: 'text', text: '{"error":"station offline"}' }], isError: true },
      ] },
    ]);
    expect(req.tools).toEqual([{
      name: 'get_weather',
      description: 'Weather for a city',
      parameters: { type: 'object', properties: { city: { type: 'string', description: 'City name' }, unit: { type: ['string', 'null'], enum: ['c', 'f'] } }, required: ['city'] },
      extensions: { protocol: 'gemini', fields: { parameters: fixture('sdk-generate-content-tools-history.request.json').tools![0]!.functionDeclarations![0]!.parameters } },
    }]);
    expect(req.toolChoice).toEqual({ type: 'auto' });
    expect(req.sampling).toEqual({ temperature: 0.5, topP: 0.9, topK: 40, maxOutputTokens: 256, stop: ['END'], n: 1, seed: 3 });
    expect(req.reasoning).toEqual({ enabled: true, budgetTokens: 1024, includeThoughts: true });
    expect(req.extensions).toEqual({ protocol: 'gemini', fields: {
      safetySettings: [{ category: 'HARM_CATEGORY_DANGEROUS_CONTENT', threshold: 'BLOCK_ONLY_HIGH' }],
      toolConfig: { functionCallingConfig: { mode: 'AUTO' } },
    } });
  });

  it('keeps call ids the client sends and matches responses by id', () => {
    const req = decodeGenerateContentRequest({ contents: [
      { role: 'model', parts: [{ functionCall: { id: 'c-9', name: 'f', args: {} } }, { functionCall: { id: 'c-8', name: 'f', args: {} } }] },
      { role: 'user', parts: [{ functionResponse: { id: 'c-8', name: 'f', response: { r: 2 } } }, { functionResponse: { name: 'f', response: { r: 1 } } }] },
    ] }, 'm', false);
    const calls = req.messages[0]!.parts;
    expect(calls.map((p) => (p.kind === 'tool_call' ? [p.id, p.extensions] : null))).toEqual([
      ['c-9', { protocol: 'gemini', fields: { id: 'c-9' } }],
      ['c-8', { protocol: 'gemini', fields: { id: 'c-8' } }],
    ]);
    expect(req.messages[1]!.parts.map((p) => (p.kind === 'tool_result' ? p.callId : null))).toEqual(['c-8', 'c-9']);
  });

  it('maps functionCallingConfig modes and allowed names', () => {
    const tools = [{ functionDeclarations: [{ name: 'a' }, { name: 'b' }, { name: 'c' }] }];
    const with_ = (functionCallingConfig: object) => decodeGenerateContentRequest({ contents: [], tools, toolConfig: { functionCallingConfig } }, 'm', false);
    expect(with_({ mode: 'NONE' }).toolChoice).toEqual({ type: 'none' });
    expect(with_({ mode: 'AUTO' }).toolChoice).toEqual({ type: 'auto' });
    expect(with_({ mode: 'ANY' }).toolChoice).toEqual({ type: 'required' });
    expect(with_({ mode: 'ANY', allowedFunctionNames: ['b'] }).toolChoice).toEqual({ type: 'tool', name: 'b' });
    const some = with_({ mode: 'ANY', allowedFunctionNames: ['a', 'c'] });
    expect(some.toolChoice).toEqual({ type: 'required' });
    expect(some.tools.map((t) => t.name)).toEqual(['a', 'c']);
  });

  it('maps response formats and thinking settings', () => {
    const g = (generationConfig: WireGenerationConfig) => decodeGenerateContentRequest({ contents: [], generationConfig }, 'm', false);
    expect(g({ responseMimeType: 'application/json' }).responseFormat).toEqual({ type: 'json_object' });
    expect(g({ responseMimeType: 'application/json', responseSchema: { type: 'ARRAY', items: { type: 'STRING' } } }).responseFormat).toEqual({ type: 'json_schema', schema: { type: 'array', items: { type: 'string' } } });
    expect(g({ responseMimeType: 'application/json', responseJsonSchema: { type: 'object', additionalProperties: false } }).responseFormat).toEqual({ type: 'json_schema', schema: { type: 'object', additionalProperties: false } });
    expect(g({ responseMimeType: 'text/x.enum', responseSchema: { type: 'STRING', enum: ['a'] } }).responseFormat).toBeUndefined();
    expect(g({ thinkingConfig: { thinkingBudget: 0 } }).reasoning).toEqual({ enabled: false });
    expect(g({ thinkingConfig: { thinkingBudget: -1 } }).reasoning).toEqual({ enabled: true });
    expect(g({ thinkingConfig: { thinkingLevel: 'LOW' } }).reasoning).toEqual({ enabled: true, effort: 'low' });
    expect(g({ thinkingConfig: { includeThoughts: false } }).reasoning).toEqual({ includeThoughts: false });
    // Unmodeled generationConfig fields, and the response-format ones as sent, are kept for Gemini upstreams.
    expect(g({ temperature: 1, responseModalities: ['TEXT'], responseMimeType: 'application/json' }).extensions).toEqual({ protocol: 'gemini', fields: { generationConfig: { responseModalities: ['TEXT'], responseMimeType: 'application/json' } } });
  });

  it('decodes every part type: file data, audio, documents, unknown parts kept opaque', () => {
    const req = decodeGenerateContentRequest({ contents: [{ role: 'user', parts: [
      { fileData: { mimeType: 'image/jpeg', fileUri: 'https://example.com/a.jpg' } },
      { fileData: { mimeType: 'application/pdf', fileUri: 'https://example.com/a.pdf' } },
      { inlineData: { mimeType: 'audio/mpeg', data: 'AAAA' } },
      { inlineData: { mimeType: 'application/pdf', data: 'JVBERi0=' } },
      { executableCode: { language: 'PYTHON', code: 'print(1)' } },
      { text: 'clip', videoMetadata: { startOffset: '1s' } },
    ] }] }, 'm', false);
    expect(req.messages[0]!.parts).toEqual([
      { kind: 'image', source: { type: 'url', url: 'https://example.com/a.jpg' }, extensions: { protocol: 'gemini', fields: { mimeType: 'image/jpeg' } } },
      { kind: 'document', source: { type: 'url', url: 'https://example.com/a.pdf' }, extensions: { protocol: 'gemini', fields: { mimeType: 'application/pdf' } } },
      { kind: 'audio', data: 'AAAA', format: 'mp3' },
      { kind: 'document', source: { type: 'base64', mediaType: 'application/pdf', data: 'JVBERi0=' } },
      { kind: 'opaque', protocol: 'gemini', value: { executableCode: { language: 'PYTHON', code: 'print(1)' } } },
      { kind: 'text', text: 'clip', extensions: { protocol: 'gemini', fields: { videoMetadata: { startOffset: '1s' } } } },
    ]);
  });

  it('snake_case bodies decode like camelCase ones, user-owned names untouched', () => {
    const snake = {
      contents: [{ role: 'user', parts: [{ text: 'hi' }, { inline_data: { mime_type: 'image/png', data: 'AA==' } }] },
        { role: 'model', parts: [{ function_call: { name: 'f', args: { snake_arg: 1 } }, thought_signature: 'sig' }] }],
      system_instruction: { parts: [{ text: 'sys' }] },
      tools: [{ function_declarations: [{ name: 'f', parameters: { type: 'OBJECT', properties: { snake_arg: { type: 'INTEGER', max_items: 2 } }, required: ['snake_arg'] }, parameters_json_schema: undefined }] }],
      tool_config: { function_calling_config: { mode: 'ANY', allowed_function_names: ['f'] } },
      generation_config: { max_output_tokens: 10, stop_sequences: ['x'], thinking_config: { include_thoughts: true }, response_json_schema: { my_field: { type: 'string' } } },
      safety_settings: [{ category: 'C', threshold: 'T' }],
    };
    const { value, changed } = normalizeRequestKeys(snake);
    expect(changed).toBe(true);
    expect(value).toEqual({
      contents: [{ role: 'user', parts: [{ text: 'hi' }, { inlineData: { mimeType: 'image/png', data: 'AA==' } }] },
        { role: 'model', parts: [{ functionCall: { name: 'f', args: { snake_arg: 1 } }, thoughtSignature: 'sig' }] }],
      systemInstruction: { parts: [{ text: 'sys' }] },
      tools: [{ functionDeclarations: [{ name: 'f', parameters: { type: 'OBJECT', properties: { snake_arg: { type: 'INTEGER', maxItems: 2 } }, required: ['snake_arg'] }, parametersJsonSchema: undefined }] }],
      toolConfig: { functionCallingConfig: { mode: 'ANY', allowedFunctionNames: ['f'] } },
      generationConfig: { maxOutputTokens: 10, stopSequences: ['x'], thinkingConfig: { includeThoughts: true }, responseJsonSchema: { my_field: { type: 'string' } } },
      safetySettings: [{ category: 'C', threshold: 'T' }],
    });
    expect(normalizeRequestKeys({ contents: [{ parts: [{ text: 'a' }] }] }).changed).toBe(false);
    const req = decodeGenerateContentRequest(value as WireGenerateContentRequest, 'm', false);
    expect(req.toolChoice).toEqual({ type: 'tool', name: 'f' });
    expect(req.sampling).toEqual({ maxOutputTokens: 10, stop: ['x'] });
    expect(req.reasoning).toEqual({ enabled: true, includeThoughts: true });
  });
});
