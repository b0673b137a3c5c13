import type { CanonicalChatResponse, Choice } from '../../canonical/response.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { newId } from '../../util/ids.js';
import { decodeParts, type DecodePartsOptions } from './parts.js';
import { decodeFinishReason, decodeUsageMetadata } from './usage.js';
import type { WirePart } from './wire.js';

/** Ids for calls an upstream returns: Gemini's own when it sends one, else fresh OpenAI-style ones. */
export function upstreamCallIds(): DecodePartsOptions {
  return {
    callId: (call) => (typeof call.id === 'string' && call.id !== '' ? call.id : newId('call', 24)),
    resultId: (response) => (typeof response.id === 'string' && response.id !== '' ? response.id : newId('call', 24)),
  };
}

/**
 * An upstream GenerateContentResponse → canonical. Upstream data is untrusted: checked, not
 * assumed. A prompt blocked before any candidate (`promptFeedback.blockReason`) is one choice
 * finished by the content filter.
 */
export function decodeGenerateContentResponse(body: unknown): CanonicalChatResponse {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new GatewayError('upstream_error', 'The upstream returned a malformed GenerateContent response.');
  }
  const b = body as { candidates?: unknown; usageMetadata?: unknown; modelVersion?: unknown; responseId?: unknown; promptFeedback?: { blockReason?: unknown } };
  if (b.candidates !== undefined && !Array.isArray(b.candidates)) throw new GatewayError('upstream_error', 'The upstream returned malformed candidates.');
  const raw = (b.candidates ?? []) as unknown[];
  if (raw.length === 0 && b.promptFeedback?.blockReason === undefined && b.usageMetadata === undefined) {
    throw new GatewayError('upstream_error', 'The upstream returned a GenerateContent response without candidates.');
  }
  const ids = upstreamCallIds();
  const choices: Choice[] = raw.map((c, i) => {
    const cand = (typeof c === 'object' && c !== null ? c : {}) as { content?: { parts?: unknown }; finishReason?: unknown; index?: unknown };
    const wireParts = Array.isArray(cand.content?.parts) ? (cand.content.parts as WirePart[]) : [];
    const parts = decodeParts(wireParts, ids);
    return { index: typeof cand.index === 'number' ? cand.index : i, parts, finish: decodeFinishReason(cand.finishReason, parts.some((p) => p.kind === 'tool_call')) };
  });
  if (choices.length === 0) choices.push({ index: 0, parts: [], finish: b.promptFeedback?.blockReason !== undefined ? { type: 'content_filter' } : { type: 'stop' } });
  const out: CanonicalChatResponse = {
    id: typeof b.responseId === 'string' && b.responseId !== '' ? b.responseId : newId('gen', 24),
    model: typeof b.modelVersion === 'string' ? b.modelVersion : '',
    created: Math.floor(Date.now() / 1000),
    choices,
  };
  const usage = decodeUsageMetadata(b.usageMetadata);
  if (usage) out.usage = usage;
  const extensions = responseExtensions(body as Record<string, unknown>, raw);
  if (extensions) out.extensions = { protocol: 'gemini', fields: extensions };
  return out;
}

const MODELED_RESPONSE = new Set(['candidates', 'usageMetadata', 'modelVersion', 'responseId']);
const MODELED_CANDIDATE = new Set(['content', 'finishReason', 'index']);

/**
 * What a Gemini caller should get back from a Gemini upstream beyond the canonical model:
 * promptFeedback, and per candidate safetyRatings, citationMetadata, groundingMetadata…
 * (`candidates[i]` holds only those extra fields).
 */
function responseExtensions(body: Record<string, unknown>, candidates: unknown[]): Record<string, unknown> | undefined {
  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(body)) if (!MODELED_RESPONSE.has(k)) fields[k] = v;
  const extras = candidates.map((c) => {
    const out: Record<string, unknown> = {};
    if (typeof c === 'object' && c !== null) for (const [k, v] of Object.entries(c)) if (!MODELED_CANDIDATE.has(k)) out[k] = v;
    return out;
  });
  if (extras.some((e) => Object.keys(e).length > 0)) fields.candidates = extras;
  return Object.keys(fields).length > 0 ? fields : undefined;
}
