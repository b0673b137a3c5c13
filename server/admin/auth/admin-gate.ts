import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { TRPC_ERROR_CODES_BY_KEY } from '@trpc/server/rpc';
import { bearerToken } from '../../auth/authenticate.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { sendError } from '../../http/register-routes.js';
import type { AdminTokenVerifier, FailureLimiter } from './admin-token.js';

export const ADMIN_PREFIX = '/admin';
export const ADMIN_TRPC_PREFIX = '/admin/trpc';

const UNAUTHORIZED_MESSAGE = 'Invalid or missing admin token.';

declare module 'fastify' {
  interface FastifyRequest {
    /** The admin actor id, set by the admin gate for requests under /admin that carry the admin token. */
    adminActorId: string | null;
  }
}

function isAdminPath(request: FastifyRequest): boolean {
  const path = request.url.split('?')[0] ?? '';
  const routed = request.routeOptions.url ?? '';
  return path === ADMIN_PREFIX || path.startsWith(`${ADMIN_PREFIX}/`) || routed.startsWith(`${ADMIN_PREFIX}/`);
}

/**
 * Guards everything under /admin before routing or body parsing: without the admin token, every
 * path (REST, tRPC, or one that does not exist) answers the same 401, so nothing tells a caller
 * what exists. Wrong tokens are counted per client address (FailureLimiter).
 */
export function registerAdminGate(app: FastifyInstance, verifier: AdminTokenVerifier, limiter: FailureLimiter): void {
  app.decorateRequest('adminActorId', null);
  app.addHook('onRequest', async (request, reply) => {
    if (!isAdminPath(request)) return;
    try {
      request.adminActorId = authorizeAdmin(request, verifier, limiter);
    } catch (err) {
      return reject(request, reply, err as GatewayError);
    }
  });
}

/**
 * The admin token check, shared by the admin API and /metrics so that guesses through either
 * count against the same per-address limit: returns the actor id, or throws rate_limited (429)
 * or invalid_admin_token (401).
 */
export function authorizeAdmin(request: FastifyRequest, verifier: AdminTokenVerifier, limiter: FailureLimiter): string {
  const wait = limiter.blockedFor(request.ip);
  if (wait > 0) throw new GatewayError('rate_limited', 'Too many failed admin authentications from this address; try again later.', { retryAfter: wait });
  const presented = bearerToken(request.headers);
  const actor = verifier.verify(presented);
  if (actor === undefined) {
    // Only a wrong token is a guess; a request with none costs an attacker nothing to learn.
    if (presented !== undefined) limiter.recordFailure(request.ip);
    throw new GatewayError('invalid_admin_token', UNAUTHORIZED_MESSAGE);
  }
  return actor;
}

function reject(request: FastifyRequest, reply: FastifyReply, err: GatewayError): FastifyReply {
  const path = request.url.split('?')[0] ?? '';
  if (path !== ADMIN_TRPC_PREFIX && !path.startsWith(`${ADMIN_TRPC_PREFIX}/`)) {
    sendError(reply, 'nexusflow', String(request.id), err);
    return reply;
  }
  // tRPC clients read tRPC's own error envelope (one per call of a batch), so answer in it.
  const key = err.code === 'rate_limited' ? 'TOO_MANY_REQUESTS' : 'UNAUTHORIZED';
  const one = { error: { message: err.message, code: TRPC_ERROR_CODES_BY_KEY[key], data: { code: key, httpStatus: err.status, nexusflowCode: err.code } } };
  const isBatch = new URL(request.url, 'http://x').searchParams.get('batch') === '1';
  const calls = isBatch ? Math.max(1, path.slice(ADMIN_TRPC_PREFIX.length + 1).split(',').length) : 1;
  if (err.retryAfter !== undefined) reply.header('retry-after', String(err.retryAfter));
  reply.code(err.status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(isBatch ? Array.from({ length: calls }, () => one) : one));
  return reply;
}
