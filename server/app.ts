import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';
import { anthropicRoutes } from '../generated/anthropic/routes.gen.js';
import { geminiRoutes } from '../generated/gemini/routes.gen.js';
import { filesRoutes } from '../generated/files/routes.gen.js';
import { accountRoutes } from '../generated/account/routes.gen.js';
import { openaiRoutes } from '../generated/openai/routes.gen.js';
import { responsesRoutes } from '../generated/responses/routes.gen.js';
import { tasksRoutes } from '../generated/tasks/routes.gen.js';
import type { WireProtocol } from '../generated/runtime.gen.js';
import { registerAdmin } from './admin/register-admin.js';
import { registerConsole } from './console/register-console.js';
import { authorizeAdmin } from './admin/auth/admin-gate.js';
import type { FailureLimitOptions } from './admin/auth/admin-token.js';
import { authenticate, presentedKey } from './auth/authenticate.js';
import { KeyCache } from './auth/key-cache.js';
import { HoldSweeper } from './billing/hold-sweeper.js';
import { StoredResponses } from './responses/stored-responses.js';
import { DEFAULT_LEASE_OPTIONS, LeaseBook, type LeaseOptions } from './billing/lease-book.js';
import { SettlementOutbox } from './billing/settlement-outbox.js';
import { UsageWriter } from './billing/usage-writer.js';
import { Catalog } from './catalog/catalog.js';
import { ChangeWatcher } from './catalog/change-watcher.js';
import { CredentialCipher } from './crypto/credential-cipher.js';
import { GatewayError } from './errors/gateway-error.js';
import { tooDeepAt } from './limits/json-depth.js';
import { anthropicHandlers } from './handlers/anthropic/index.js';
import { geminiHandlers } from './handlers/gemini/index.js';
import { openaiHandlers } from './handlers/openai/index.js';
import { responsesHandlers } from './handlers/responses/index.js';
import { newRequestId, registerSpecRoutes, sendError } from './http/register-routes.js';
import { UpstreamClient } from './http/upstream-client.js';
import { clientErrorHandler } from './http/client-errors.js';
import { wireProtocolOf } from './http/wire-protocol-of.js';
import { gatewayInfo } from './http/gateway-info.js';
import { registerDocs } from './docs/register-docs.js';
import { registerModelPages } from './docs/model-pages.js';
import { Metrics } from './observability/metrics.js';
import { registerRequestTracing } from './observability/request-tracing.js';
import type { Tracing } from './observability/tracing.js';
import type { Services } from './pipeline/services.js';
import { createChatProviders, createEmbeddingProviders } from './providers/registry.js';
import { CircuitBreakers } from './routing/circuit-breaker.js';
import { RateLimiter } from './routing/rate-limiter.js';
import { routingOptions, type RoutingOptions } from './routing/routing-options.js';
import type { Store } from './store/store.js';
import type { ChannelRecord } from './store/types.js';
import type { BlobStore } from './blobs/blob-store.js';
import { filesHandlers } from './handlers/files/index.js';
import { accountHandlers } from './handlers/account/index.js';
import { tasksHandlers } from './handlers/tasks/index.js';
import { createMediaServices } from './tasks/media-services.js';
import type { MediaOptions } from './tasks/media-options.js';
import { isTaskHold } from './tasks/task-holds.js';
import { InFlight } from './lifecycle/in-flight.js';
import { Readiness } from './lifecycle/readiness.js';
import { requestLimits, type RequestLimits } from './limits/request-limits.js';

