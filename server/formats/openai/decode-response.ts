import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatResponse, Choice } from '../../canonical/response.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { parsedArgs } from './decode-request.js';
import { decodeFinish, decodeUsage } from './usage.js';

/** An upstream OpenAI `chat.completion` body → canonical. Upstream data is untrusted: checked, not assumed. */
export function decodeChatResponse(body: unknown): CanonicalChatResponse {
  if (typeof body !== 'object' || body === null || !Array.isArray((body as { choices?: unknown }).choices)) {
    throw new GatewayError('upstream_error', 'The upstream returned a malformed chat completion.');
  }
  const b = body as { id?: unknown; model?: unknown; created?: unknown; choices: unknown[]; usage?: unknown };
  const choices: Choice[] = b.choices.map((raw, i) => {
    const c = (raw ?? {}) as { index?: unknown; message?: Record<string, unknown>; finish_reason?: unknown };
    const m = c.message ?? {};
    const parts: Part[] = [];
    if (typeof m.reasoning_content === 'string' && m.reasoning_content.length > 0) parts.push({ kind: 'thinking', text: m.reasoning_content });
    if (typeof m.content === 'string') parts.push({ kind: 'text', text: m.content });
    if (Array.isArray(m.tool_calls)) {
      for (const [k, t] of m.tool_calls.entries()) {
        const call = (t ?? {}) as { id?: unknown; function?: { name?: unknown; arguments?: unknown } };
        const args = typeof call.function?.arguments === 'string' ? call.function.arguments : '';
        parts.push({ kind: 'tool_call', id: typeof call.id === 'string' ? call.id : `call_${i}_${k}`, name: String(call.function?.name ?? ''), argumentsRaw: args, ...parsedArgs(args) });
      }
    }
    return { index: typeof c.index === 'number' ? c.index : i, parts, finish: c.finish_reason == null ? { type: 'stop' } : decodeFinish(c.finish_reason) };
  });
  const out: CanonicalChatResponse = {
    id: typeof b.id === 'string' ? b.id : 'chatcmpl-upstream',
    model: typeof b.model === 'string' ? b.model : '',
    created: typeof b.created === 'number' ? b.created : Math.floor(Date.now() / 1000),
    choices,
  };
  const usage = decodeUsage(b.usage);
  if (usage) out.usage = usage;
  return out;
}
