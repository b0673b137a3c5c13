import { ERRORS, type ErrorCode } from './registry.js';

export interface GatewayErrorOptions {
  /** The request field at fault, as a dotted path (OpenAI `param`). */
  param?: string;
  /** Seconds the caller should wait (429 and 503). */
  retryAfter?: number;
  /** Overrides the registry status, e.g. an upstream 4xx passed through. */
  status?: number;
  cause?: unknown;
  /** Extra detail for logs; never sent to the caller. */
  detail?: string;
  /** Response headers that go with this error (e.g. `x-should-retry`, `x-nexusflow-attempts`). */
  headers?: Record<string, string>;
  /**
   * An upstream failure that is the channel's own and will not go away on a retry: it refused the
   * channel's credential (401/403), or does not know the model/path (404). The router moves on to
   * the next channel at once instead of retrying this one.
   */
  channelFault?: 'credential' | 'not_found';
}

/** The only error type the pipeline raises; rendered at the edge in the caller's protocol. */
export class GatewayError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly param: string | undefined;
  readonly retryAfter: number | undefined;
  readonly detail: string | undefined;
  /** Mutable so the router can add which channels were tried before the error is rendered. */
  readonly headers: Record<string, string>;
  readonly channelFault: 'credential' | 'not_found' | undefined;

  constructor(code: ErrorCode, message: string, options: GatewayErrorOptions = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'GatewayError';
    this.code = code;
    this.status = options.status ?? ERRORS[code].status;
    this.param = options.param;
    this.retryAfter = options.retryAfter;
    this.detail = options.detail;
    this.headers = { ...options.headers };
    this.channelFault = options.channelFault;
  }
}

export function isGatewayError(e: unknown): e is GatewayError {
  return e instanceof GatewayError;
}

/**
 * Converts anything thrown into a GatewayError without leaking internals to the caller. Store
 * errors are recognised by name so this module stays free of store imports.
 */
export function toGatewayError(e: unknown): GatewayError {
  if (e instanceof GatewayError) return e;
  const name = e instanceof Error ? e.name : '';
  if (name === 'StoreUnavailableError') return new GatewayError('store_unavailable', 'The gateway\'s database is unavailable; try again shortly.', { cause: e, retryAfter: 2 });
  if (name === 'InvalidCursorError') return new GatewayError('invalid_request', 'The page cursor is not valid.', { cause: e, param: 'cursor' });
  return new GatewayError('internal_error', 'The gateway hit an internal error.', { cause: e });
}
