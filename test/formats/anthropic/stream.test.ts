import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../server/canonical/events.js';
import { GatewayError } from '../../../server/errors/gateway-error.js';
import { AnthropicStreamDecoder } from '../../../server/formats/anthropic/stream-decoder.js';
import { AnthropicStreamEncoder } from '../../../server/formats/anthropic/stream-encoder.js';
import { OpenAIStreamDecoder } from '../../../server/formats/openai/stream-decoder.js';
import { accumulate, fixtureText, sseFrames } from './helpers.js';

function decodeAnthropic(name: string): { events: StreamEvent[]; error?: unknown; complete: boolean } {
  const decoder = new AnthropicStreamDecoder();
  const events: StreamEvent[] = [];
  try {
    for (const f of sseFrames(fixtureText(name))) events.push(...decoder.decode(f.json));
  } catch (error) {
    return { events, error, complete: decoder.complete() };
  }
  return { events, complete: decoder.complete() };
}

/** Runs events through the encoder the way the handler does: `end()` gets the settled usage. */
function encode(events: readonly StreamEvent[], estimatedInput = 7): string {
  const enc = new AnthropicStreamEncoder('client-model', 'req_test', estimatedInput);
  let out = '';
  let usage: Extract<StreamEvent, { type: 'usage' }>['usage'] | undefined;
  for (const ev of events) {
    if (ev.type === 'usage' && !ev.partial) usage = ev.usage;
    out += enc.encode(ev);
  }
  return out + enc.end(usage ?? { uncachedInput: estimatedInput, output: 3, source: 'estimated' });
}

describe('Anthropic upstream stream → canonical events', () => {
  it('relays thinking with its signature, text, tool input as JSON fragments, and both usage halves', () => {
    const { events, complete } = decodeAnthropic('upstream-stream.sse');
    expect(complete).toBe(true);
    expect(events.map((e) => e.type)).toEqual([
      'start', 'usage', 'keepalive',
      'part_start', 'thinking_delta', 'thinking_delta', 'signature_delta', 'part_end',
      'part_start', 'text_delta', 'text_delta', 'part_end',
      'part_start', 'tool_arguments_delta', 'tool_arguments_delta', 'part_end',
      'finish', 'usage',
    ]);
    expect(events[1]).toEqual({ type: 'usage', partial: true, usage: { uncachedInput: 25, cacheWrite: 10, cacheRead: 500, source: 'upstream' } });
    expect(events[6]).toEqual({ type: 'signature_delta', choice: 0, index: 0, signature: 'EqQBCkYIARABGAIiQL2streamsig' });
    expect(events[12]).toMatchObject({ type: 'part_start', kind: 'tool_call', toolCallId: 'toolu_01S', toolName: 'get_weather', index: 2 });
    expect(events[16]).toEqual({ type: 'finish', choice: 0, reason: { type: 'tool_calls' } });
    expect(events[17]).toEqual({ type: 'usage', usage: { uncachedInput: 25, cacheWrite: 10, cacheRead: 500, output: 57, source: 'upstream' } });
  });

  it('re-encodes to a stream that accumulates to the same message (Anthropic → Anthropic loses nothing)', () => {
    const original = accumulate(sseFrames(fixtureText('upstream-stream.sse')));
    const reencoded = accumulate(sseFrames(encode(decodeAnthropic('upstream-stream.sse').events)));
    expect(reencoded.content).toEqual(original.content);
    expect(reencoded.stop_reason).toBe('tool_use');
    expect(reencoded.usage).toEqual({ input_tokens: 25, output_tokens: 57, cache_creation_input_tokens: 10, cache_read_input_tokens: 500 });
    expect(reencoded.id).toBe('msg_01STREAM');
  });

  it('puts the upstream cache counts in message_start, not zeros', () => {
    const frames = sseFrames(encode(decodeAnthropic('upstream-stream.sse').events));
    expect(frames[0]!.json).toMatchObject({ type: 'message_start', message: { usage: { input_tokens: 25, cache_creation_input_tokens: 10, cache_read_input_tokens: 500, output_tokens: 0 } } });
  });

  it('copes with a usage-less upstream: no usage events, and the caller still gets output_tokens', () => {
    const { events } = decodeAnthropic('upstream-stream-no-usage.sse');
    expect(events.some((e) => e.type === 'usage')).toBe(false);
    const msg = accumulate(sseFrames(encode(events, 11)));
    expect(msg.stop_reason).toBe('max_tokens');
    expect(msg.usage).toMatchObject({ input_tokens: 11, output_tokens: 3 });
    expect(msg.content).toEqual([{ type: 'text', text: 'Hello there' }]);
  });

  it('raises a mid-stream upstream error as upstream_overloaded after the partial events', () => {
    const { events, error, complete } = decodeAnthropic('upstream-stream-error.sse');
    expect(complete).toBe(false);
    expect(events.filter((e) => e.type === 'text_delta')).toHaveLength(1);
    expect(error).toBeInstanceOf(GatewayError);
    expect((error as GatewayError).code).toBe('upstream_overloaded');
  });
});

