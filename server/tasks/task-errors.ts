import { GatewayError } from '../errors/gateway-error.js';
import { ERRORS, type ErrorCode } from '../errors/registry.js';

/**
 * Task error codes: the registry's codes (invalid_request, upstream_error, insufficient_quota…)
 * plus three of the task world — `content_filtered` (the upstream's moderation refused the
 * prompt or the output), `generation_failed` (the job ran and failed), `task_expired` (the
 * upstream forgot the job, or it outlived the gateway's limit).
 */
export const TASK_ONLY_CODES = ['content_filtered', 'generation_failed', 'task_expired'] as const;

/** Errors worth another try of the same request. */
const RETRYABLE: ReadonlySet<string> = new Set(['upstream_error', 'upstream_timeout', 'upstream_rate_limited', 'upstream_overloaded', 'store_unavailable', 'internal_error']);

export function isRetryable(e: GatewayError): boolean {
  return RETRYABLE.has(e.code);
}

/** A task's error as the synchronous images endpoint answers it, in the caller's protocol. */
export function gatewayErrorOf(error: { code: string; message: string }, taskId: string): GatewayError {
  switch (error.code) {
    case 'content_filtered':
      return new GatewayError('invalid_request', `The upstream's content moderation refused the request: ${error.message}`, { param: 'prompt' });
    case 'generation_failed':
      return new GatewayError('upstream_error', `Image generation failed upstream (task ${taskId}): ${error.message}`);
    case 'task_expired':
      return new GatewayError('upstream_timeout', `The upstream lost track of the job (task ${taskId}).`);
    default:
      return error.code in ERRORS ? new GatewayError(error.code as ErrorCode, error.message) : new GatewayError('upstream_error', error.message);
  }
}
