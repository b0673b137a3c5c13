import { GatewayError } from '../errors/gateway-error.js';
import type { WireProtocol } from '../../generated/runtime.gen.js';
import type { Principal } from '../pipeline/principal.js';

/** What a handler answers; the route glue writes it (JSON once, SSE with backpressure). */
export type HandlerResult =
  | { kind: 'json'; status?: number; headers?: Record<string, string>; body: unknown }
  | { kind: 'sse'; headers?: Record<string, string>; frames: AsyncIterable<string>; trailers?: { names: string[]; values: () => Record<string, string> } }
  | { kind: 'binary'; status?: number; headers?: Record<string, string>; contentType: string; body: Buffer };

/** Per-request context handed to every handler. Knows nothing of fastify. */
export interface RequestContext {
  requestId: string;
  protocol: WireProtocol;
  /** process.hrtime.bigint() when the request arrived. */
  startedAt: bigint;
  /** Aborted when the client disconnects before the response is finished. */
  signal: AbortSignal;
  /** Set by the spec's authenticator before the handler runs. */
  principal: Principal | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** What the request's access-log line and metrics say, learned along the way (observed.ts). */
  observed: Observed;
}

/** Facts about one request gathered for its single access-log line and its metric labels. */
export interface Observed {
  /** The catalog model that served the request (a metric label: only known models). */
  model?: string;
  /** The model name the caller asked for, known or not (the log line only). */
  requestedModel?: string;
  channel?: string;
  /** The caller's key prefix (never the key). */
  keyPrefix?: string;
  /** The error code the caller got, when it got one. */
  errorCode?: string;
  /** Billing facts of a routed model request (cost, usage source, status, attempts). */
  billing?: Record<string, unknown>;
}

export function json(body: unknown, headers?: Record<string, string>, status = 200): HandlerResult {
  return headers ? { kind: 'json', status, headers, body } : { kind: 'json', status, body };
}

/** The caller of a route that authenticates (the route glue has set it before the handler runs). */
export function principalOf(ctx: RequestContext): Principal {
  if (!ctx.principal) throw new GatewayError('invalid_api_key', 'No API key was provided.');
  return ctx.principal;
}
