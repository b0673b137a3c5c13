/**
 * The one registry of stable error codes. Each code has an HTTP status and the
 * type names each protocol's SDKs map to their error classes (protocols.md §2.4, §3.5, §4.5).
 */
export interface ErrorSpec {
  readonly status: number;
  /** OpenAI `error.type`. */
  readonly openaiType: string;
  /** Anthropic `error.type`. */
  readonly anthropicType: string;
  /** Gemini canonical `error.status`. */
  readonly geminiStatus: string;
  /** Status Gemini uses when it differs from ours (a bad key is 400 there). */
  readonly geminiCode?: number;
  /** Status OpenAI uses when it differs from ours (out of quota is 429 there). */
  readonly openaiStatus?: number;
}

export const ERRORS = {
  previous_response_not_found: { status: 400, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  invalid_request: { status: 400, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  invalid_json: { status: 400, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  protocol_not_supported: { status: 400, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  invalid_api_key: { status: 401, openaiType: 'invalid_request_error', anthropicType: 'authentication_error', geminiStatus: 'INVALID_ARGUMENT', geminiCode: 400 },
  invalid_admin_token: { status: 401, openaiType: 'invalid_request_error', anthropicType: 'authentication_error', geminiStatus: 'UNAUTHENTICATED' },
  insufficient_quota: { status: 402, openaiType: 'insufficient_quota', anthropicType: 'billing_error', geminiStatus: 'RESOURCE_EXHAUSTED', geminiCode: 429, openaiStatus: 429 },
  permission_denied: { status: 403, openaiType: 'invalid_request_error', anthropicType: 'permission_error', geminiStatus: 'PERMISSION_DENIED' },
  model_not_found: { status: 404, openaiType: 'invalid_request_error', anthropicType: 'not_found_error', geminiStatus: 'NOT_FOUND' },
  not_found: { status: 404, openaiType: 'invalid_request_error', anthropicType: 'not_found_error', geminiStatus: 'NOT_FOUND' },
  method_not_allowed: { status: 405, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  conflict: { status: 409, openaiType: 'invalid_request_error', anthropicType: 'conflict_error', geminiStatus: 'ALREADY_EXISTS' },
  payload_too_large: { status: 413, openaiType: 'invalid_request_error', anthropicType: 'request_too_large', geminiStatus: 'INVALID_ARGUMENT' },
  unsupported_media_type: { status: 415, openaiType: 'invalid_request_error', anthropicType: 'invalid_request_error', geminiStatus: 'INVALID_ARGUMENT' },
  /** The request did not arrive within the request/headers timeout (answered below the routes). */
  request_timeout: { status: 408, openaiType: 'invalid_request_error', anthropicType: 'timeout_error', geminiStatus: 'DEADLINE_EXCEEDED' },
  /** Request line + headers over the limit (node's 431, answered below the routes). */
  headers_too_large: { status: 431, openaiType: 'invalid_request_error', anthropicType: 'request_too_large', geminiStatus: 'INVALID_ARGUMENT' },
  rate_limited: { status: 429, openaiType: 'requests', anthropicType: 'rate_limit_error', geminiStatus: 'RESOURCE_EXHAUSTED' },
  upstream_rate_limited: { status: 429, openaiType: 'requests', anthropicType: 'rate_limit_error', geminiStatus: 'RESOURCE_EXHAUSTED' },
  internal_error: { status: 500, openaiType: 'server_error', anthropicType: 'api_error', geminiStatus: 'INTERNAL' },
  not_implemented: { status: 501, openaiType: 'server_error', anthropicType: 'api_error', geminiStatus: 'UNIMPLEMENTED' },
  upstream_error: { status: 502, openaiType: 'server_error', anthropicType: 'api_error', geminiStatus: 'UNAVAILABLE' },
  upstream_overloaded: { status: 503, openaiType: 'server_error', anthropicType: 'overloaded_error', geminiStatus: 'UNAVAILABLE' },
  no_channel_available: { status: 503, openaiType: 'server_error', anthropicType: 'overloaded_error', geminiStatus: 'UNAVAILABLE' },
  store_unavailable: { status: 503, openaiType: 'server_error', anthropicType: 'api_error', geminiStatus: 'UNAVAILABLE' },
  /** The process is draining for a restart; another process (or this one's successor) takes the retry. */
  shutting_down: { status: 503, openaiType: 'server_error', anthropicType: 'overloaded_error', geminiStatus: 'UNAVAILABLE' },
  upstream_timeout: { status: 504, openaiType: 'server_error', anthropicType: 'timeout_error', geminiStatus: 'DEADLINE_EXCEEDED' },
} as const satisfies Record<string, ErrorSpec>;

export type ErrorCode = keyof typeof ERRORS;

export function errorSpec(code: ErrorCode): ErrorSpec {
  return ERRORS[code];
}
