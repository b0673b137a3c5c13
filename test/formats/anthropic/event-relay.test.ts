import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../server/canonical/events.js';
import { AnthropicEventRelay } from '../../../server/formats/anthropic/event-relay.js';
import type { SseMessage } from '../../../server/http/sse-parser.js';

const ev = (data: Record<string, unknown> & { type: string }): SseMessage => ({ event: data.type, data: JSON.stringify(data) });
const frames = (events: StreamEvent[]): string => events.map((e) => (e.type === 'passthrough' ? e.frames : '')).join('');
const start = (usage?: Record<string, unknown>) => ({ type: 'message_start', message: { id: 'msg_up', type: 'message', role: 'assistant', model: 'claude-up-2026', content: [], stop_reason: null, stop_sequence: null, ...(usage ? { usage } : {}) } });

/** #16 same-protocol pass-through: an Anthropic upstream's events reach a Messages caller as the upstream wrote them. */
describe('AnthropicEventRelay', () => {
  it('forwards every event as written, unknown blocks and deltas included, renaming only message_start\'s model', () => {
    const relay = new AnthropicEventRelay('claude-x', 50);
    const input = [
      ev(start({ input_tokens: 12, output_tokens: 1, cache_read_input_tokens: 30, cache_creation_input_tokens: 4 })),
      ev({ type: 'ping' }),
      ev({ type: 'content_block_start', index: 0, content_block: { type: 'server_tool_use', id: 'srvtoolu_1', name: 'web_search', input: {} } }),
      ev({ type: 'content_block_delta', index: 0, delta: { type: 'input_json_delta', partial_json: '{"query":"x"}' } }),
      ev({ type: 'content_block_stop', index: 0 }),
      ev({ type: 'content_block_start', index: 1, content_block: { type: 'text', text: '' } }),
      ev({ type: 'content_block_delta', index: 1, delta: { type: 'citations_delta', citation: { type: 'web_search_result_location', url: 'https://e.x' } } }),
      ev({ type: 'content_block_delta', index: 1, delta: { type: 'text_delta', text: 'Sunny.' } }),
      ev({ type: 'content_block_stop', index: 1 }),
      ev({ type: 'brand_new_event', payload: 1 }),
      ev({ type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 9, server_tool_use: { web_search_requests: 1 } } }),
      ev({ type: 'message_stop' }),
      ev({ type: 'ping' }),
    ];
    const events = relay.read(input);
    const expected = input.slice(0, 12).map((m) => `event: ${m.event}\ndata: ${m.data.replace('"model":"claude-up-2026"', '"model":"claude-x"')}\n\n`).join('');
    expect(frames(events)).toBe(expected);
    expect(events[0]).toMatchObject({ type: 'passthrough', output: 'web_search{"query":"x"}Sunny.', thinking: '', produced: true, id: 'msg_up' });
    expect(events.slice(1)).toEqual([
      { type: 'usage', partial: true, usage: { source: 'upstream', uncachedInput: 12, cacheRead: 30, cacheWrite: 4 } },
      { type: 'usage', usage: { source: 'upstream', uncachedInput: 12, cacheRead: 30, cacheWrite: 4, output: 9 } },
    ]);
    expect(relay.done).toBe(true);
    expect(relay.complete()).toBe(true);
  });

  it('fills in the usage SDKs read when the upstream sends none: the estimate in message_start, the close left to the encoder', () => {
    const relay = new AnthropicEventRelay('claude-x', 50);
    const events = relay.read([
      ev(start()),
      ev({ type: 'content_block_start', index: 0, content_block: { type: 'thinking', thinking: '', signature: '' } }),
      ev({ type: 'content_block_delta', index: 0, delta: { type: 'thinking_delta', thinking: 'hmm' } }),
      ev({ type: 'content_block_stop', index: 0 }),
      ev({ type: 'message_delta', delta: { stop_reason: 'max_tokens', stop_sequence: null } }),
      ev({ type: 'message_stop' }),
    ]);
    const text = frames(events);
    expect(text).not.toContain('message_delta');
    expect(text).not.toContain('message_stop');
    const first = JSON.parse(text.split('\n')[1]!.slice(6)) as { message: { model: string; usage: unknown } };
    expect(first.message.model).toBe('claude-x');
    expect(first.message.usage).toEqual({ input_tokens: 50, output_tokens: 0, cache_creation_input_tokens: null, cache_read_input_tokens: null });
    expect(events.at(-1)).toEqual({ type: 'finish', choice: 0, reason: { type: 'length' } });
    expect(events[0]).toMatchObject({ thinking: 'hmm', produced: true });
    expect(relay.complete()).toBe(true);
  });

  it('puts the type an event only named in its `event:` line into its JSON (SDKs read it there)', () => {
    const relay = new AnthropicEventRelay('m', 0);
    const events = relay.read([{ event: 'content_block_stop', data: '{"index":0}' }]);
    expect(frames(events)).toBe('event: content_block_stop\ndata: {"index":0,"type":"content_block_stop"}\n\n');
    // Rebuilt, message_start still gets the caller's model name.
    const { type: _type, ...untyped } = start({ input_tokens: 3, output_tokens: 1 });
    const text = frames(new AnthropicEventRelay('claude-x', 0).read([{ event: 'message_start', data: JSON.stringify(untyped) }]));
    const sent = JSON.parse(text.split('\n')[1]!.slice(6)) as { type: string; message: { model: string } };
    expect(sent).toMatchObject({ type: 'message_start', message: { model: 'claude-x' } });
  });

  it('passes the events before an error on, then fails with the error\'s class', () => {
    const relay = new AnthropicEventRelay('m', 0);
    const events = relay.read([
      ev(start({ input_tokens: 1, output_tokens: 1 })),
      ev({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } }),
      ev({ type: 'message_stop' }),
    ]);
    expect(frames(events)).toContain('message_start');
    expect(frames(events)).not.toContain('message_stop');
    expect(relay.failure?.code).toBe('upstream_overloaded');
    expect(relay.complete()).toBe(false);
  });
});
