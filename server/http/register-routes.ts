import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { notImplemented, type OperationInput, type RouteDef, type ValidationIssue, type WireProtocol } from '../../generated/runtime.gen.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { renderError } from '../errors/render.js';
import { shouldRetry } from '../errors/retry-hint.js';
import type { Principal } from '../pipeline/principal.js';
import { timeOrderedId } from '../util/ids.js';
import type { HandlerResult, Observed, RequestContext } from './handler-types.js';

type AnyHandler = (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext) => Promise<HandlerResult>;

export interface SpecRegistration {
  routes: readonly RouteDef[];
  /** The generated `<Spec>Handlers<RequestContext, HandlerResult>` object. */
  handlers: object;
  /** Resolves the caller; throws GatewayError (invalid_api_key…) when it cannot. */
  authenticate?: (headers: Record<string, string | string[] | undefined>, query: Record<string, unknown>) => Promise<Principal>;
  /** For routes shared with another spec: whether this request is for this spec. */
  claims?: (headers: Record<string, string | string[] | undefined>) => boolean;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    protocol?: WireProtocol;
    /** The spec's path template (`/v1beta/models/{model}:generateContent`), for logs. */
    specPath?: string;
  }
  interface FastifyRequest {
    /** Set for routes of a spec; null for others (health, metrics, 404). */
    observed: Observed | null;
    /** The protocol of the spec that serves this request (shared routes decide per request). */
    wireProtocol: WireProtocol | null;
  }
}

/**
 * Registers the generated route tables of every spec: auth → generated validators → handler →
 * writer. Every failure is rendered in the route's own protocol shape. When two specs declare the
 * same method and path (OpenAI and Anthropic both have GET /v1/models, protocols.md §1.1), one
 * fastify route dispatches to the first registration whose `claims` accepts the request, falling
 * back to the one without `claims`.
 */
export function registerSpecRoutes(app: FastifyInstance, registrations: readonly SpecRegistration[]): void {
  const byRoute = new Map<string, Array<{ reg: SpecRegistration; route: RouteDef }>>();
  for (const reg of registrations) {
    for (const route of reg.routes) {
      const key = `${route.method} ${route.routerPath}`;
      const list = byRoute.get(key) ?? [];
      list.push({ reg, route });
      byRoute.set(key, list);
    }
  }
  for (const candidates of byRoute.values()) {
    const [first] = candidates;
    if (!first) continue;
    const fallback = candidates.find((c) => !c.reg.claims) ?? first;
    app.route({
      method: first.route.method,
      url: first.route.routerPath,
      config: { protocol: fallback.route.protocol, specPath: first.route.path },
      handler: async (request, reply) => {
        const chosen = candidates.length === 1 ? first : (candidates.find((c) => c.reg.claims?.(request.headers) === true) ?? fallback);
        request.wireProtocol = chosen.route.protocol;
        await serve(request, reply, chosen.reg, chosen.route);
      },
    });
  }
}

async function serve(request: FastifyRequest, reply: FastifyReply, reg: SpecRegistration, route: RouteDef): Promise<void> {
  const handler = (reg.handlers as Record<string, AnyHandler | typeof notImplemented | undefined>)[route.operationId];
  const ctx = contextOf(request, reply, route.protocol);
  try {
    if (handler === undefined || handler === notImplemented) {
      throw new GatewayError('not_implemented', `${route.method} ${route.path} is not implemented yet.`);
    }
    const query = (request.query ?? {}) as Record<string, unknown>;
    if (reg.authenticate) {
      ctx.principal = await reg.authenticate(request.headers, query);
      if (ctx.principal) ctx.observed.keyPrefix = ctx.principal.key.prefix;
    }
    check(route.validateParams, request.params, 'path');
    check(route.validateQuery, query, 'query');
    if (request.body === undefined || request.body === null) {
      if (route.bodyRequired) throw new GatewayError('invalid_request', 'A JSON request body is required.');
    } else check(route.validateBody, request.body, 'body');
    const result = await handler({ body: request.body, params: request.params, query, headers: request.headers }, ctx);
    await writeResult(reply, ctx, result);
  } catch (err) {
    sendError(reply, route.protocol, ctx.requestId, err, request);
  }
}

function contextOf(request: FastifyRequest, reply: FastifyReply, protocol: WireProtocol): RequestContext {
  const controller = new AbortController();
  reply.raw.on('close', () => {
    if (!reply.raw.writableFinished) controller.abort();
  });
  const observed = request.observed ?? {};
  request.observed = observed;
  const ctx: RequestContext = { requestId: String(request.id), protocol, startedAt: request.startedAt, signal: controller.signal, principal: undefined, headers: request.headers, observed };
  return ctx;
}