export interface AppOptions {
  store: Store;
  logger?: Logger;
  /** Largest request body, bytes (shorthand for `limits.bodyBytes`). */
  bodyLimit?: number;
  /** Body, header, time and count limits on what callers send (defaults in limits/request-limits.ts). */
  limits?: Partial<RequestLimits>;
  changePollMs?: number;
  holdTimeoutMs?: number;
  /** Leased budgets (billing/lease-book.ts); `holdsPerLease: 0` holds every request on its own. */
  leases?: Partial<LeaseOptions>;
  /** File that keeps charges the store did not take (store down at settlement) across restarts; memory only when unset. */
  outboxFile?: string;
  defaultMaxOutputTokens?: number;
  /** How long stored Responses API responses are kept (default 30 days). */
  responsesRetentionMs?: number;
  adminToken?: string;
  /** NEXUSFLOW_SECRET_KEY: encrypts channel credentials set through the admin API. */
  secretKey?: string;
  /** Failed admin authentications allowed per client address and window (default 20 per minute). */
  adminFailureLimit?: FailureLimitOptions;
  /** Environment used to resolve channel credentials by variable name. */
  credentials?: Record<string, string | undefined>;
  /** Collect Node process metrics (off in tests that build many apps). */
  processMetrics?: boolean;
  /** Retries, deadline, backoff and circuit breaking (defaults in routing/routing-options.ts). */
  routing?: Partial<RoutingOptions>;
  /** Images, videos and async tasks (defaults in tasks/media-options.ts). */
  media?: Partial<MediaOptions>;
  /** Where generated files are kept; defaults to the store's companion (server/blobs). */
  blobs?: BlobStore;
  /** OpenTelemetry traces (observability/tracing.ts); off when absent. The caller shuts it down. */
  tracing?: Tracing;
  /** What `/metrics` answers instead of this process's registry (the sum over workers, lifecycle/workers.ts). */
  metricsText?: () => Promise<string>;
}

export interface Gateway {
  app: FastifyInstance;
  services: Services;
  /** Requests being handled; graceful shutdown waits for them (lifecycle/graceful-shutdown.ts). */
  inFlight: InFlight;
  /** What `/readyz` answers; a shutdown marks it draining first (lifecycle/readiness.ts). */
  readiness: Readiness;
  /** Closes holds no live request owns (billing/hold-sweeper.ts). */
  holdSweeper: HoldSweeper;
}

declare module 'fastify' {
  interface FastifyRequest {
    startedAt: bigint;
  }
}

