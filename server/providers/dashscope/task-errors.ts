import type { MediaError } from '../media-types.js';

/**
 * DashScope's native error codes (dashscope.md §1.8) → task error codes, and whether trying the
 * same request again can help. Moderation and parameter errors fail the same way every time.
 */
export interface ClassifiedError {
  error: MediaError;
  retryable: boolean;
}

export function classifyDashScopeError(code: string | undefined, message: string | undefined): ClassifiedError {
  const c = code ?? '';
  const text = `${c || 'error'}: ${message ?? 'no message'}`;
  if (/^DataInspectionFailed|IPInfringementSuspect/i.test(c)) return { error: { code: 'content_filtered', message: text }, retryable: false };
  if (/InvalidParameter|InvalidInput|BadRequest/i.test(c)) return { error: { code: 'invalid_request', message: text }, retryable: false };
  if (/^Throttling|LimitRequests/i.test(c)) return { error: { code: 'upstream_rate_limited', message: text }, retryable: true };
  if (/^(InternalError|SystemError|ModelServiceFailed|ModelUnavailable)/i.test(c)) return { error: { code: 'upstream_error', message: text }, retryable: true };
  // Keys, entitlement, arrears, unknown models: the gateway's configuration, not the caller's request.
  return { error: { code: 'upstream_error', message: text }, retryable: false };
}
