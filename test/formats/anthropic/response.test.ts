import { describe, expect, it } from 'vitest';
import type { CanonicalChatResponse } from '../../../server/canonical/response.js';
import { GatewayError } from '../../../server/errors/gateway-error.js';
import { decodeMessageResponse } from '../../../server/formats/anthropic/decode-response.js';
import { encodeMessageResponse } from '../../../server/formats/anthropic/encode-response.js';
import { decodeStop, encodeStop } from '../../../server/formats/anthropic/usage.js';
import { decodeChatResponse } from '../../../server/formats/openai/decode-response.js';
import { encodeChatResponse } from '../../../server/formats/openai/encode-response.js';
import { mapAnthropicStatus } from '../../../server/providers/anthropic/anthropic.js';
import { fixtureJson } from './helpers.js';

describe('Anthropic upstream message → canonical → Anthropic caller', () => {
  const upstream = fixtureJson('upstream-message.json');
  const res = decodeMessageResponse(upstream);

  it('maps blocks, stop reason and usage buckets (cache counts in their own buckets)', () => {
    expect(res.choices[0]!.parts.map((p) => p.kind)).toEqual(['thinking', 'text', 'opaque', 'tool_call']);
    expect(res.choices[0]!.parts[0]).toEqual({ kind: 'thinking', text: 'The user wants the weather.', signature: 'EqQBCkYIARABGAIiQL2sig' });
    expect(res.choices[0]!.parts[3]).toMatchObject({ kind: 'tool_call', id: 'toolu_01A', name: 'get_weather', arguments: { city: 'Paris' }, argumentsRaw: '{"city":"Paris"}' });
    expect(res.choices[0]!.finish).toEqual({ type: 'tool_calls' });
    expect(res.usage).toEqual({ uncachedInput: 120, cacheWrite: 30, cacheRead: 400, output: 85, source: 'upstream' });
  });

  it('gives an Anthropic caller back exactly what the upstream sent', () => {
    expect(encodeMessageResponse(res, 'claude-sonnet-4-5-20250929')).toEqual(upstream);
  });

  it('gives an OpenAI caller OpenAI semantics: prompt includes cached tokens', () => {
    const openai = encodeChatResponse(res, 'm');
    expect(openai.usage).toMatchObject({ prompt_tokens: 550, completion_tokens: 85, prompt_tokens_details: { cached_tokens: 400, cache_write_tokens: 30 } });
    expect(openai.choices[0]!.finish_reason).toBe('tool_calls');
    expect(openai.choices[0]!.message.reasoning_content).toBe('The user wants the weather.');
  });

  it('leaves usage undefined when the upstream sent none, and keeps the stop sequence', () => {
    const r = decodeMessageResponse(fixtureJson('upstream-message-no-usage.json'));
    expect(r.usage).toBeUndefined();
    expect(r.choices[0]!.finish).toEqual({ type: 'stop_sequence', sequence: '###' });
    const out = encodeMessageResponse(r, 'qwen3-max', { uncachedInput: 9, output: 2, source: 'estimated' });
    expect(out).toMatchObject({ stop_reason: 'stop_sequence', stop_sequence: '###', usage: { input_tokens: 9, output_tokens: 2, cache_creation_input_tokens: null, cache_read_input_tokens: null } });
  });

  it('rejects malformed bodies as upstream_error', () => {
    for (const bad of [fixtureJson('upstream-message-malformed.json'), null, 'text', { type: 'error', error: { type: 'api_error', message: 'boom' } }]) {
      let err: unknown;
      try {
        decodeMessageResponse(bad);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(GatewayError);
      expect((err as GatewayError).code).toBe('upstream_error');
    }
  });
});

describe('canonical (OpenAI-compatible upstream) → Anthropic message', () => {
  it('turns reasoning_content into a thinking block, tool calls into tool_use, and reports usage Anthropic-style', () => {
    const res = decodeChatResponse({
      id: 'chatcmpl-1', created: 1, model: 'qwen',
      choices: [{ index: 0, finish_reason: 'tool_calls', message: { role: 'assistant', content: '', reasoning_content: 'hmm', tool_calls: [{ id: 'call_1', type: 'function', function: { name: 'f', arguments: '{"a":1}' } }] } }],
      usage: { prompt_tokens: 100, completion_tokens: 30, total_tokens: 130, prompt_tokens_details: { cached_tokens: 60 }, completion_tokens_details: { reasoning_tokens: 10 } },
    });
    const out = encodeMessageResponse(res, 'qwen3-max');
    expect(out.id).toBe('msg_chatcmpl-1');
    expect(out.content).toEqual([
      { type: 'thinking', thinking: 'hmm', signature: '' },
      { type: 'tool_use', id: 'call_1', name: 'f', input: { a: 1 } },
    ]);
    expect(out.stop_reason).toBe('tool_use');
    // input_tokens excludes cached tokens; output_tokens includes reasoning.
    expect(out.usage).toEqual({ input_tokens: 40, cache_read_input_tokens: 60, cache_creation_input_tokens: null, output_tokens: 30, output_tokens_details: { thinking_tokens: 10 } });
  });

  it('maps every finish reason faithfully', () => {
    const cases: Array<[CanonicalChatResponse['choices'][number]['finish'], string, string | null]> = [
      [{ type: 'stop' }, 'end_turn', null],
      [{ type: 'length' }, 'max_tokens', null],
      [{ type: 'tool_calls' }, 'tool_use', null],
      [{ type: 'stop_sequence', sequence: 'END' }, 'stop_sequence', 'END'],
      [{ type: 'content_filter' }, 'refusal', null],
      [{ type: 'other', raw: 'pause_turn' }, 'pause_turn', null],
      [{ type: 'other', raw: 'function_call' }, 'end_turn', null],
      [{ type: 'error' }, 'end_turn', null],
    ];
    for (const [finish, reason, sequence] of cases) expect(encodeStop(finish)).toEqual({ stop_reason: reason, stop_sequence: sequence });
    expect(decodeStop('max_tokens', null)).toEqual({ type: 'length' });
    expect(decodeStop('refusal', null)).toEqual({ type: 'content_filter' });
    expect(decodeStop('model_context_window_exceeded', null)).toEqual({ type: 'other', raw: 'model_context_window_exceeded' });
  });
});

describe('Anthropic upstream errors', () => {
  it('maps 529 overloaded to upstream_overloaded (503, overloaded_error) and keeps the shared rules otherwise', () => {
    const overloaded = mapAnthropicStatus(529, '{"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}', undefined);
    expect(overloaded.code).toBe('upstream_overloaded');
    expect(overloaded.status).toBe(503);
    expect(overloaded.retryAfter).toBe(5);
    expect(mapAnthropicStatus(429, '{"type":"error","error":{"type":"rate_limit_error","message":"slow"}}', '3')).toMatchObject({ code: 'upstream_rate_limited', retryAfter: 3 });
    expect(mapAnthropicStatus(400, '{"type":"error","error":{"type":"invalid_request_error","message":"bad thinking"}}', undefined).message).toContain('bad thinking');
    expect(mapAnthropicStatus(401, '{}', undefined)).toMatchObject({ code: 'upstream_error', status: 502 });
  });
});