/** Builds the gateway on a ready store. Never listens: main.ts does, tests use port 0 or inject(). */
export async function buildApp(options: AppOptions): Promise<Gateway> {
  const log = options.logger ?? pino({ level: 'silent' });
  const store = options.store;
  const metrics = new Metrics(options.processMetrics ?? true);
  const catalog = new Catalog(store);
  await catalog.reload();
  const keys = new KeyCache(store);
  const http = new UpstreamClient(null, options.tracing);
  const credentials = options.credentials ?? {};
  const cipher = options.secretKey ? new CredentialCipher(options.secretKey) : undefined;
  // A credential stored through the admin API (encrypted) wins over one named by environment variable.
  const credentialOf = (c: ChannelRecord): string | undefined => {
    if (c.credentialEncrypted !== undefined && cipher) {
      try {
        return cipher.decrypt(c.credentialEncrypted, c.id);
      } catch (err) {
        log.warn({ channel: c.id, err: (err as Error).message }, 'channel credential: cannot decrypt');
        return undefined;
      }
    }
    return c.credentialEnv ? credentials[c.credentialEnv] : undefined;
  };
  const usage = new UsageWriter(store, {
    onError: (err, pending) => log.error({ err, pending }, 'usage writer: store write failed, will retry'),
  });
  const routing = routingOptions(options.routing);
  const limits = requestLimits({ ...options.limits, ...(options.bodyLimit !== undefined ? { bodyBytes: options.bodyLimit } : {}) });
  const media = await createMediaServices({ store, catalog, usage, metrics, log, http, credentialOf, blobs: options.blobs, options: options.media });
  const liveHolds = new Set<string>();
  const services: Services = {
    media,
    ...(options.tracing ? { tracing: options.tracing } : {}),
    store, catalog, keys, usage, metrics, log,
    liveHolds,
    leases: new LeaseBook({ store, log, liveHolds, onLeases: (n) => metrics.billingLeases.set(n) }, leaseOptions(options)),
    outbox: new SettlementOutbox({ file: options.outboxFile, store, log, onPending: (n) => metrics.billingOutbox.set(n) }),
    providers: createChatProviders(http, credentialOf),
    embeddingProviders: createEmbeddingProviders(http, credentialOf),
    defaultMaxOutputTokens: options.defaultMaxOutputTokens ?? 4096,
    responses: new StoredResponses(store, options.responsesRetentionMs ?? 30 * 24 * 3600 * 1000, log),
    limits,
    routing,
    circuits: new CircuitBreakers({ failures: routing.circuitFailures, cooldownMs: routing.circuitCooldownMs }, metrics.channelCircuit),
    rateLimits: new RateLimiter(store, (err) => log.warn({ err }, 'rate limiter: could not adjust a window counter')),
  };

  const watcher = new ChangeWatcher(store, {
    intervalMs: options.changePollMs ?? 1000,
    onChange: async () => {
      keys.invalidate();
      await catalog.reload();
    },
    onError: (err) => log.warn({ err }, 'change watcher: store unavailable'),
  });
  await watcher.start();
  const sweeper = new HoldSweeper(store, log, options.holdTimeoutMs ?? 15 * 60 * 1000);
  // Task holds last as long as their task and are settled by it (tasks/task-holds.ts).
  sweeper.exclude(isTaskHold);
  // A hold this process still owns belongs to a request that is running (a slow stream may run
  // for longer than the timeout): it is settled by that request, never swept.
  sweeper.exclude((requestId) => services.liveHolds.has(requestId));
  sweeper.start();
  services.outbox.start();
  services.responses.start();

  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: limits.bodyBytes,
    // Slow clients (slowloris): headers and the whole request must arrive in time; node answers
    // 408 and closes. Only receiving the request is timed, never the (streamed) response.
    requestTimeout: limits.requestTimeoutMs,
    http: {
      headersTimeout: limits.headersTimeoutMs,
      maxHeaderSize: limits.headerBytes,
      // node checks those timeouts on this interval (30 s by default, which would triple a 15 s limit).
      connectionsCheckingInterval: Math.max(100, Math.min(5_000, Math.floor(limits.headersTimeoutMs / 3))),
    },
    genReqId: () => newRequestId(),
    // Path parameters the specs allow (file ids up to 200 characters) must reach the spec
    // validators; find-my-way's default of 100 answered 414 before them (contract fuzzing).
    routerOptions: { maxParamLength: 256 },
    // What the router refuses before any route exists for the request (a bad %-escape, an
    // over-long parameter) gets our error shape too, not fastify's own body.
    // Requests node refuses before fastify sees them (bad header bytes, 431, 408): same shapes.
    clientErrorHandler: clientErrorHandler(log as FastifyBaseLogger, newRequestId),
    frameworkErrors: (err, request, reply) => sendError(reply, protocolOf(request), String(request.id), fromFastifyError(err), request),
    // The pipeline logs one line per request itself (with model, channel, cost), so fastify's own is off.
    logController: new LogController({ disableRequestLogging: true }),
    // Requests arriving while the app closes are refused below, in the caller's protocol shape
    // (fastify's own 503 has a body of its own); fastify still adds `connection: close`.
    return503OnClosing: false,
  });
  if (options.tracing) registerRequestTracing(app, options.tracing);
  // fastify's own JSON parser (prototype-poisoning checks kept), after a depth check: input
  // nested deeper than the limit is a 400 naming where, never a stack overflow further in.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    // GET and DELETE carry no body, but SDKs send `content-type: application/json` anyway (the
    // openai Python SDK's responses.delete): an empty one is no body, not a 400.
    if (text === '' && (request.method === 'DELETE' || request.method === 'GET')) {
      done(null, undefined);
      return;
    }
    const at = tooDeepAt(text, limits.maxJsonDepth);
    if (at !== undefined) {
      done(new GatewayError('invalid_request', `The request body nests deeper than ${limits.maxJsonDepth} levels (at ${at || 'the top level'}).`, at ? { param: at } : {}), undefined);
      return;
    }
    parseJson(request, text, done);
  });
  const inFlight = new InFlight();
  // Counted per route handler: a handler returns once its request is billed and its stream written.
  app.addHook('onRoute', (route) => {
    const handler = route.handler;
    route.handler = function tracked(this: FastifyInstance, request, reply) {
      inFlight.enter();
      let result: unknown;
      try {
        result = handler.call(this, request, reply);
      } catch (err) {
        inFlight.leave();
        throw err;
      }
      if (result instanceof Promise) return result.finally(() => inFlight.leave());
      inFlight.leave();
      return result;
    };
  });
  app.decorateRequest('startedAt', 0n);
  app.decorateRequest('observed', null);
  app.decorateRequest('wireProtocol', null);
  app.addHook('onRequest', async (request, reply) => {
    request.startedAt = process.hrtime.bigint();
    request.observed = {};
    reply.header('x-request-id', request.id);
    reply.header('request-id', request.id);
    // Probes answer through a drain: liveness stays true, readiness says why it is false.
    if (inFlight.closing && !isProbe(request)) {
      sendError(reply, protocolOf(request), String(request.id), new GatewayError('shutting_down', 'This gateway process is shutting down; retry the request.', { retryAfter: 1 }));
      return reply;
    }
  });
  const recordRequest = (request: FastifyRequest, statusCode: number): void => {
    const protocol = request.wireProtocol ?? request.routeOptions.config.protocol ?? 'none';
    const model = request.observed?.model ?? '';
    metrics.requests.inc({ protocol, endpoint: request.routeOptions.url ?? 'unknown', model, channel: request.observed?.channel ?? '', status: String(statusCode) });
    metrics.duration.observe({ protocol, model }, Number(process.hrtime.bigint() - request.startedAt) / 1e9);
  };
  // Runs for hijacked (SSE) replies too: fastify 5 hooks the raw response's 'finish'.
  app.addHook('onResponse', async (request, reply) => {
    recordRequest(request, reply.statusCode);
    logAccess(log, request, reply.statusCode);
  });

  app.setErrorHandler((err, request, reply) => {
    sendError(reply, protocolOf(request), String(request.id), fromFastifyError(err), request);
  });
  app.setNotFoundHandler((request, reply) => {
    sendError(reply, protocolOf(request), String(request.id), new GatewayError('not_found', `Unknown endpoint: ${request.method} ${request.url.split('?')[0]}`), request);
  });

  // First, so its gate (an onRequest hook) is in place before any route is added.
  const adminAuth = await registerAdmin(app, {
    store, log, adminToken: options.adminToken, cipher, credentials, circuits: services.circuits,
    channelTester: { providers: services.providers, timeoutMs: 30_000 },
    ...(options.adminFailureLimit ? { failureLimit: options.adminFailureLimit } : {}),
    // Other processes see the change within their poll interval; this one at once.
    changed: async () => {
      await store.bumpChangeCounter();
      keys.invalidate();
      await catalog.reload();
    },
  });
  const authBy = (protocol: WireProtocol) => (headers: FastifyRequest['headers'], query: Record<string, unknown>) => authenticate(keys, presentedKey(protocol, headers, query), protocol);
  // One registration per spec; each front door lives in server/handlers/<protocol>/.
  registerSpecRoutes(app, [
    { routes: openaiRoutes, handlers: openaiHandlers(services), authenticate: authBy('openai') },
    { routes: responsesRoutes, handlers: responsesHandlers(services), authenticate: authBy('openai') },
    // Shares GET /v1/models{,/{model}} with OpenAI: only the Anthropic SDK sends anthropic-version (protocols.md §1.1).
    { routes: anthropicRoutes, handlers: anthropicHandlers(services), authenticate: authBy('anthropic'), claims: (h) => h['anthropic-version'] !== undefined },
    { routes: geminiRoutes, handlers: geminiHandlers(services), authenticate: authBy('gemini') },
    { routes: tasksRoutes, handlers: tasksHandlers(services), authenticate: authBy('nexusflow') },
    // The key holder's own account (never another's).
    { routes: accountRoutes, handlers: accountHandlers(services), authenticate: authBy('nexusflow') },
    // File URLs carry their own signature: no API key.
    { routes: filesRoutes, handlers: filesHandlers(services) },
  ]);
  media.tasks.start();

  // Claude Code probes HEAD / (fastify answers HEAD for every GET route).
  app.get('/', async (_req, reply) => reply.send(gatewayInfo()));
  registerDocs(app);
  registerConsole(app);
  registerModelPages(app, catalog, options.media?.publicBaseUrl);
  const readiness = new Readiness(store, catalog);
  const refreshGauges = (): void => {
    metrics.usagePending.set(usage.pending);
    services.circuits.publish();
  };
  // Workers whose /metrics another worker answers keep their gauges current on their own.
  const gaugeTimer = options.metricsText ? setInterval(refreshGauges, 1000).unref() : undefined;
  app.get('/healthz', async (_req, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }));
  app.get('/readyz', async (_req, reply) => {
    const report = await readiness.check();
    return reply.code(report.ready ? 200 : 503).header('cache-control', 'no-store').send({ status: report.ready ? 'ready' : 'not_ready', checks: report.checks });
  });
  app.get('/metrics', async (request, reply) => {
    // Same check as the admin API (constant-time, guesses counted per address); open when no admin token is set.
    if (adminAuth.verifier.enabled) authorizeAdmin(request, adminAuth.verifier, adminAuth.limiter);
    refreshGauges();
    reply.header('content-type', metrics.registry.contentType);
    return reply.send(await (options.metricsText?.() ?? metrics.registry.metrics()));
  });

  app.addHook('preClose', async () => {
    readiness.beginDrain();
    inFlight.closing = true;
  });
  // Before connections drain: image requests still waiting on an upstream hand their task to the runner.
  app.addHook('preClose', async () => media.tasks.beginShutdown());
  app.addHook('onClose', async () => {
    // Connections cut at a shutdown deadline leave their requests unwinding (settling the bill,
    // queueing the usage record): let them finish before the last flush.
    const settled = await inFlight.idle(10_000);
    if (!settled) log.warn({ open: inFlight.count }, 'shutdown: requests still unwinding after 10 s; flushing without them');
    watcher.stop();
    sweeper.stop();
    if (gaugeTimer) clearInterval(gaugeTimer);
    services.responses.stop();
    await media.tasks.close();
    await services.leases.close();
    await services.outbox.close();
    await usage.close();
    await http.close();
  });
  return { app, services, inFlight, readiness, holdSweeper: sweeper };
}

