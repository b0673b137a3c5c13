import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance, type FastifyRequest } from 'fastify';
import pino, { type Logger } from 'pino';
import { anthropicRoutes } from '../generated/anthropic/routes.gen.js';
import { geminiRoutes } from '../generated/gemini/routes.gen.js';
import { openaiRoutes } from '../generated/openai/routes.gen.js';
import type { WireProtocol } from '../generated/runtime.gen.js';
import { authenticate, presentedKey } from './auth/authenticate.js';
import { KeyCache } from './auth/key-cache.js';
import { HoldSweeper } from './billing/hold-sweeper.js';
import { warmTokenizer } from './billing/tokenizer.js';
import { UsageWriter } from './billing/usage-writer.js';
import { Catalog } from './catalog/catalog.js';
import { ChangeWatcher } from './catalog/change-watcher.js';
import { GatewayError } from './errors/gateway-error.js';
import { anthropicHandlers } from './handlers/anthropic/index.js';
import { geminiHandlers } from './handlers/gemini/index.js';
import { openaiHandlers } from './handlers/openai/index.js';
import { newRequestId, registerSpecRoutes, sendError } from './http/register-routes.js';
import { UpstreamClient } from './http/upstream-client.js';
import { Metrics } from './observability/metrics.js';
import type { Services } from './pipeline/services.js';
import { createChatProviders, createEmbeddingProviders } from './providers/registry.js';
import type { Store } from './store/store.js';
import type { ChannelRecord } from './store/types.js';

export interface AppOptions {
  store: Store;
  logger?: Logger;
  bodyLimit?: number;
  changePollMs?: number;
  holdTimeoutMs?: number;
  defaultMaxOutputTokens?: number;
  adminToken?: string;
  /** Environment used to resolve channel credentials by variable name. */
  credentials?: Record<string, string | undefined>;
  /** Collect Node process metrics (off in tests that build many apps). */
  processMetrics?: boolean;
}

export interface Gateway {
  app: FastifyInstance;
  services: Services;
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
  const http = new UpstreamClient();
  const credentials = options.credentials ?? {};
  const credentialOf = (c: ChannelRecord): string | undefined => (c.credentialEnv ? credentials[c.credentialEnv] : undefined);
  const usage = new UsageWriter(store, {
    onError: (err, pending) => log.error({ err, pending }, 'usage writer: store write failed, will retry'),
  });
  const services: Services = {
    store, catalog, keys, usage, metrics, log,
    providers: createChatProviders(http, credentialOf),
    embeddingProviders: createEmbeddingProviders(http, credentialOf),
    defaultMaxOutputTokens: options.defaultMaxOutputTokens ?? 4096,
  };
  warmTokenizer();

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
  sweeper.start();

  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit: options.bodyLimit ?? 10 * 1024 * 1024,
    genReqId: () => newRequestId(),
    // The pipeline logs one line per request itself (with model, channel, cost), so fastify's own is off.
    logController: new LogController({ disableRequestLogging: true }),
    return503OnClosing: true,
  });
  app.decorateRequest('startedAt', 0n);
  app.decorateRequest('observed', null);
  app.decorateRequest('wireProtocol', null);
  app.addHook('onRequest', async (request, reply) => {
    request.startedAt = process.hrtime.bigint();
    reply.header('x-request-id', request.id);
    reply.header('request-id', request.id);
  });
  const recordRequest = (request: FastifyRequest, statusCode: number): void => {
    const protocol = request.wireProtocol ?? request.routeOptions.config.protocol ?? 'none';
    const model = request.observed?.model ?? '';
    metrics.requests.inc({ protocol, endpoint: request.routeOptions.url ?? 'unknown', model, channel: request.observed?.channel ?? '', status: String(statusCode) });
    metrics.duration.observe({ protocol, model }, Number(process.hrtime.bigint() - request.startedAt) / 1e9);
  };
  // Runs for hijacked (SSE) replies too: fastify 5 hooks the raw response's 'finish'.
  app.addHook('onResponse', async (request, reply) => recordRequest(request, reply.statusCode));

  app.setErrorHandler((err, request, reply) => {
    sendError(reply, protocolOf(request), String(request.id), fromFastifyError(err), request);
  });
  app.setNotFoundHandler((request, reply) => {
    sendError(reply, protocolOf(request), String(request.id), new GatewayError('not_found', `Unknown endpoint: ${request.method} ${request.url.split('?')[0]}`));
  });

  const authBy = (protocol: WireProtocol) => (headers: FastifyRequest['headers'], query: Record<string, unknown>) => authenticate(keys, presentedKey(protocol, headers, query));
  // One registration per spec; each front door lives in server/handlers/<protocol>/.
  registerSpecRoutes(app, [
    { routes: openaiRoutes, handlers: openaiHandlers(services), authenticate: authBy('openai') },
    // Shares GET /v1/models{,/{model}} with OpenAI: only the Anthropic SDK sends anthropic-version (protocols.md §1.1).
    { routes: anthropicRoutes, handlers: anthropicHandlers(services), authenticate: authBy('anthropic'), claims: (h) => h['anthropic-version'] !== undefined },
    { routes: geminiRoutes, handlers: geminiHandlers(services), authenticate: authBy('gemini') },
  ]);

  app.get('/healthz', async (_req, reply) => reply.send({ status: 'ok' }));
  app.get('/metrics', async (request, reply) => {
    if (options.adminToken && request.headers.authorization !== `Bearer ${options.adminToken}`) {
      throw new GatewayError('invalid_admin_token', 'The metrics endpoint needs the admin token.');
    }
    metrics.usagePending.set(usage.pending);
    reply.header('content-type', metrics.registry.contentType);
    return reply.send(await metrics.registry.metrics());
  });

  app.addHook('onClose', async () => {
    watcher.stop();
    sweeper.stop();
    await usage.close();
    await http.close();
  });
  return { app, services };
}

/** The protocol of a request that failed before (or without) reaching a route. */
function protocolOf(request: FastifyRequest): WireProtocol {
  const fromRoute = request.wireProtocol ?? request.routeOptions.config.protocol;
  if (fromRoute) return fromRoute;
  if (request.url.startsWith('/v1beta/')) return 'gemini';
  if (request.headers['anthropic-version'] !== undefined) return 'anthropic';
  return 'openai';
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
