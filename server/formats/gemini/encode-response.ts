import type { CanonicalChatResponse } from '../../canonical/response.js';
import { encodeParts } from './parts.js';
import { encodeFinishReason, encodeUsageMetadata } from './usage.js';
import type { WireCandidate, WireGenerateContentResponse } from './wire.js';

export interface GeminiEncodeOptions {
  /** The NexusFlow model id, reported as `modelVersion`. */
  model: string;
  /** `thinkingConfig.includeThoughts`: thought text is returned only when asked for. */
  includeThoughts: boolean;
}

/**
 * Canonical response → GenerateContentResponse (protocols.md §4.3). Function calls become
 * `functionCall` parts with an `args` object and their id; a turn that ends in function calls
 * finishes with STOP, as Gemini's does.
 */
export function encodeGenerateContentResponse(res: CanonicalChatResponse, opts: GeminiEncodeOptions): WireGenerateContentResponse {
  // Fields a Gemini upstream sent that the canonical model does not hold (promptFeedback,
  // safetyRatings…) go back to a Gemini caller as they came.
  const ext = res.extensions?.protocol === 'gemini' ? res.extensions.fields : {};
  const extraCandidates = Array.isArray(ext.candidates) ? (ext.candidates as unknown[]) : [];
  const candidates: WireCandidate[] = res.choices.map((c, i) => {
    const extra = extraCandidates[i];
    return {
      content: { role: 'model', parts: encodeParts(c.parts, { thoughts: opts.includeThoughts, ids: 'all' }) },
      finishReason: encodeFinishReason(c.finish),
      index: c.index,
      ...(typeof extra === 'object' && extra !== null ? extra : {}),
    };
  });
  const out: WireGenerateContentResponse = { ...omitKey(ext, 'candidates'), candidates };
  if (res.usage) out.usageMetadata = encodeUsageMetadata(res.usage);
  out.modelVersion = opts.model;
  out.responseId = res.id;
  return out;
}

function omitKey(o: Record<string, unknown>, key: string): Record<string, unknown> {
  const { [key]: _omitted, ...rest } = o;
  return rest;
}