/**
 * The access log: one line per request, whatever its outcome (401s, unknown endpoints and
 * models, validation errors, embeddings, images, token counts, streams), with what an operator
 * needs to see why a client fails. Probes and metric scrapes only at debug level.
 */
function logAccess(log: Logger, request: FastifyRequest, status: number): void {
  const o = request.observed ?? {};
  const fields = {
    requestId: String(request.id),
    method: request.method,
    route: request.routeOptions.config.specPath ?? request.routeOptions.url ?? request.url.split('?')[0] ?? '',
    protocol: request.wireProtocol ?? request.routeOptions.config.protocol ?? 'none',
    status,
    keyPrefix: o.keyPrefix,
    model: o.model ?? o.requestedModel,
    channel: o.channel,
    latencyMs: Math.round(Number(process.hrtime.bigint() - request.startedAt) / 1e3) / 1e3,
    errorCode: o.errorCode,
    ...o.billing,
  };
  if (PROBES.has(fields.route) || fields.route === '/metrics') log.debug(fields, 'request');
  else if (status >= 500) log.error(fields, 'request');
  else log.info(fields, 'request');
}

const PROBES = new Set(['/healthz', '/readyz']);
function isProbe(request: FastifyRequest): boolean {
  return request.method === 'GET' && PROBES.has(request.url.split('?')[0] ?? '');
}

