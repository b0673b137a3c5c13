import type { CanonicalChatRequest } from '../../canonical/request.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { WireChatRequest } from '../../formats/openai/wire.js';

/**
 * Per-channel upstream quirks, declared in the channel's `quirks` (design.md "Provider adapters").
 * - `enableThinkingFalseWhenNotStreaming`: Qwen rejects thinking on non-streaming calls (dashscope.md §1.4).
 * - `maxTokensField`: which field carries the output cap (`max_tokens` or `max_completion_tokens`, §1.5).
 */
export interface OpenAICompatibleQuirks {
  enableThinkingFalseWhenNotStreaming?: boolean;
  maxTokensField?: 'max_tokens' | 'max_completion_tokens';
  /** Forward `enable_thinking`/`thinking_budget` from canonical reasoning settings (DashScope). */
  dashscopeThinking?: boolean;
}

export function readQuirks(raw: Record<string, unknown> | undefined): OpenAICompatibleQuirks {
  const q: OpenAICompatibleQuirks = {};
  if (raw?.enableThinkingFalseWhenNotStreaming === true) q.enableThinkingFalseWhenNotStreaming = true;
  if (raw?.maxTokensField === 'max_tokens' || raw?.maxTokensField === 'max_completion_tokens') q.maxTokensField = raw.maxTokensField;
  if (raw?.dashscopeThinking === true) q.dashscopeThinking = true;
  return q;
}

export function applyQuirks(body: WireChatRequest, req: CanonicalChatRequest, quirks: OpenAICompatibleQuirks): WireChatRequest {
  if (quirks.dashscopeThinking && req.reasoning) {
    if (req.reasoning.enabled !== undefined) body.enable_thinking = req.reasoning.enabled;
    if (req.reasoning.budgetTokens !== undefined) body.thinking_budget = req.reasoning.budgetTokens;
  }
  if (quirks.enableThinkingFalseWhenNotStreaming && !req.stream) body.enable_thinking = false;
  if (quirks.maxTokensField === 'max_tokens' && body.max_completion_tokens != null) {
    body.max_tokens = body.max_completion_tokens;
    delete body.max_completion_tokens;
  }
  return body;
}

/**
 * Upstream errors whose HTTP status misleads (dashscope.md §1.8): DashScope answers an overdue
 * account with 400 `Arrearage` — the channel's key, not the caller's request — so it becomes
 * upstream_error (another channel is tried, the circuit counts it) instead of a 400 passed on.
 * (429 `Throttling.AllocationQuota`, shown as `insufficient_quota`, is TPM throttling and already
 * maps to upstream_rate_limited like every 429, never to a billing error.)
 */
export function channelAccountError(status: number, body: string): GatewayError | undefined {
  if (status !== 400 || !/"code"\s*:\s*"Arrearage"/.test(body)) return undefined;
  return new GatewayError('upstream_error', 'The upstream refused this channel\'s account (arrears).', { detail: `upstream ${status}: ${body.slice(0, 1000)}` });
}
