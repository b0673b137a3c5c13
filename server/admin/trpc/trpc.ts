import { initTRPC, TRPCError } from '@trpc/server';
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc';
import { ZodError } from 'zod';
import { GatewayError, toGatewayError } from '../../errors/gateway-error.js';
import type { ErrorCode } from '../../errors/registry.js';
import type { AdminActor } from '../admin-actor.js';
import { zodIssueError } from '../parse-input.js';
import type { AdminServices } from '../services/index.js';

/** Per request: the services and, when the admin token was presented, the actor. */
export interface AdminTrpcContext {
  services: AdminServices;
  actor: AdminActor | null;
}

/** Our error codes → tRPC's, by HTTP status (tRPC sets the response status from its code). */
const BY_STATUS: Record<number, TRPC_ERROR_CODE_KEY> = {
  400: 'BAD_REQUEST', 401: 'UNAUTHORIZED', 402: 'PAYMENT_REQUIRED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT',
  413: 'PAYLOAD_TOO_LARGE', 429: 'TOO_MANY_REQUESTS', 501: 'NOT_IMPLEMENTED', 502: 'BAD_GATEWAY', 503: 'SERVICE_UNAVAILABLE', 504: 'GATEWAY_TIMEOUT',
};

/** The one place a GatewayError becomes a TRPCError; the original travels as its cause. */
export function toTrpcError(err: unknown): TRPCError {
  const e = err instanceof ZodError ? zodIssueError(err.issues) : toGatewayError(err);
  return new TRPCError({ code: BY_STATUS[e.status] ?? 'INTERNAL_SERVER_ERROR', message: e.message, cause: e });
}

/** tRPC's own errors (unknown procedure, wrong method, unparsable body) in our codes. */
const BY_TRPC_STATUS: Record<number, ErrorCode> = {
  400: 'invalid_request', 401: 'invalid_admin_token', 404: 'not_found', 405: 'method_not_allowed', 413: 'payload_too_large', 415: 'unsupported_media_type',
};

/** The GatewayError behind a tRPC error: ours, an input (zod) error, or one tRPC raised itself. */
function gatewayCause(error: TRPCError, httpStatus: number): GatewayError {
  if (error.cause instanceof GatewayError) return error.cause;
  if (error.cause instanceof ZodError) return zodIssueError(error.cause.issues);
  const code = BY_TRPC_STATUS[httpStatus];
  if (code !== undefined && error.code !== 'INTERNAL_SERVER_ERROR') return new GatewayError(code, error.message);
  return toGatewayError(error.cause ?? error);
}

const t = initTRPC.context<AdminTrpcContext>().create({
  errorFormatter({ shape, error }) {
    const cause = gatewayCause(error, shape.data.httpStatus);
    // Our message (an input error names its field; an internal one says nothing of its cause, which onError logs).
    return {
      ...shape,
      message: cause.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, path: shape.data.path ?? null, nexusflowCode: cause.code, param: cause.param ?? null },
    };
  },
});

export const router = t.router;

/**
 * Every admin procedure refuses a call without the admin actor: the gate already answered 401
 * to those, and this keeps a procedure from ever running without one.
 */
export const adminProcedure = t.procedure.use(async ({ ctx, next }) => {
  if (!ctx.actor) throw toTrpcError(new GatewayError('invalid_admin_token', 'Invalid or missing admin token.'));
  return next({ ctx: { ...ctx, actor: ctx.actor } });
});

/** Wraps a resolver so service errors become tRPC errors with the right status. */
export async function call<T>(fn: () => Promise<T>): Promise<T> {
  try {
    return await fn();
  } catch (err) {
    throw toTrpcError(err);
  }
}
