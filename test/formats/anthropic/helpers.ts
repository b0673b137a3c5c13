import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SseParser } from '../../../server/http/sse-parser.js';

const FIXTURES = join(import.meta.dirname, 'fixtures');

export function fixtureJson<T = Record<string, unknown>>(name: string): T {
  return JSON.parse(readFileSync(join(FIXTURES, name), 'utf8')) as T;
}

export function fixtureText(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export interface Frame {
  event: string | undefined;
  json: Record<string, unknown>;
}

/** SSE text → frames with their JSON, skipping a `[DONE]` terminator. */
export function sseFrames(text: string): Frame[] {
  const parser = new SseParser();
  const messages = [...parser.push(text), ...parser.end()];
  return messages.filter((m) => m.data !== '[DONE]').map((m) => ({ event: m.event, json: JSON.parse(m.data) as Record<string, unknown> }));
}

type Block = Record<string, unknown> & { type: string };

/**
 * What the SDK's `messages.stream()` accumulator builds from Anthropic frames (protocols.md §3.4),
 * strict about the rules it depends on: an `event:` line equal to the type on every frame, a
 * usage object in message_start, `output_tokens` in message_delta, message_stop at the end.
 */
export function accumulate(frames: readonly Frame[]): Record<string, unknown> & { content: Block[]; usage: Record<string, unknown> } {
  let message: (Record<string, unknown> & { content: Block[]; usage: Record<string, unknown> }) | undefined;
  const json = new Map<number, string>();
  let stopped = false;
  for (const f of frames) {
    if (f.event !== f.json.type) throw new Error(`event: ${String(f.event)} but type ${String(f.json.type)}`);
    if (stopped) throw new Error(`frame after message_stop: ${String(f.json.type)}`);
    const ev = f.json as Record<string, unknown> & { index: number };
    switch (ev.type) {
      case 'message_start': {
        message = structuredClone(ev.message) as typeof message;
        if (typeof message?.usage !== 'object' || message.usage === null) throw new Error('message_start without usage');
        break;
      }
      case 'content_block_start':
        if (!message) throw new Error('block before message_start');
        if (ev.index !== message.content.length) throw new Error(`block index ${ev.index} is not the next position ${message.content.length}`);
        message.content.push(structuredClone(ev.content_block) as Block);
        break;
      case 'content_block_delta': {
        const block = message?.content[ev.index];
        const d = ev.delta as Record<string, string>;
        if (!block) throw new Error(`delta for unknown block ${ev.index}`);
        if (d.type === 'text_delta') block.text = String(block.text) + d.text;
        else if (d.type === 'thinking_delta') block.thinking = String(block.thinking) + d.thinking;
        else if (d.type === 'signature_delta') block.signature = d.signature;
        else if (d.type === 'input_json_delta') json.set(ev.index, (json.get(ev.index) ?? '') + d.partial_json);
        break;
      }
      case 'content_block_stop': {
        const block = message?.content[ev.index];
        const raw = json.get(ev.index);
        if (block?.type === 'tool_use' && raw) block.input = JSON.parse(raw);
        break;
      }
      case 'message_delta': {
        if (!message) throw new Error('message_delta before message_start');
        const d = ev.delta as Record<string, unknown>;
        const u = ev.usage as Record<string, unknown> | undefined;
        if (typeof u?.output_tokens !== 'number') throw new Error('message_delta without usage.output_tokens');
        message.stop_reason = d.stop_reason;
        message.stop_sequence = d.stop_sequence;
        for (const [k, v] of Object.entries(u)) if (v !== null) message.usage[k] = v;
        break;
      }
      case 'message_stop':
        stopped = true;
        break;
      default:
        break;
    }
  }
  if (!message || !stopped) throw new Error('stream ended without message_stop');
  return message;
}
