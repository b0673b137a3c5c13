import type { CanonicalChatRequest } from '../../canonical/request.js';
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
