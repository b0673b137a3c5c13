import type { UpstreamTimeouts } from '../../http/upstream-client.js';

/**
 * Per-channel settings of an `anthropic` channel (channel.options):
 * - `anthropicVersion`: the `anthropic-version` sent upstream (default 2023-06-01, which still
 *   accepts `temperature`/`top_p`/`top_k`; from 2026-10-21 they are left out).
 * - `anthropicBeta`: betas always sent, merged with the caller's `anthropic-beta`.
 * - `auth`: `x-api-key` (Anthropic, default) or `bearer` (gateways that want `Authorization`).
 * - `defaultMaxTokens`: `max_tokens` when neither the caller nor the pipeline's hold gave one.
 * - `connectTimeoutMs`, `firstByteTimeoutMs`, `idleTimeoutMs`: upstream timeouts.
 */
export interface AnthropicChannelOptions {
  version: string;
  beta: string | undefined;
  auth: 'x-api-key' | 'bearer';
  defaultMaxTokens: number;
  timeouts: Partial<UpstreamTimeouts>;
}

export const DEFAULT_ANTHROPIC_BASE_URL = 'https://api.anthropic.com';

export function anthropicChannelOptions(raw: Record<string, unknown> | undefined): AnthropicChannelOptions {
  const o = raw ?? {};
  const timeouts: Partial<UpstreamTimeouts> = {};
  if (typeof o.connectTimeoutMs === 'number') timeouts.connectMs = o.connectTimeoutMs;
  if (typeof o.firstByteTimeoutMs === 'number') timeouts.firstByteMs = o.firstByteTimeoutMs;
  if (typeof o.idleTimeoutMs === 'number') timeouts.idleMs = o.idleTimeoutMs;
  return {
    version: typeof o.anthropicVersion === 'string' && o.anthropicVersion ? o.anthropicVersion : '2023-06-01',
    beta: typeof o.anthropicBeta === 'string' && o.anthropicBeta ? o.anthropicBeta : undefined,
    auth: o.auth === 'bearer' ? 'bearer' : 'x-api-key',
    defaultMaxTokens: typeof o.defaultMaxTokens === 'number' && o.defaultMaxTokens > 0 ? Math.floor(o.defaultMaxTokens) : 4096,
    timeouts,
  };
}

/**
 * The Messages endpoint of a channel. The base URL is the API root as Anthropic's SDK takes it
 * (`https://api.anthropic.com`, DashScope's `…/apps/anthropic`); a base that already ends in
 * `/v1` is accepted too, without doubling it (protocols.md §1.1).
 */
export function messagesUrl(baseUrl: string | undefined): string {
  const base = (baseUrl ?? DEFAULT_ANTHROPIC_BASE_URL).replace(/\/+$/, '');
  return base.endsWith('/v1') ? `${base}/messages` : `${base}/v1/messages`;
}
