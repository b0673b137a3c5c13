import type { ErrorCode } from './registry.js';

/**
 * The `x-should-retry` hint the vendors send with every error (protocols.md §1.4): the OpenAI and
 * Anthropic SDKs obey it over their own status rule. Worth a retry: timeouts, conflicts that clear,
 * throttling and server-side failures; never the caller's own mistakes (400/401/403/404/413/422…)
 * nor an account out of money (429 on the OpenAI wire, yet retrying cannot help).
 */
export function shouldRetry(code: ErrorCode, status: number): boolean {
  if (code === 'insufficient_quota' || code === 'not_implemented') return false;
  return status === 408 || status === 409 || status === 429 || status >= 500;
}
