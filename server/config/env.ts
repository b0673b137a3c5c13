import { z } from 'zod';

/** Process settings from the environment, validated once at start (the only place env is read). */
const envSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('0.0.0.0'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  NEXUSFLOW_LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  NEXUSFLOW_DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URI: z.string().min(1).optional(),
  NEXUSFLOW_MONGODB_DB: z.string().min(1).optional(),
  NEXUSFLOW_MONGODB_POOL_SIZE: z.coerce.number().int().min(1).max(1000).default(50),
  NEXUSFLOW_CONFIG: z.string().min(1).optional(),
  NEXUSFLOW_BOOTSTRAP_KEY: z.string().regex(/^sk-air-[A-Za-z0-9_-]{16,200}$/, 'must look like sk-air-… (16+ letters, digits, _ or -)').optional(),
  NEXUSFLOW_BOOTSTRAP_BALANCE: z.string().regex(/^\d+(\.\d{1,6})?$/, 'must be a number of credits, e.g. 100 or 2.5').default('100'),
  NEXUSFLOW_ADMIN_TOKEN: z.string().min(16, 'must be at least 16 characters').optional(),
  NEXUSFLOW_SECRET_KEY: z.string().min(16, 'must be at least 16 characters (a random 32-byte value, e.g. `openssl rand -base64 32`)').optional(),
  NEXUSFLOW_BODY_LIMIT: z.coerce.number().int().min(1024).default(10 * 1024 * 1024),
  NEXUSFLOW_MAX_HEADER_BYTES: z.coerce.number().int().min(1024).max(1024 * 1024).default(16 * 1024),
  NEXUSFLOW_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  NEXUSFLOW_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(60_000),
  NEXUSFLOW_MAX_MESSAGES: z.coerce.number().int().min(1).default(4096),
  NEXUSFLOW_MAX_TOOLS: z.coerce.number().int().min(0).default(512),
  NEXUSFLOW_MAX_PARTS: z.coerce.number().int().min(1).default(1024),
  NEXUSFLOW_MAX_JSON_DEPTH: z.coerce.number().int().min(8).max(1000).default(128),
  /** Worker processes on one port (node:cluster); default: one per core. */
  NEXUSFLOW_WORKERS: z.coerce.number().int().min(1).max(256).optional(),
  NEXUSFLOW_SHUTDOWN_DEADLINE_MS: z.coerce.number().int().min(0).default(25_000),
  NEXUSFLOW_SHUTDOWN_READY_GRACE_MS: z.coerce.number().int().min(0).default(0),
  NEXUSFLOW_CHANGE_POLL_MS: z.coerce.number().int().min(50).default(1000),
  NEXUSFLOW_HOLD_TIMEOUT_MS: z.coerce.number().int().min(1000).default(15 * 60 * 1000),
  /** Holds one leased budget covers (billing/lease-book.ts); 0: every request holds in the store on its own. */
  NEXUSFLOW_LEASE_HOLDS: z.coerce.number().int().min(0).max(10_000).default(32),
  NEXUSFLOW_DEFAULT_MAX_OUTPUT_TOKENS: z.coerce.number().int().min(1).default(4096),
  /** Hours stored Responses API responses are kept (`store: true`). */
  NEXUSFLOW_RESPONSES_RETENTION_HOURS: z.coerce.number().min(0.01).default(720),
  NEXUSFLOW_RETRY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(3),
  NEXUSFLOW_RETRY_DEADLINE_MS: z.coerce.number().int().min(0).default(30_000),
  NEXUSFLOW_RETRY_BACKOFF_MS: z.coerce.number().int().min(0).default(200),
  NEXUSFLOW_CIRCUIT_FAILURES: z.coerce.number().int().min(1).default(5),
  NEXUSFLOW_CIRCUIT_COOLDOWN_MS: z.coerce.number().int().min(0).default(30_000),
  NEXUSFLOW_SIGNING_KEY: z.string().min(32, 'must be at least 32 characters (e.g. `openssl rand -base64 32`)').optional(),
  NEXUSFLOW_PUBLIC_BASE_URL: z.string().url().optional(),
  NEXUSFLOW_ALLOW_PRIVATE_CALLBACKS: z.enum(['0', '1', 'true', 'false']).default('0').transform((v) => v === '1' || v === 'true'),
  NEXUSFLOW_DEFAULT_IMAGE_MODEL: z.string().min(1).default('wan2.6-t2i'),
  NEXUSFLOW_IMAGE_DEADLINE_MS: z.coerce.number().int().min(100).default(120_000),
  NEXUSFLOW_FILE_URL_TTL_S: z.coerce.number().int().min(60).default(7 * 24 * 3600),
  NEXUSFLOW_TASK_LEASE_MS: z.coerce.number().int().min(1000).default(60_000),
  NEXUSFLOW_TASK_CONCURRENCY: z.coerce.number().int().min(1).max(1000).default(16),
  NEXUSFLOW_TASK_IDLE_MS: z.coerce.number().int().min(20).default(1000),
  DASHSCOPE_API_KEY: z.string().min(1).optional(),
  DASHSCOPE_BASE_URL: z.string().url().default('https://dashscope-intl.aliyuncs.com/compatible-mode/v1'),
});

export type GatewayEnv = z.infer<typeof envSchema>;

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

export function readEnv(env: NodeJS.ProcessEnv): GatewayEnv {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.')}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  return parsed.data;
}

/** "2.5" credits → 2_500_000 micro-credits, without floating point. */
export function creditsToMicro(credits: string): number {
  const [whole = '0', frac = ''] = credits.split('.');
  return Number(whole) * 1_000_000 + Number(frac.padEnd(6, '0'));
}