function check(validate: ((d: unknown) => ValidationIssue[] | null) | undefined, data: unknown, where: string): void {
  if (!validate) return;
  const issues = validate(data);
  const first = issues?.[0];
  if (!first) return;
  const param = first.path === '' ? undefined : first.path;
  const subject = param ?? (where === 'body' ? 'the request body' : `the ${where} parameters`);
  throw new GatewayError('invalid_request', `Invalid ${subject}: ${first.message}.`, param ? { param } : {});
}

async function writeResult(reply: FastifyReply, ctx: RequestContext, result: HandlerResult): Promise<void> {
  if (result.kind === 'json') {
    reply.code(result.status ?? 200).headers(result.headers ?? {}).header('content-type', 'application/json; charset=utf-8');
    await reply.send(JSON.stringify(result.body));
    return;
  }
  if (result.kind === 'binary') {
    reply.code(result.status ?? 200).headers(result.headers ?? {}).header('content-type', result.contentType);
    await reply.send(result.body);
    return;
  }
  reply.hijack();
  const raw = reply.raw;
  const trailers = result.trailers;
  raw.writeHead(200, {
    ...Object.fromEntries(Object.entries(reply.getHeaders()).map(([k, v]) => [k, String(v)])),
    ...result.headers,
    ...(trailers ? { trailer: trailers.names.join(', ') } : {}),
    'content-type': 'text/event-stream; charset=utf-8',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'x-accel-buffering': 'no',
  });
  // Frames produced together (one upstream read usually carries many events) go out as one
  // write: each is appended to `pending`, which is written once the current I/O callback and its
  // promise jobs are done (setImmediate), or at once past WRITE_BATCH bytes. The headers leave
  // with the first frames (or alone at that moment when there are none yet), the last frames
  // with the terminator and the trailers.
  let pending = '';
  const flush = (): void => {
    deferred = undefined;
    if (raw.destroyed) return;
    if (pending.length === 0) {
      if (!raw.headersSent) raw.flushHeaders();
      return;
    }
    const text = pending;
    pending = '';
    raw.write(text);
  };
  let deferred: NodeJS.Immediate | undefined = setImmediate(flush);
  let ended = false;
  try {
    for await (const frame of result.frames) {
      if (ctx.signal.aborted) break;
      if (frame.length === 0) continue;
      pending += frame;
      if (pending.length >= WRITE_BATCH) {
        if (deferred) clearImmediate(deferred);
        flush();
      } else deferred ??= setImmediate(flush);
      if (raw.writableNeedDrain) await drained(raw, ctx.signal);
    }
    ended = true;
  } finally {
    if (deferred) clearImmediate(deferred);
    if (!raw.destroyed) {
      // Values known only at the end (the charged cost) travel as HTTP trailers.
      if (ended && trailers) raw.addTrailers(trailers.values());
      if (pending.length > 0 && !ctx.signal.aborted) raw.end(pending);
      else raw.end();
    }
  }
}

/** The most frame text held back to be written together. */
const WRITE_BATCH = 16 * 1024;

/** Waits for the socket to drain (backpressure) or the client to leave. */
function drained(raw: NodeJS.WritableStream, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      raw.removeListener('drain', done);
      signal.removeEventListener('abort', done);
      resolve();
    };
    raw.once('drain', done);
    signal.addEventListener('abort', done, { once: true });
  });
}

/** Renders any error in the protocol's shape. Also used by the app-level error handler. */
export function sendError(reply: FastifyReply, protocol: WireProtocol, requestId: string, err: unknown, request?: FastifyRequest): void {
  const e = toGatewayError(err);
  if (request) (request.observed ??= {}).errorCode = e.code;
  if (e.status >= 500 && e.code === 'internal_error') request?.log.error({ err: e.cause ?? e }, 'internal error');
  else if (e.detail) request?.log.warn({ code: e.code, detail: e.detail }, e.message);
  if (reply.sent || reply.raw.headersSent) {
    if (!reply.raw.destroyed) reply.raw.end();
    return;
  }
  const { status, body } = renderError(e, protocol, requestId);
  if (e.retryAfter !== undefined) reply.header('retry-after', String(e.retryAfter));
  // Every protocol's request-id convention (errors raised before onRequest ran, too), and the
  // retry hint the OpenAI and Anthropic SDKs obey over their status rule (errors/retry-hint.ts).
  reply.header('x-request-id', requestId).header('request-id', requestId);
  reply.header('x-should-retry', String(shouldRetry(e.code, status)));
  reply.headers(e.headers);
  reply.code(status).header('content-type', 'application/json; charset=utf-8').send(JSON.stringify(body));
}

export function newRequestId(): string {
  return timeOrderedId('req', 20);
}
