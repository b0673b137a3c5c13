import { describe, expect, it } from 'vitest';
import { decodeMessagesRequest } from '../../../server/formats/anthropic/decode-request.js';
import { encodeMessagesRequest } from '../../../server/formats/anthropic/encode-request.js';
import type { WireMessagesRequest } from '../../../server/formats/anthropic/wire.js';
import { decodeChatRequest } from '../../../server/formats/openai/decode-request.js';
import { encodeChatRequest } from '../../../server/formats/openai/encode-request.js';
import type { WireChatRequest } from '../../../server/formats/openai/wire.js';
import { estimatePromptTokens } from '../../../server/billing/prompt-tokens.js';
import { fixtureJson } from './helpers.js';

const OPTS = { defaultMaxTokens: 4096, samplingAllowed: true };

describe('Anthropic request → canonical', () => {
  const body = fixtureJson<WireMessagesRequest>('inbound-request.json');
  const req = decodeMessagesRequest(body, { beta: 'prompt-caching-2024-07-31,interleaved-thinking-2025-05-14' });

  it('models the fields it knows', () => {
    expect(req.inbound).toBe('anthropic');
    expect(req.stream).toBe(true);
    expect(req.sampling).toEqual({ maxOutputTokens: 4096, temperature: 0.3, topK: 20, stop: ['###'] });
    expect(req.toolChoice).toEqual({ type: 'required' });
    expect(req.parallelToolCalls).toBe(false);
    expect(req.endUser).toBe('user-42');
    expect(req.reasoning).toEqual({ enabled: true, budgetTokens: 2048, effort: 'high' });
    expect(req.tools.map((t) => t.name)).toEqual(['get_weather']);
    expect(req.tools[0]?.extensions).toEqual({ protocol: 'anthropic', fields: { cache_control: { type: 'ephemeral' } } });
    expect(req.forwardHeaders).toEqual({ protocol: 'anthropic', headers: { 'anthropic-beta': 'prompt-caching-2024-07-31,interleaved-thinking-2025-05-14' } });
  });

  it('keeps what it does not model: top-level fields, server tools, unknown blocks, cache_control', () => {
    expect(req.extensions).toEqual({
      protocol: 'anthropic',
      fields: { output_config: { effort: 'high' }, container: 'container_abc', service_tier: 'auto', tools: [{ type: 'web_search_20250305', name: 'web_search', max_uses: 3 }] },
    });
    expect(req.system).toEqual([{ kind: 'text', text: 'You are a weather bot.', extensions: { protocol: 'anthropic', fields: { cache_control: { type: 'ephemeral', ttl: '1h' } } } }]);
    const first = req.messages[0]!;
    expect(first.role).toBe('user');
    // Consecutive user turns are one turn.
    expect(first.parts.map((p) => p.kind)).toEqual(['text', 'image', 'image', 'document', 'opaque']);
    expect(first.parts[3]).toMatchObject({ kind: 'document', title: 'Notes', source: { type: 'text', text: 'Bring an umbrella.' }, extensions: { fields: { context: 'from the user' } } });
    expect(first.parts[4]).toMatchObject({ kind: 'opaque', protocol: 'anthropic', value: { type: 'search_result' } });
  });

  it('splits a user turn into tool results and the rest, and keeps signed thinking', () => {
    expect(req.messages.map((m) => m.role)).toEqual(['user', 'assistant', 'tool', 'user']);
    expect(req.messages[1]!.parts.slice(0, 2)).toEqual([
      { kind: 'thinking', text: 'Two cities: call the tool twice.', signature: 'EqQBCkYIARABGAIiQL2' },
      { kind: 'redacted_thinking', data: 'EmwKAhgBEgy3va3pzix' },
    ]);
    expect(req.messages[2]!.parts).toMatchObject([
      { kind: 'tool_result', callId: 'toolu_01A', content: [{ kind: 'text', text: '18C, rain' }] },
      { kind: 'tool_result', callId: 'toolu_01B', isError: false, extensions: { fields: { cache_control: { type: 'ephemeral' } } } },
    ]);
  });

  it('re-encodes for an Anthropic upstream without losing anything', () => {
    const out = encodeMessagesRequest(req, 'claude-up', OPTS);
    const expected = structuredClone(body) as WireMessagesRequest & { messages: Array<{ role: string; content: unknown }> };
    expected.model = 'claude-up';
    // The two leading user turns arrive merged (the API merges them the same way).
    const merged = [{ type: 'text', text: 'What is the weather in Paris and Tokyo?' }, ...(expected.messages[1]!.content as unknown[])];
    expected.messages.splice(0, 2, { role: 'user', content: merged });
    // A tool result of one plain text block is the same as its string form.
    const results = expected.messages[2]!.content as Array<Record<string, unknown>>;
    results[1]!.content = '25C, sun';
    expect(out).toEqual(expected);
  });

  it('becomes one OpenAI tool message per result for OpenAI-compatible upstreams', () => {
    const openai = encodeChatRequest(req, 'qwen3-max');
    expect(openai.messages.map((m) => m.role)).toEqual(['system', 'user', 'assistant', 'tool', 'tool', 'user']);
    expect(openai.messages[2]!.tool_calls?.map((c) => (c.type === 'function' ? c.function.arguments : undefined))).toEqual(['{"city":"Paris"}', '{"city":"Tokyo"}']);
    expect(openai.messages[2]!.reasoning_content).toBe('Two cities: call the tool twice.');
    expect(openai.tools?.map((t) => t.function.name)).toEqual(['get_weather']);
    expect(openai.max_completion_tokens).toBe(4096);
    expect(openai).not.toHaveProperty('container');
  });

  it('maps thinking variants and tool choices', () => {
    const base = { model: 'm', max_tokens: 10, messages: [{ role: 'user' as const, content: 'hi' }] };
    expect(decodeMessagesRequest({ ...base, thinking: { type: 'disabled' } }).reasoning).toEqual({ enabled: false });
    const adaptive = decodeMessagesRequest({ ...base, thinking: { type: 'adaptive', display: 'omitted' } });
    expect(adaptive.reasoning).toEqual({ enabled: true, includeThoughts: false });
    // Not expressible canonically: kept verbatim, and sent back verbatim.
    expect(encodeMessagesRequest(adaptive, 'u', OPTS).thinking).toEqual({ type: 'adaptive', display: 'omitted' });
    expect(decodeMessagesRequest({ ...base, tool_choice: { type: 'tool', name: 'x' } }).toolChoice).toEqual({ type: 'tool', name: 'x' });
    expect(decodeMessagesRequest({ ...base, tool_choice: { type: 'none' } }).toolChoice).toEqual({ type: 'none' });
    const auto = decodeMessagesRequest({ ...base, tool_choice: { type: 'auto' } });
    expect(auto.toolChoice).toEqual({ type: 'auto' });
    expect(auto.parallelToolCalls).toBeUndefined();
    expect(decodeMessagesRequest({ ...base, system: 'Be nice.' }).system).toEqual([{ kind: 'text', text: 'Be nice.' }]);
  });

  it('drops sampling fields for upstreams on API version 2026-10-21', () => {
    const req2 = decodeMessagesRequest({ model: 'm', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], temperature: 0.2, top_p: 0.5, top_k: 3 });
    expect(encodeMessagesRequest(req2, 'u', OPTS)).toMatchObject({ temperature: 0.2, top_p: 0.5, top_k: 3 });
    const newer = encodeMessagesRequest(req2, 'u', { ...OPTS, samplingAllowed: false });
    expect(newer).not.toHaveProperty('temperature');
    expect(newer).not.toHaveProperty('top_p');
    expect(newer).not.toHaveProperty('top_k');
  });

  it('counts tokens the way billing estimates them', () => {
    const counted = decodeMessagesRequest({ model: 'm', messages: [{ role: 'user', content: 'Hello!' }] } as WireMessagesRequest);
    expect(estimatePromptTokens(counted)).toBeGreaterThan(0);
    expect(counted.sampling.maxOutputTokens).toBeUndefined();
  });
});

