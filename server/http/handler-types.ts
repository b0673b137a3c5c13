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
  /** Labels the handler learns (model, channel) for request metrics. */
  observed: { model?: string; channel?: string };
}

export function json(body: unknown, headers?: Record<string, string>, status = 200): HandlerResult {
  return headers ? { kind: 'json', status, headers, body } : { kind: 'json', status, body };
}

/** The caller of a route that authenticates (the route glue has set it before the handler runs). */
export function principalOf(ctx: RequestContext): Principal {
  if (!ctx.principal) throw new GatewayError('invalid_api_key', 'No API key was provided.');
  return ctx.principal;
}
