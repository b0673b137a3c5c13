import type { FinishReason } from '../../canonical/response.js';
import type { CanonicalUsage } from '../../canonical/usage.js';
import type { WireStopReason, WireUsage } from './wire.js';

/**
 * Anthropic's `input_tokens` excludes cache reads and writes, which have their own fields, and
 * `output_tokens` includes thinking (landscape.md #3, #6). The canonical buckets are disjoint,
 * so input maps one to one and output is output + reasoning. A cache count nobody reported is
 * `null` on the wire, not a made-up zero.
 */
export function encodeUsage(u: CanonicalUsage | undefined): WireUsage {
  const out: WireUsage = {
    input_tokens: u?.uncachedInput ?? 0,
    output_tokens: (u?.output ?? 0) + (u?.reasoning ?? 0),
    cache_creation_input_tokens: u?.cacheWrite ?? null,
    cache_read_input_tokens: u?.cacheRead ?? null,
  };
  if (u?.reasoning !== undefined) out.output_tokens_details = { thinking_tokens: u.reasoning };
  return out;
}

/** The usage fields we map; the rest of an upstream usage object is kept as an extension. */
export const MAPPED_USAGE_FIELDS = ['input_tokens', 'output_tokens', 'cache_creation_input_tokens', 'cache_read_input_tokens', 'output_tokens_details'] as const;

/**
 * Folds a `message_delta`'s usage into the stream's running usage object — its counts are
 * cumulative and null means "unchanged" (protocols.md §3.4) — and decodes the result.
 */
export function accumulateUsage(total: Record<string, unknown>, delta: Record<string, unknown>): CanonicalUsage | undefined {
  for (const [k, v] of Object.entries(delta)) if (v !== null && v !== undefined) total[k] = v;
  return decodeUsage(total);
}

/** An upstream Anthropic usage object → canonical buckets; missing numbers stay undefined. */
export function decodeUsage(w: unknown): CanonicalUsage | undefined {
  if (typeof w !== 'object' || w === null) return undefined;
  const u = w as Record<string, unknown>;
  const input = num(u.input_tokens);
  const output = num(u.output_tokens);
  if (input === undefined && output === undefined) return undefined;
  const out: CanonicalUsage = { source: 'upstream' };
  if (input !== undefined) out.uncachedInput = input;
  const read = num(u.cache_read_input_tokens);
  if (read !== undefined) out.cacheRead = read;
  const write = num(u.cache_creation_input_tokens);
  if (write !== undefined) out.cacheWrite = write;
  const details = u.output_tokens_details as { thinking_tokens?: unknown } | undefined;
  const thinking = num(details?.thinking_tokens);
  if (output !== undefined) out.output = Math.max(0, output - (thinking ?? 0));
  if (thinking !== undefined) out.reasoning = thinking;
  return out;
}

function num(v: unknown): number | undefined {
  return typeof v === 'number' && Number.isFinite(v) && v >= 0 ? v : undefined;
}

const PASSTHROUGH_STOP_REASONS: readonly string[] = ['end_turn', 'max_tokens', 'stop_sequence', 'tool_use', 'pause_turn', 'refusal', 'model_context_window_exceeded'];

/** Canonical finish → `stop_reason` and `stop_sequence`. */
export function encodeStop(f: FinishReason | undefined): { stop_reason: WireStopReason; stop_sequence: string | null } {
  switch (f?.type) {
    case 'length':
      return { stop_reason: 'max_tokens', stop_sequence: null };
    case 'tool_calls':
      return { stop_reason: 'tool_use', stop_sequence: null };
    case 'stop_sequence':
      return { stop_reason: 'stop_sequence', stop_sequence: f.sequence ?? null };
    case 'content_filter':
      return { stop_reason: 'refusal', stop_sequence: null };
    case 'other':
      // Anthropic's own reasons (pause_turn…) from an Anthropic upstream go back as they came.
      return { stop_reason: PASSTHROUGH_STOP_REASONS.includes(f.raw) ? (f.raw as WireStopReason) : 'end_turn', stop_sequence: null };
    default:
      return { stop_reason: 'end_turn', stop_sequence: null };
  }
}

/** Upstream `stop_reason` → canonical finish. */
export function decodeStop(reason: unknown, sequence: unknown): FinishReason {
  switch (reason) {
    case 'end_turn':
      return { type: 'stop' };
    case 'max_tokens':
      return { type: 'length' };
    case 'tool_use':
      return { type: 'tool_calls' };
    case 'stop_sequence':
      return typeof sequence === 'string' ? { type: 'stop_sequence', sequence } : { type: 'stop_sequence' };
    case 'refusal':
      return { type: 'content_filter' };
    case null:
    case undefined:
      return { type: 'stop' };
    default:
      return { type: 'other', raw: String(reason) };
  }
}