/** The protocol of a request that failed before (or without) reaching a route. */
function protocolOf(request: FastifyRequest): WireProtocol {
  const fromRoute = request.wireProtocol ?? request.routeOptions.config.protocol;
  if (fromRoute) return fromRoute;
  return wireProtocolOf(request.url, request.headers['anthropic-version'] !== undefined);
}

/** Fastify's own errors (body parsing, limits) → registry codes. */
function fromFastifyError(err: unknown): unknown {
  if (err instanceof GatewayError) return err;
  const e = err as { code?: string; statusCode?: number; message?: string };
  switch (e.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new GatewayError('payload_too_large', 'The request body is larger than this gateway accepts.');
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
      return new GatewayError('unsupported_media_type', 'Send the request body as application/json.');
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return new GatewayError('invalid_request', 'The request body is empty; send a JSON object.');
    case 'FST_ERR_MAX_PARAM_LENGTH':
      return new GatewayError('invalid_request', 'A path parameter is longer than this gateway accepts.');
    case 'FST_ERR_BAD_URL':
      return new GatewayError('invalid_request', 'The request path is not a valid URL (malformed percent-encoding).');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new GatewayError('invalid_json', 'The request body is not valid JSON.');
    default:
      break;
  }
  if (err instanceof SyntaxError || (e.statusCode === 400 && /JSON/i.test(e.message ?? ''))) {
    return new GatewayError('invalid_json', 'The request body is not valid JSON.');
  }
  if (typeof e.statusCode === 'number' && e.statusCode >= 400 && e.statusCode < 500) {
    return new GatewayError('invalid_request', e.message ?? 'Bad request.', { status: e.statusCode });
  }
  return err;
}

/** Lease settings: a lease takes no new holds after a quarter of the hold timeout (at most a minute). */
function leaseOptions(options: AppOptions): LeaseOptions {
  const holdTimeoutMs = options.holdTimeoutMs ?? 15 * 60 * 1000;
  return { ...DEFAULT_LEASE_OPTIONS, maxAgeMs: Math.min(DEFAULT_LEASE_OPTIONS.maxAgeMs, Math.floor(holdTimeoutMs / 4)), ...options.leases };
}
