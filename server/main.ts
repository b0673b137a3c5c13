import { availableParallelism } from 'node:os';
import pino, { type Logger } from 'pino';
import { buildApp } from './app.js';
import { applyCatalog } from './config/apply-catalog.js';
import { bootstrap } from './config/bootstrap.js';
import { loadCatalogFile } from './config/catalog-file.js';
import { defaultCatalog } from './config/default-catalog.js';
import { ConfigError, creditsToMicro, readEnv } from './config/env.js';
import { createStore, describeStore } from './store/index.js';
import { outboxFile } from './billing/settlement-outbox.js';
import { drainAndClose } from './lifecycle/graceful-shutdown.js';
import { otelConfig } from './observability/otel-config.js';
import { prettyDestination, usePretty } from './observability/pretty-log.js';
import { clusterMetricsSource, isClusterWorker, runPrimary, workerIndex } from './lifecycle/workers.js';
import type { Store } from './store/store.js';
import type { GatewayEnv } from './config/env.js';

/** The only entry point that reads the environment and listens. */
async function main(): Promise<void> {
  const env = readEnv(process.env);
  const otel = otelConfig(process.env);
  // Buffered, asynchronous writes: one request line each must not cost a syscall each. Flushed on exit.
  const destination = pino.destination({ dest: 1, sync: false, minLength: 4096 });
  // JSON lines for collectors; readable lines for a person at a terminal (NEXUSFLOW_LOG_FORMAT).
  const pretty = usePretty(env.NEXUSFLOW_LOG_FORMAT, process.stdout.isTTY === true);
  const log = pino({ level: env.LOG_LEVEL, redact: { paths: ['req.headers.authorization', 'req.headers["x-api-key"]', 'req.headers["x-goog-api-key"]'], remove: true } },
    pretty ? prettyDestination(destination, process.stdout.isTTY === true && !process.env.NO_COLOR) : destination);
  process.on('exit', () => destination.flushSync());
  // An idle gateway still gets its lines out within a second.
  setInterval(() => destination.flush(), 1000).unref();

  const openStore = (): Promise<Store> => createStore({
    dataDir: env.NEXUSFLOW_DATA_DIR,
    ...(env.MONGODB_URI ? { mongodbUri: env.MONGODB_URI } : {}),
    ...(env.NEXUSFLOW_MONGODB_DB ? { mongodbDb: env.NEXUSFLOW_MONGODB_DB } : {}),
    poolSize: env.NEXUSFLOW_MONGODB_POOL_SIZE,
  });
  const workers = env.NEXUSFLOW_WORKERS ?? availableParallelism();
  if (workers > 1 && !isClusterWorker()) {
    // The primary prepares the store once (schema, catalog, bootstrap key), then only supervises.
    const store = await openStore();
    log.info(`store: ${describeStore(store)}`);
    await prepareStore(store, env, log);
    await store.close();
    runPrimary({ workers, log, forceExitMs: env.NEXUSFLOW_SHUTDOWN_DEADLINE_MS + env.NEXUSFLOW_SHUTDOWN_READY_GRACE_MS + 20_000 });
    destination.flush();
    return;
  }
  const store = await openStore();
  if (!isClusterWorker()) {
    log.info(`store: ${describeStore(store)}`);
    await prepareStore(store, env, log);
  }

  // The OpenTelemetry SDK and exporters load only when tracing is configured.
  const tracing = otel ? new (await import('./observability/tracing.js')).Tracing(otel) : undefined;
  if (otel) log.info(`tracing: OTLP ${otel.protocol} to ${otel.url} as service ${otel.serviceName}`);
  let allWorkersMetrics: (() => Promise<string>) | undefined;
  const gateway = await buildApp({
    ...(tracing ? { tracing } : {}),
    ...(isClusterWorker() ? { metricsText: () => allWorkersMetrics!() } : {}),
    store,
    logger: log,
    limits: {
      bodyBytes: env.NEXUSFLOW_BODY_LIMIT, headerBytes: env.NEXUSFLOW_MAX_HEADER_BYTES,
      headersTimeoutMs: env.NEXUSFLOW_HEADERS_TIMEOUT_MS, requestTimeoutMs: env.NEXUSFLOW_REQUEST_TIMEOUT_MS,
      maxMessages: env.NEXUSFLOW_MAX_MESSAGES, maxTools: env.NEXUSFLOW_MAX_TOOLS, maxPartsPerMessage: env.NEXUSFLOW_MAX_PARTS,
      maxJsonDepth: env.NEXUSFLOW_MAX_JSON_DEPTH,
    },
    changePollMs: env.NEXUSFLOW_CHANGE_POLL_MS,
    holdTimeoutMs: env.NEXUSFLOW_HOLD_TIMEOUT_MS,
    leases: { holdsPerLease: env.NEXUSFLOW_LEASE_HOLDS },
    outboxFile: outboxFile(env.NEXUSFLOW_DATA_DIR, workerIndex()),
    defaultMaxOutputTokens: env.NEXUSFLOW_DEFAULT_MAX_OUTPUT_TOKENS,
    responsesRetentionMs: env.NEXUSFLOW_RESPONSES_RETENTION_HOURS * 3600 * 1000,
    routing: {
      maxAttempts: env.NEXUSFLOW_RETRY_MAX_ATTEMPTS,
      deadlineMs: env.NEXUSFLOW_RETRY_DEADLINE_MS,
      backoffBaseMs: env.NEXUSFLOW_RETRY_BACKOFF_MS,
      circuitFailures: env.NEXUSFLOW_CIRCUIT_FAILURES,
      circuitCooldownMs: env.NEXUSFLOW_CIRCUIT_COOLDOWN_MS,
    },
    ...(env.NEXUSFLOW_ADMIN_TOKEN ? { adminToken: env.NEXUSFLOW_ADMIN_TOKEN } : {}),
    ...(env.NEXUSFLOW_SECRET_KEY ? { secretKey: env.NEXUSFLOW_SECRET_KEY } : {}),
    credentials: process.env,
    media: {
      signingKey: env.NEXUSFLOW_SIGNING_KEY, publicBaseUrl: env.NEXUSFLOW_PUBLIC_BASE_URL, allowPrivateCallbacks: env.NEXUSFLOW_ALLOW_PRIVATE_CALLBACKS,
      defaultImageModel: env.NEXUSFLOW_DEFAULT_IMAGE_MODEL, imageDeadlineMs: env.NEXUSFLOW_IMAGE_DEADLINE_MS, fileUrlTtlSeconds: env.NEXUSFLOW_FILE_URL_TTL_S,
      taskLeaseMs: env.NEXUSFLOW_TASK_LEASE_MS, taskConcurrency: env.NEXUSFLOW_TASK_CONCURRENCY, taskIdleMs: env.NEXUSFLOW_TASK_IDLE_MS,
    },
  });

  const { app } = gateway;
  if (isClusterWorker()) allWorkersMetrics = clusterMetricsSource(gateway.services.metrics.registry);
  let closing = false;
  const shutdown = (signal: string): void => {
    if (closing) return;
    closing = true;
    const deadlineMs = env.NEXUSFLOW_SHUTDOWN_DEADLINE_MS;
    log.info({ deadlineMs, open: gateway.inFlight.count }, `${signal}: draining`);
    // Last resort if draining itself hangs (a store that never answers the final flush).
    const force = setTimeout(() => {
      log.error('shutdown: still not closed 15 s after the deadline; exiting');
      process.exit(1);
    }, deadlineMs + env.NEXUSFLOW_SHUTDOWN_READY_GRACE_MS + 15_000);
    force.unref();
    void drainAndClose(gateway, { deadlineMs, readyGraceMs: env.NEXUSFLOW_SHUTDOWN_READY_GRACE_MS, log }).then(async ({ drained, cut }) => {
      await store.close();
      await tracing?.shutdown().catch((err: unknown) => log.warn({ err }, 'tracing: last export failed'));
      log.info({ drained, cut }, 'shutdown complete');
      process.exit(0);
    }, (err: unknown) => {
      log.error({ err }, 'shutdown failed');
      process.exit(1);
    });
  };
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  // A worker whose primary is gone (killed) drains and exits rather than serving unsupervised.
  if (isClusterWorker()) process.on('disconnect', () => shutdown('primary gone'));

  const address = await app.listen({ port: env.PORT, host: env.HOST });
  log.info(`NexusFlow listening on ${address}`);
  destination.flush();
}

