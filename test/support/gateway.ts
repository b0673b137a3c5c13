import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino, { type Logger } from 'pino';
import { buildApp, type AppOptions, type Gateway } from '../../server/app.js';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { applyCatalog } from '../../server/config/apply-catalog.js';
import { bootstrap } from '../../server/config/bootstrap.js';
import { parseCatalog, type CatalogFile } from '../../server/config/catalog-file.js';
import { defaultCatalog } from '../../server/config/default-catalog.js';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';

/**
 * For suites that check how ONE upstream failure is rendered to each SDK: no retries, so a
 * 429 or a hang answers at once. Retries and failover are tested in test/e2e/routing-*.
 */
export const SINGLE_ATTEMPT = { maxAttempts: 1 } as const;

export interface TestGatewayOptions {
  env?: Record<string, string>;
  /** Catalog to apply instead of the default simulator catalog. */
  catalog?: unknown;
  /** Initial balance of the test key's account, micro-credits. */
  balanceMicro?: number;
  /** Use this store instead of a fresh embedded one (caller closes it). */
  store?: Store;
  holdTimeoutMs?: number;
  /** The billing outbox file (server/billing/settlement-outbox.ts); memory only when unset. */
  outboxFile?: string;
  bodyLimit?: number;
  /** Body, header, time and count limits (server/limits/request-limits.ts). */
  limits?: AppOptions['limits'];
  /** Admin token (default: a random one; `null` leaves the admin API closed). */
  adminToken?: string | null;
  /** NEXUSFLOW_SECRET_KEY (default: a random one; `null` leaves it unset). */
  secretKey?: string | null;
  adminFailureLimit?: AppOptions['adminFailureLimit'];
  /** Instead of a silent logger (tests that read what the gateway logs). */
  logger?: Logger;
  /** Retry/circuit settings (routing tests shorten backoffs and cool-downs). */
  routing?: AppOptions['routing'];
  /** Images/tasks settings (runner intervals, private callbacks, deadlines). */
  media?: AppOptions['media'];
  /** OpenTelemetry tracing (server/observability/tracing.ts); the caller shuts it down. */
  tracing?: AppOptions['tracing'];
  /** How long stored Responses API responses are kept. */
  responsesRetentionMs?: number;
}

export interface TestGateway {
  baseUrl: string;
  apiKey: string;
  /** The admin token (admin API), when one is set. */
  adminToken?: string;
  accountId: string;
  gateway: Gateway;
  store: Store;
  close(): Promise<void>;
}

/** A real listening gateway on 127.0.0.1:<random port> over a fresh embedded store. */
export async function startTestGateway(options: TestGatewayOptions = {}): Promise<TestGateway> {
  const dir = options.store ? undefined : mkdtempSync(join(tmpdir(), 'nexusflow-test-'));
  const store = options.store ?? (await createStore({ dataDir: dir! }));
  const catalog: CatalogFile = options.catalog !== undefined ? parseCatalog(options.catalog, 'test catalog') : defaultCatalog({ dashscope: undefined });
  await applyCatalog(store, catalog);
  const apiKey = generateApiKeySecret();
  const boot = await bootstrap(store, { bootstrapKey: apiKey, balanceMicro: options.balanceMicro ?? 100_000_000 });
  const adminToken = options.adminToken === null ? undefined : (options.adminToken ?? `nf-admin-${randomBytes(24).toString('base64url')}`);
  const secretKey = options.secretKey === null ? undefined : (options.secretKey ?? randomBytes(32).toString('base64'));
  const gateway = await buildApp({
    store,
    logger: options.logger ?? pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' }),
    ...(adminToken !== undefined ? { adminToken } : {}),
    ...(secretKey !== undefined ? { secretKey } : {}),
    ...(options.adminFailureLimit ? { adminFailureLimit: options.adminFailureLimit } : {}),
    processMetrics: false,
    ...(options.tracing ? { tracing: options.tracing } : {}),
    changePollMs: 200,
    credentials: { ...process.env, ...options.env },
    ...(options.holdTimeoutMs !== undefined ? { holdTimeoutMs: options.holdTimeoutMs } : {}),
    ...(options.outboxFile !== undefined ? { outboxFile: options.outboxFile } : {}),
    ...(options.bodyLimit !== undefined ? { bodyLimit: options.bodyLimit } : {}),
    ...(options.limits !== undefined ? { limits: options.limits } : {}),
    ...(options.routing !== undefined ? { routing: options.routing } : {}),
    ...(options.responsesRetentionMs !== undefined ? { responsesRetentionMs: options.responsesRetentionMs } : {}),
    // Tasks are picked up within 50 ms in tests unless a test says otherwise.
    media: { taskIdleMs: 50, ...options.media },
  });
  const address = await gateway.app.listen({ port: 0, host: '127.0.0.1' });
  return {
    baseUrl: address,
    apiKey,
    ...(adminToken !== undefined ? { adminToken } : {}),
    accountId: boot.accountId ?? '',
    gateway,
    store,
    async close() {
      await gateway.app.close();
      if (!options.store) {
        await store.close();
        if (dir) rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
