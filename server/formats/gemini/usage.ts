import type { FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import { totalInput } from '../../canonical/usage.js';
import type { WireUsageMetadata } from './wire.js';

/**
 * Gemini's `promptTokenCount` includes cached tokens (`cachedContentTokenCount` is a part of
 * it, not an addition: counting both is the double count of landscape.md #3);
 * `candidatesTokenCount` excludes thinking (`thoughtsTokenCount`); the total adds the three.
 * The canonical buckets are disjoint.
 */
export function encodeUsageMetadata(u: CanonicalUsage): WireUsageMetadata {
  const prompt = totalInput(u) ?? 0;
  const candidates = u.output ?? 0;
  const out: WireUsageMetadata = { promptTokenCount: prompt, candidatesTokenCount: candidates };
  if (u.cacheRead !== undefined && u.cacheRead > 0) out.cachedContentTokenCount = u.cacheRead;
  if (u.reasoning !== undefined && u.reasoning > 0) out.thoughtsTokenCount = u.reasoning;
  out.totalTokenCount = prompt + candidates + (u.reasoning ?? 0);
  return out;
}

/** Upstream `usageMetadata` → canonical buckets; missing numbers stay undefined. */
export function decodeUsageMetadata(w: unknown): CanonicalUsage | undefined {
  if (typeof w !== 'object' || w === null) return undefined;
  const m = w as Record<string, unknown>;
  const prompt = num(m.promptTokenCount);
  const candidates = num(m.candidatesTokenCount);
  const thoughts = num(m.thoughtsTokenCount);
  const cached = num(m.cachedContentTokenCount);
  // Tokens of tool-use prompts (e.g. search results) are input the model read, billed as input.
  const toolUse = num(m.toolUsePromptTokenCount);
  if (prompt === undefined && candidates === undefined && thoughts === undefined) return undefined;
  const out: CanonicalUsage = { source: 'upstream' };
  if (prompt !== undefined || toolUse !== undefined) out.uncachedInput = Math.max(0, (prompt ?? 0) + (toolUse ?? 0) - (cached ?? 0));
  if (cached !== undefined) out.cacheRead = cached;
  if (candidates !== undefined) out.output = candidates;
  else if (thoughts !== undefined) out.output = 0;
  if (thoughts !== undefined) out.reasoning = thoughts;
  return out;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

/** Gemini's finish reasons (protocols.md §4.3). */
export const GEMINI_FINISH_REASONS = new Set([
  'STOP', 'MAX_TOKENS', 'SAFETY', 'RECITATION', 'LANGUAGE', 'OTHER', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII',
  'MALFORMED_FUNCTION_CALL', 'IMAGE_SAFETY', 'UNEXPECTED_TOOL_CALL', 'TOO_MANY_TOOL_CALLS', 'IMAGE_PROHIBITED_CONTENT',
  'NO_IMAGE', 'IMAGE_RECITATION', 'IMAGE_OTHER', 'CONTINUATION', 'FINISH_REASON_UNSPECIFIED',
]);

/** Blocked for content reasons: the canonical `content_filter`. */
const FILTERED = new Set(['SAFETY', 'RECITATION', 'BLOCKLIST', 'PROHIBITED_CONTENT', 'SPII', 'IMAGE_SAFETY', 'IMAGE_PROHIBITED_CONTENT', 'IMAGE_RECITATION']);

/** A function call has no finish reason of its own in Gemini: it ends with STOP (§4.3). */
export function encodeFinishReason(f: FinishReason): string {
  switch (f.type) {
    case 'stop':
    case 'stop_sequence':
    case 'tool_calls':
      return 'STOP';
    case 'length':
      return 'MAX_TOKENS';
    case 'content_filter':
      return 'SAFETY';
    case 'error':
      return 'OTHER';
    case 'other':
      return GEMINI_FINISH_REASONS.has(f.raw) ? f.raw : 'OTHER';
  }
}

/** Upstream finishReason → canonical; STOP with function calls is the canonical `tool_calls`. */
export function decodeFinishReason(raw: unknown, hasToolCalls: boolean): FinishReason {
  if (raw === undefined || raw === null || raw === 'STOP' || raw === 'FINISH_REASON_UNSPECIFIED') return hasToolCalls ? { type: 'tool_calls' } : { type: 'stop' };
  if (raw === 'MAX_TOKENS') return { type: 'length' };
  if (typeof raw === 'string' && FILTERED.has(raw)) return { type: 'content_filter' };
  return { type: 'other', raw: String(raw) };
}
