import type { CanonicalChatResponse } from '../../canonical/response.js';
import type { WireChatResponse, WireToolCall } from './wire.js';
import { encodeFinish, encodeUsage } from './usage.js';

/** Canonical response → OpenAI `chat.completion` (protocols.md §2.2). */
export function encodeChatResponse(res: CanonicalChatResponse, model: string, costMicro?: number): WireChatResponse {
  const out: WireChatResponse = {
    id: res.id,
    object: 'chat.completion',
    created: res.created,
    model,
    choices: res.choices.map((c) => {
      let text = '';
      let hasText = false;
      let reasoning = '';
      const toolCalls: WireToolCall[] = [];
      for (const p of c.parts) {
        if (p.kind === 'text') {
          text += p.text;
          hasText = true;
        } else if (p.kind === 'thinking') reasoning += p.text;
        else if (p.kind === 'tool_call') toolCalls.push({ id: p.id, type: 'function', function: { name: p.name, arguments: p.argumentsRaw } });
      }
      const message: WireChatResponse['choices'][number]['message'] = {
        role: 'assistant',
        content: hasText || toolCalls.length === 0 ? text : null,
        refusal: null,
        annotations: [],
      };
      if (toolCalls.length > 0) message.tool_calls = toolCalls;
      // DashScope/DeepSeek convention for reasoning text in Chat Completions.
      if (reasoning.length > 0) message.reasoning_content = reasoning;
      return { index: c.index, message, logprobs: null, finish_reason: encodeFinish(c.finish) };
    }),
    system_fingerprint: null,
  };
  if (res.usage) out.usage = encodeUsage(res.usage, costMicro);
  return out;
}