describe('OpenAI-format history → Anthropic upstream', () => {
  it('merges consecutive tool results into ONE user turn, drops unsigned thinking, hoists system', () => {
    const req = decodeChatRequest(fixtureJson<WireChatRequest>('openai-tool-history.json'));
    const out = encodeMessagesRequest(req, 'claude-up', OPTS);
    expect(out).toEqual(fixtureJson('openai-tool-history.anthropic.json'));
  });

  it('hoists mid-conversation system messages and puts tool results first in a user turn', () => {
    const req = decodeChatRequest({
      model: 'm',
      messages: [
        { role: 'user', content: 'a' },
        { role: 'system', content: 'late rule' },
        { role: 'assistant', content: null, tool_calls: [{ id: 'c1', type: 'function', function: { name: 'f', arguments: 'not json' } }] },
        { role: 'user', content: 'interjection' },
        { role: 'tool', tool_call_id: 'c1', content: '' },
      ],
    });
    const out = encodeMessagesRequest(req, 'u', OPTS);
    expect(out.system).toBe('late rule');
    expect(out.messages).toEqual([
      { role: 'user', content: [{ type: 'text', text: 'a' }] },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'c1', name: 'f', input: {} }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'c1' }, { type: 'text', text: 'interjection' }] },
    ]);
    expect(out.max_tokens).toBe(4096);
  });

  it('turns a JSON-schema response format and an end user into their Anthropic fields', () => {
    const req = decodeChatRequest({
      model: 'm', user: 'u1', max_tokens: 100, temperature: 1.8,
      messages: [{ role: 'user', content: 'x' }],
      response_format: { type: 'json_schema', json_schema: { name: 'r', schema: { type: 'object' } } },
    });
    const out = encodeMessagesRequest(req, 'u', OPTS);
    expect(out.output_config).toEqual({ format: { type: 'json_schema', schema: { type: 'object' } } });
    expect(out.metadata).toEqual({ user_id: 'u1' });
    // Anthropic's temperature range is 0–1.
    expect(out.temperature).toBe(1);
    expect(out).not.toHaveProperty('thinking');
  });
});
