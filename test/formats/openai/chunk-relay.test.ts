import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../../server/canonical/events.js';
import { OpenAIChunkRelay } from '../../../server/formats/openai/chunk-relay.js';
import type { SseMessage } from '../../../server/http/sse-parser.js';

const msg = (data: string): SseMessage => ({ data });
const chunk = (fields: Record<string, unknown>): string =>
  JSON.stringify({ id: 'chatcmpl-up', object: 'chat.completion.chunk', created: 1_700_000_000, model: 'qwen-plus-2025-01-25', ...fields });
const frames = (events: StreamEvent[]): string => events.map((e) => (e.type === 'passthrough' ? e.frames : '')).join('');
const dataLines = (text: string): unknown[] => text.split('\n\n').filter(Boolean).map((f) => {
  expect(f.startsWith('data: ')).toBe(true);
  return JSON.parse(f.slice(6)) as unknown;
});

/** #16 same-protocol pass-through: an OpenAI-compatible upstream's chunks reach a Chat Completions caller as the upstream wrote them. */
describe('OpenAIChunkRelay', () => {
  it('forwards each chunk byte for byte but for the model name, and reads the text billing needs', () => {
    const relay = new OpenAIChunkRelay('qwen-plus');
    const first = chunk({ choices: [{ index: 0, delta: { role: 'assistant', content: '' }, logprobs: null, finish_reason: null }], service_tier: 'default' });
    const text = chunk({ choices: [{ index: 0, delta: { content: 'Hello' }, logprobs: { content: [{ token: 'Hello', logprob: -0.1 }] }, finish_reason: null }] });
    const think = chunk({ choices: [{ index: 0, delta: { reasoning_content: 'hmm' }, finish_reason: null }] });
    const events = relay.read([msg(first), msg(think), msg(text)]);
    expect(events).toHaveLength(1);
    const ev = events[0]!;
    expect(ev).toMatchObject({ type: 'passthrough', output: 'Hello', thinking: 'hmm', produced: true, id: 'chatcmpl-up', created: 1_700_000_000 });
    const rename = (s: string): string => s.replace('"model":"qwen-plus-2025-01-25"', '"model":"qwen-plus"');
    expect(frames(events)).toBe(`data: ${rename(first)}\n\ndata: ${rename(think)}\n\ndata: ${rename(text)}\n\n`);
    expect(relay.complete()).toBe(false);
    const end = relay.read([msg(chunk({ choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })), msg('[DONE]'), msg(chunk({ choices: [] }))]);
    expect(dataLines(frames(end))).toEqual([expect.objectContaining({ model: 'qwen-plus', choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })]);
    expect(relay.done).toBe(true);
    expect(relay.complete()).toBe(true);
  });

  it('holds the usage back: the usage chunk becomes a usage event, usage riding on a choice chunk is cut from it', () => {
    const relay = new OpenAIChunkRelay('m');
    const events = relay.read([
      msg(chunk({ choices: [{ index: 0, delta: { content: 'x' }, finish_reason: 'stop' }], usage: { prompt_tokens: 5, completion_tokens: 1, total_tokens: 6 } })),
      msg(chunk({ choices: [], usage: { prompt_tokens: 5, completion_tokens: 2, total_tokens: 7 } })),
    ]);
    expect(events.map((e) => e.type)).toEqual(['passthrough', 'usage']);
    const [only] = dataLines(frames(events)) as Array<Record<string, unknown>>;
    expect(only).not.toHaveProperty('usage');
    expect(only).toMatchObject({ model: 'm', choices: [{ delta: { content: 'x' } }] });
    expect(events[1]).toEqual({ type: 'usage', usage: { source: 'upstream', uncachedInput: 5, output: 2 } });
  });

  it('rebuilds a chunk that spans lines (raw newlines would break the SSE framing) or spells model otherwise', () => {
    const relay = new OpenAIChunkRelay('m');
    const spaced = '{\n  "id": "c",\n  "model": "up",\n  "choices": [{"index": 0, "delta": {"content": "a"}, "finish_reason": null}]\n}';
    const events = relay.read([msg(spaced), msg('{"id":"c","choices":[{"index":0,"delta":{"content":"b"},"finish_reason":null}]}')]);
    const text = frames(events);
    expect(text.split('\n\n').filter(Boolean)).toHaveLength(2);
    expect(dataLines(text)).toEqual([
      { id: 'c', model: 'm', choices: [{ index: 0, delta: { content: 'a' }, finish_reason: null }] },
      { id: 'c', model: 'm', choices: [{ index: 0, delta: { content: 'b' }, finish_reason: null }] },
    ]);
  });

  it('passes the chunks before an error or malformed chunk on, then fails', () => {
    for (const bad of [chunk({ error: { message: 'overloaded' } }), '{not json']) {
      const relay = new OpenAIChunkRelay('m');
      const events = relay.read([msg(chunk({ choices: [{ index: 0, delta: { content: 'partial' }, finish_reason: null }] })), msg(bad), msg(chunk({ choices: [{ index: 0, delta: { content: 'never' }, finish_reason: null }] }))]);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'passthrough', output: 'partial' });
      expect(relay.failure?.code).toBe('upstream_error');
    }
  });

  it('counts tool calls as output, by name and arguments', () => {
    const relay = new OpenAIChunkRelay('m');
    const [ev] = relay.read([
      msg(chunk({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, id: 'call_1', type: 'function', function: { name: 'get_weather', arguments: '' } }] }, finish_reason: null }] })),
      msg(chunk({ choices: [{ index: 0, delta: { tool_calls: [{ index: 0, function: { arguments: '{"city":"Paris"}' } }] }, finish_reason: null }] })),
    ]);
    expect(ev).toMatchObject({ type: 'passthrough', output: 'get_weather{"city":"Paris"}', produced: true });
  });
});
