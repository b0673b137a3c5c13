import { GatewayError } from '../errors/gateway-error.js';

/** Parses a `retry-after` header (seconds or HTTP date) into seconds. */
export function retryAfterSeconds(value: string | string[] | undefined, now = Date.now()): number | undefined {
  const v = Array.isArray(value) ? value[0] : value;
  if (v === undefined || v === '') return undefined;
  const secs = Number(v);
  if (Number.isFinite(secs) && secs >= 0) return Math.ceil(secs);
  const at = Date.parse(v);
  return Number.isNaN(at) ? undefined : Math.max(0, Math.ceil((at - now) / 1000));
}

/** Pulls a human message out of any of the three protocols' error bodies, or DashScope's native one. */
export function upstreamMessage(body: string): string {
  try {
    const parsed: unknown = JSON.parse(body);
    if (typeof parsed === 'object' && parsed !== null) {
      const p = parsed as { error?: unknown; message?: unknown };
      if (typeof p.error === 'object' && p.error !== null && typeof (p.error as { message?: unknown }).message === 'string') return (p.error as { message: string }).message;
      if (typeof p.error === 'string') return p.error;
      if (typeof p.message === 'string') return p.message;
    }
  } catch {
    // not JSON: fall through to the raw text
  }
  return body.slice(0, 500);
}

/**
 * An upstream HTTP error → the gateway error the caller sees. The caller's own mistakes (400)
 * keep their status; problems between us and the upstream are 502/504; 429 stays 429.
 */
export function mapUpstreamStatus(status: number, body: string, retryAfter: string | string[] | undefined): GatewayError {
  const message = upstreamMessage(body);
  const detail = `upstream ${status}: ${body.slice(0, 1000)}`;
  if (status === 429) {
    const ra = retryAfterSeconds(retryAfter);
    return new GatewayError('upstream_rate_limited', `The upstream is rate limiting requests: ${message}`, { detail, ...(ra !== undefined ? { retryAfter: ra } : {}) });
  }
  if (status === 400 || status === 422) return new GatewayError('invalid_request', `The upstream rejected the request: ${message}`, { detail });
  if (status === 408 || status === 504) return new GatewayError('upstream_timeout', 'The upstream timed out.', { detail });
  if (status === 401 || status === 403) return new GatewayError('upstream_error', 'The upstream refused the gateway\'s credentials for this channel.', { detail, channelFault: 'credential' });
  if (status === 404) return new GatewayError('upstream_error', `The upstream does not serve this model or endpoint (404): ${message}`, { detail, channelFault: 'not_found' });
  return new GatewayError('upstream_error', `The upstream failed with status ${status}.`, { detail });
}
