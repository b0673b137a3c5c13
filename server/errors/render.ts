import type { Protocol } from '../canonical/protocol.js';
import type { GatewayError } from './gateway-error.js';
import { ERRORS } from './registry.js';

export interface RenderedError {
  status: number;
  body: Record<string, unknown>;
}

/** Renders an error in the caller's own protocol shape (design.md "Errors"). */
export function renderError(err: GatewayError, protocol: Protocol, requestId: string): RenderedError {
  const spec = ERRORS[err.code];
  switch (protocol) {
    case 'anthropic':
      return {
        status: err.status,
        body: { type: 'error', error: { type: spec.anthropicType, message: err.message }, request_id: requestId },
      };
    case 'gemini': {
      const code = 'geminiCode' in spec && err.status === spec.status ? spec.geminiCode : err.status;
      const error: Record<string, unknown> = { code, message: err.message, status: spec.geminiStatus };
      if (err.code === 'invalid_api_key') {
        error.details = [{ '@type': 'type.googleapis.com/google.rpc.ErrorInfo', reason: 'API_KEY_INVALID', domain: 'googleapis.com' }];
      }
      return { status: code, body: { error } };
    }
    case 'openai':
    case 'nexusflow':
      return {
        status: 'openaiStatus' in spec && err.status === spec.status ? spec.openaiStatus : err.status,
        body: { error: { message: err.message, type: spec.openaiType, param: err.param ?? null, code: err.code === 'rate_limited' || err.code === 'upstream_rate_limited' ? 'rate_limit_exceeded' : err.code } },
      };
  }
}