/** Schema, catalog and the bootstrap key: once per start, before any request is served. */
async function prepareStore(store: Store, env: GatewayEnv, log: Logger): Promise<void> {
  const catalog = env.NEXUSFLOW_CONFIG
    ? loadCatalogFile(env.NEXUSFLOW_CONFIG)
    : defaultCatalog({ dashscope: env.DASHSCOPE_API_KEY ? { baseUrl: env.DASHSCOPE_BASE_URL } : undefined });
  const applied = await applyCatalog(store, catalog);
  if (env.NEXUSFLOW_CONFIG) log.info(`catalog: applied ${applied.models} models and ${applied.channels} channels from ${env.NEXUSFLOW_CONFIG}`);
  else if (env.DASHSCOPE_API_KEY) log.info('catalog: default models served by DashScope (OpenAI-compatible mode), DASHSCOPE_API_KEY is set');
  else log.warn('catalog: no NEXUSFLOW_CONFIG and no upstream credentials: default models are answered by the built-in SIMULATOR (offline, not a real model)');

  const boot = await bootstrap(store, { bootstrapKey: env.NEXUSFLOW_BOOTSTRAP_KEY, balanceMicro: creditsToMicro(env.NEXUSFLOW_BOOTSTRAP_BALANCE) });
  if (boot.createdSecret) {
    // Printed once, to the console only (never to the structured log).
    process.stdout.write(`\n  Demo API key (shown once, store it now): ${boot.createdSecret}\n  Account ${boot.accountId} has ${env.NEXUSFLOW_BOOTSTRAP_BALANCE} credits.\n\n`);
  }
}

main().catch((err: unknown) => {
  if (err instanceof ConfigError || (err instanceof Error && err.name === 'StoreOpenError')) {
    process.stderr.write(`nexusflow: ${err.message}\n`);
  } else {
    process.stderr.write(`nexusflow: failed to start: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  }
  process.exit(1);
});
