import type { UpstreamTimeouts } from '../http/upstream-client.js';
import type { ChannelRecord } from '../store/types.js';

/**
 * A channel's upstream timeouts from its `options`: `connectTimeoutMs`, `firstByteTimeoutMs`
 * (to the response headers) and `idleTimeoutMs` (longest silence between body chunks). Unset
 * ones take the executor's defaults (http/upstream-client.ts).
 */
export function channelTimeouts(channel: Pick<ChannelRecord, 'options'>): Partial<UpstreamTimeouts> {
  const o = channel.options ?? {};
  const t: Partial<UpstreamTimeouts> = {};
  if (isPositive(o.connectTimeoutMs)) t.connectMs = o.connectTimeoutMs;
  if (isPositive(o.firstByteTimeoutMs)) t.firstByteMs = o.firstByteTimeoutMs;
  if (isPositive(o.idleTimeoutMs)) t.idleMs = o.idleTimeoutMs;
  return t;
}

function isPositive(v: unknown): v is number {
  return typeof v === 'number' && Number.isFinite(v) && v > 0;
}
