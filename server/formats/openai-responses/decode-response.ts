import type { Part } from '../../canonical/parts.js';
import type { CanonicalChatResponse, FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { parsedArgs } from '../openai/decode-request.js';

interface UpstreamItem {
  type?: unknown;
  content?: Array<{ type?: unknown; text?: unknown; refusal?: unknown }>;
  summary?: Array<{ text?: unknown }>;
  encrypted_content?: unknown;
  call_id?: unknown;
  name?: unknown;
  arguments?: unknown;
}

/** Upstream Responses usage → canonical buckets (input includes cached, output includes reasoning). */
export function decodeResponsesUsage(raw: unknown): CanonicalUsage | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const u = raw as { input_tokens?: unknown; output_tokens?: unknown; input_tokens_details?: { cached_tokens?: unknown }; output_tokens_details?: { reasoning_tokens?: unknown } };
  if (typeof u.input_tokens !== 'number' && typeof u.output_tokens !== 'number') return undefined;
  const cached = typeof u.input_tokens_details?.cached_tokens === 'number' ? u.input_tokens_details.cached_tokens : undefined;
  const reasoning = typeof u.output_tokens_details?.reasoning_tokens === 'number' ? u.output_tokens_details.reasoning_tokens : undefined;
  const out: CanonicalUsage = { source: 'upstream' };
  if (typeof u.input_tokens === 'number') out.uncachedInput = Math.max(0, u.input_tokens - (cached ?? 0));
  if (cached !== undefined) out.cacheRead = cached;
  if (typeof u.output_tokens === 'number') out.output = Math.max(0, u.output_tokens - (reasoning ?? 0));
  if (reasoning !== undefined) out.reasoning = reasoning;
  return out;
}

/** One upstream output item → canonical parts (reasoning keeps its encrypted content as the signature). */
export function itemParts(item: UpstreamItem): Part[] {
  switch (item.type) {
    case 'message':
      return (item.content ?? []).flatMap((c): Part[] => {
        if (c.type === 'output_text' && typeof c.text === 'string') return [{ kind: 'text', text: c.text }];
        if (c.type === 'refusal' && typeof c.refusal === 'string') return [{ kind: 'text', text: c.refusal }];
        return [];
      });
    case 'function_call': {
      const args = typeof item.arguments === 'string' ? item.arguments : '';
      return [{ kind: 'tool_call', id: String(item.call_id ?? ''), name: String(item.name ?? ''), argumentsRaw: args, ...parsedArgs(args) }];
    }
    case 'reasoning': {
      const text = (item.summary ?? []).map((s) => (typeof s.text === 'string' ? s.text : '')).join('\n\n');
      const signature = typeof item.encrypted_content === 'string' ? item.encrypted_content : undefined;
      return [{ kind: 'thinking', text, ...(signature !== undefined ? { signature } : {}) }];
    }
    default:
      return [];
  }
}

/** The finish reason of a finished upstream response. */
export function finishOf(status: unknown, incompleteReason: unknown, parts: readonly Part[]): FinishReason {
  if (status === 'incomplete') return incompleteReason === 'content_filter' ? { type: 'content_filter' } : { type: 'length' };
  return parts.some((p) => p.kind === 'tool_call') ? { type: 'tool_calls' } : { type: 'stop' };
}

/** Upstream `response` object → canonical response. */
export function decodeResponsesResponse(raw: unknown): CanonicalChatResponse {
  if (typeof raw !== 'object' || raw === null || !Array.isArray((raw as { output?: unknown }).output)) {
    throw new GatewayError('upstream_error', 'The upstream returned a response without output.');
  }
  const r = raw as { id?: unknown; model?: unknown; created_at?: unknown; status?: unknown; output: UpstreamItem[]; usage?: unknown; error?: { message?: unknown } | null; incomplete_details?: { reason?: unknown } | null };
  if (r.status === 'failed') throw new GatewayError('upstream_error', `The upstream response failed: ${String(r.error?.message ?? 'unknown error')}`);
  const parts = r.output.flatMap(itemParts);
  const res: CanonicalChatResponse = {
    id: typeof r.id === 'string' ? r.id : 'resp_upstream',
    model: typeof r.model === 'string' ? r.model : '',
    created: typeof r.created_at === 'number' ? r.created_at : Math.floor(Date.now() / 1000),
    choices: [{ index: 0, parts, finish: finishOf(r.status, r.incomplete_details?.reason, parts) }],
  };
  const usage = decodeResponsesUsage(r.usage);
  if (usage) res.usage = usage;
  return res;
}