describe('OpenAI-compatible upstream stream → Anthropic SSE', () => {
  function fromOpenAI(): string {
    const decoder = new OpenAIStreamDecoder();
    const events: StreamEvent[] = [];
    for (const f of sseFrames(fixtureText('openai-upstream-stream.sse'))) events.push(...decoder.decode(f.json));
    return encode(events, 99);
  }

  it('streams tool arguments as input_json_delta (never a bare input: {}) for parallel calls', () => {
    const frames = sseFrames(fromOpenAI());
    const jsonDeltas = frames.filter((f) => (f.json.delta as { type?: string } | undefined)?.type === 'input_json_delta').map((f) => f.json.index);
    expect(jsonDeltas).toEqual([2, 2, 3, 3]);
    const msg = accumulate(frames);
    expect(msg.content).toEqual([
      { type: 'thinking', thinking: 'Two cities.', signature: '' },
      { type: 'text', text: 'Checking both.' },
      { type: 'tool_use', id: 'call_p', name: 'get_weather', input: { city: 'Paris' } },
      { type: 'tool_use', id: 'call_t', name: 'get_weather', input: { city: 'Tokyo' } },
    ]);
    expect(msg.stop_reason).toBe('tool_use');
  });

  it('reports cache and reasoning tokens in the right Anthropic fields', () => {
    const frames = sseFrames(fromOpenAI());
    // The gateway's estimate at the start (the upstream reports usage only at the end)…
    expect(frames[0]!.json).toMatchObject({ type: 'message_start', message: { usage: { input_tokens: 99, output_tokens: 0, cache_read_input_tokens: null } } });
    // …corrected by message_delta: input excludes the 100 cached tokens; output includes the 12 reasoning tokens.
    const delta = frames.find((f) => f.json.type === 'message_delta')!;
    expect(delta.json.usage).toEqual({ input_tokens: 20, cache_read_input_tokens: 100, cache_creation_input_tokens: null, output_tokens: 40, output_tokens_details: { thinking_tokens: 12 } });
    expect(frames.at(-1)!.json).toEqual({ type: 'message_stop' });
  });
});

describe('AnthropicStreamEncoder framing', () => {
  const start: StreamEvent = { type: 'start', id: 'chatcmpl-x', model: 'up', created: 1 };

  it('writes an event: line equal to the type on every frame, pings on keepalive, and ignores other choices', () => {
    const text = encode([
      start, { type: 'keepalive' },
      { type: 'part_start', choice: 0, index: 0, kind: 'text' }, { type: 'text_delta', choice: 0, index: 0, text: 'hi' },
      { type: 'part_start', choice: 1, index: 0, kind: 'text' }, { type: 'text_delta', choice: 1, index: 0, text: 'other choice' },
      { type: 'finish', choice: 0, reason: { type: 'stop_sequence', sequence: 'STOP' } },
    ]);
    for (const block of text.split('\n\n').filter(Boolean)) expect(block).toMatch(/^event: (\w+)\ndata: \{"type":"\1"/);
    const frames = sseFrames(text);
    expect(frames.filter((f) => f.json.type === 'ping')).toHaveLength(2);
    const msg = accumulate(frames);
    expect(msg.content).toEqual([{ type: 'text', text: 'hi' }]);
    expect(msg).toMatchObject({ id: 'msg_chatcmpl-x', model: 'client-model', stop_reason: 'stop_sequence', stop_sequence: 'STOP' });
  });

  it('ends with one event: error frame on a mid-stream failure, and nothing after it', () => {
    const enc = new AnthropicStreamEncoder('m', 'req_1', 5);
    let out = enc.encode(start);
    out += enc.encode({ type: 'part_start', choice: 0, index: 0, kind: 'text' });
    out += enc.encode({ type: 'error', error: new GatewayError('upstream_overloaded', 'The upstream is overloaded') });
    out += enc.encode({ type: 'text_delta', choice: 0, index: 0, text: 'late' });
    out += enc.end({ output: 1, source: 'estimated' });
    const frames = sseFrames(out);
    expect(frames.at(-1)).toEqual({ event: 'error', json: { type: 'error', error: { type: 'overloaded_error', message: 'The upstream is overloaded' }, request_id: 'req_1' } });
    // The text block never got text, so it was never opened (an empty text block is no block).
    expect(frames.map((f) => f.json.type)).toEqual(['message_start', 'ping', 'error']);
  });

  it('sends redacted thinking complete in its start and closes blocks left open', () => {
    const msg = accumulate(sseFrames(encode([
      start,
      { type: 'part_start', choice: 0, index: 0, kind: 'redacted_thinking', data: 'opaque-bytes' },
      { type: 'part_end', choice: 0, index: 0 },
      { type: 'text_delta', choice: 0, index: 1, text: 'no explicit start' },
      { type: 'finish', choice: 0, reason: { type: 'length' } },
    ])));
    expect(msg.content).toEqual([{ type: 'redacted_thinking', data: 'opaque-bytes' }, { type: 'text', text: 'no explicit start' }]);
    expect(msg.stop_reason).toBe('max_tokens');
  });
});
