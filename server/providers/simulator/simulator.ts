import { setTimeout as sleep } from 'node:timers/promises';
import type { StreamEvent } from '../../canonical/events.js';
import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatRequest } from '../../canonical/request.js';
import type { Choice, FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { estimatePromptTokens } from '../../billing/prompt-tokens.js';
import { countTokens } from '../../billing/tokenizer.js';
import { newId } from '../../util/ids.js';
import type { ChatCallContext, ChatProvider, ChatResult } from '../types.js';
import { simulateChoice, type SimulatedChoice } from './reply.js';
import { simulatorOptions, type SimulatorOptions } from './simulator-options.js';

/**
 * The built-in offline provider. It goes through the same pipeline and billing as a real
 * upstream and reports honest token counts (same tokenizer as billing estimates).
 */
export class SimulatorProvider implements ChatProvider {
  readonly type = 'simulator' as const;

  async chat(req: CanonicalChatRequest, ctx: ChatCallContext): Promise<ChatResult> {
    const options = simulatorOptions(ctx.channel.options);
    const n = req.sampling.n ?? 1;
    const choices: SimulatedChoice[] = [];
    for (let i = 0; i < n; i++) choices.push(limit(simulateChoice(req, i), req));
    const usage = usageOf(req, choices);
    const id = newId('chatcmpl');
    const created = Math.floor(Date.now() / 1000);
    if (!req.stream) {
      if (options.firstTokenLatencyMs > 0) await sleep(options.firstTokenLatencyMs, undefined, { signal: ctx.signal });
      const out: Choice[] = choices.map((c, index) => ({ index, parts: partsOf(c), finish: c.finish }));
      return { kind: 'response', response: { id, model: ctx.upstreamModel, created, choices: out, usage } };
    }
    return { kind: 'stream', events: streamOf(id, ctx.upstreamModel, created, choices, usage, options, ctx.signal) };
  }
}

/** Applies max output tokens and stop sequences the way a real model would. */
function limit(choice: SimulatedChoice, req: CanonicalChatRequest): SimulatedChoice {
  let { text, finish } = choice;
  for (const stop of req.sampling.stop ?? []) {
    const at = stop.length > 0 ? text.indexOf(stop) : -1;
    if (at >= 0) {
      text = text.slice(0, at);
      finish = { type: 'stop_sequence', sequence: stop };
    }
  }
  const max = req.sampling.maxOutputTokens;
  if (max !== undefined && countTokens(text) > max) {
    // Cut on a word boundary until it fits; cheap enough for simulator-sized replies.
    const words = text.split(/(?<=\s)/);
    let kept = '';
    for (const w of words) {
      if (countTokens(kept + w) > max) break;
      kept += w;
    }
    return { ...choice, text: kept, toolCalls: [], finish: { type: 'length' } };
  }
  return { ...choice, text, finish };
}

function partsOf(c: SimulatedChoice): Part[] {
  const parts: Part[] = [];
  if (c.thinking) parts.push({ kind: 'thinking', text: c.thinking.text, signature: c.thinking.signature });
  if (c.text.length > 0 || c.toolCalls.length === 0) parts.push({ kind: 'text', text: c.text });
  parts.push(...c.toolCalls);
  return parts;
}

function usageOf(req: CanonicalChatRequest, choices: SimulatedChoice[]): CanonicalUsage {
  let output = 0;
  let reasoning = 0;
  for (const c of choices) {
    output += countTokens(c.text);
    for (const t of c.toolCalls) output += countTokens(t.name) + countTokens(t.argumentsRaw);
    if (c.thinking) reasoning += countTokens(c.thinking.text);
  }
  return {
    uncachedInput: estimatePromptTokens(req),
    output,
    ...(req.reasoning?.enabled ? { reasoning } : {}),
    source: 'upstream',
  };
}

async function* streamOf(
  id: string, model: string, created: number, choices: SimulatedChoice[], usage: CanonicalUsage,
  options: SimulatorOptions, signal: AbortSignal,
): AsyncGenerator<StreamEvent> {
  const pause = async (ms: number): Promise<void> => {
    if (ms > 0) await sleep(ms, undefined, { signal });
  };
  await pause(options.firstTokenLatencyMs);
  yield { type: 'start', id, model, created };
  for (const [choice, c] of choices.entries()) {
    let index = 0;
    if (c.thinking) {
      yield { type: 'part_start', choice, index, kind: 'thinking' };
      for (const piece of chunks(c.thinking.text, options.chunkSize)) {
        yield { type: 'thinking_delta', choice, index, text: piece };
        await pause(options.interChunkLatencyMs);
      }
      yield { type: 'signature_delta', choice, index, signature: c.thinking.signature };
      yield { type: 'part_end', choice, index };
      index++;
    }
    if (c.text.length > 0 || c.toolCalls.length === 0) {
      yield { type: 'part_start', choice, index, kind: 'text' };
      for (const piece of chunks(c.text, options.chunkSize)) {
        yield { type: 'text_delta', choice, index, text: piece };
        await pause(options.interChunkLatencyMs);
      }
      yield { type: 'part_end', choice, index };
      index++;
    }
    for (const call of c.toolCalls) {
      yield { type: 'part_start', choice, index, kind: 'tool_call', toolCallId: call.id, toolName: call.name };
      for (const piece of chunks(call.argumentsRaw, options.chunkSize)) {
        yield { type: 'tool_arguments_delta', choice, index, json: piece };
        await pause(options.interChunkLatencyMs);
      }
      yield { type: 'part_end', choice, index };
      index++;
    }
    yield { type: 'finish', choice, reason: c.finish satisfies FinishReason };
  }
  yield { type: 'usage', usage };
}

function chunks(s: string, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < s.length; i += size) out.push(s.slice(i, i + size));
  return out;
}
