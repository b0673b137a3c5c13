import type { CanonicalChatResponse } from '../../canonical/response.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeBlock } from './content-blocks.js';
import { MAPPED_USAGE_FIELDS, decodeStop, decodeUsage } from './usage.js';

const MAPPED_TOP_LEVEL = new Set(['id', 'type', 'role', 'model', 'content', 'stop_reason', 'stop_sequence', 'usage']);

/**
 * An upstream Anthropic `message` body → canonical. Upstream data is untrusted: checked, not
 * assumed. Fields we do not model (`container`, newer usage details…) are kept as extensions so
 * an Anthropic caller gets them back.
 */
export function decodeMessageResponse(body: unknown): CanonicalChatResponse {
  if (typeof body !== 'object' || body === null) throw new GatewayError('upstream_error', 'The upstream returned a malformed message.');
  const b = body as Record<string, unknown>;
  if (b.type === 'error') {
    const e = b.error as { message?: unknown } | undefined;
    throw new GatewayError('upstream_error', `The upstream reported an error: ${String(e?.message ?? 'unknown error')}`);
  }
  if (!Array.isArray(b.content)) throw new GatewayError('upstream_error', 'The upstream returned a malformed message (no content array).');

  const out: CanonicalChatResponse = {
    id: typeof b.id === 'string' ? b.id : 'msg_upstream',
    model: typeof b.model === 'string' ? b.model : '',
    created: Math.floor(Date.now() / 1000),
    choices: [{ index: 0, parts: b.content.map(decodeBlock), finish: decodeStop(b.stop_reason, b.stop_sequence) }],
  };
  const usage = decodeUsage(b.usage);
  if (usage) out.usage = usage;

  const fields: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(b)) if (!MAPPED_TOP_LEVEL.has(k) && v !== undefined) fields[k] = v;
  if (typeof b.usage === 'object' && b.usage !== null) {
    const extra: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(b.usage)) if (!(MAPPED_USAGE_FIELDS as readonly string[]).includes(k) && v !== undefined) extra[k] = v;
    if (Object.keys(extra).length > 0) fields.usage = extra;
  }
  if (Object.keys(fields).length > 0) out.extensions = { protocol: 'anthropic', fields };
  return out;
}
