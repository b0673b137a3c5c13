import type { SupportedProtocol } from '../canonical/protocol.js';
import type { UsageSource } from '../canonical/usage.js';

/**
 * Documents the gateway persists. Money is integer micro-credits (1 credit = 1,000,000).
 * Dates are epoch milliseconds so both stores keep them exactly.
 */

export interface Account {
  id: string;
  name: string;
  /** Spendable balance in micro-credits, holds already deducted. */
  balance: number;
  /** How far below zero the balance may go (0 = prepaid only). */
  creditLimit: number;
  /** Outstanding holds by request id. */
  holds: Record<string, Hold>;
  createdAt: number;
  updatedAt: number;
}

export interface Hold {
  amount: number;
  keyId?: string;
  createdAt: number;
}

export type LedgerKind = 'topup' | 'hold' | 'settle' | 'release' | 'refund' | 'adjustment';

export interface LedgerEntry {
  /** Unique; makes every balance change idempotent. */
  id: string;
  accountId: string;
  kind: LedgerKind;
  /** Signed change of the balance. */
  amount: number;
  /** Balance after this change. */
  balanceAfter: number;
  requestId?: string;
  /** For settle: the final cost charged. */
  cost?: number;
  reason?: string;
  createdAt: number;
}

export type ApiKeyStatus = 'active' | 'revoked';

export interface RateLimits {
  requestsPerMinute?: number;
  tokensPerMinute?: number;
}

export interface ApiKeyRecord {
  id: string;
  /** SHA-256 of the secret, hex. Unique. */
  hash: string;
  /** First characters of the secret for display, e.g. `sk-air-AbC1`. */
  prefix: string;
  accountId: string;
  name: string;
  status: ApiKeyStatus;
  expiresAt?: number;
  /** Model ids this key may call; undefined = all. */
  allowedModels?: string[];
  /** Micro-credits this key may spend in total (or per period); undefined = unlimited. */
  spendLimit?: number;
  spendPeriod?: 'day' | 'month' | 'total';
  /** Micro-credits spent in the current period. */
  spent: number;
  spentPeriodStart?: number;
  rateLimits?: RateLimits;
  /** Channel pinning allowed for this key (routing issue). */
  allowChannelPinning?: boolean;
  /** For rotation: the key that replaced this one, and when this one stops working. */
  replacedBy?: string;
  createdAt: number;
  updatedAt: number;
}

/** Prices in micro-credits. Token prices are per million tokens. */
export interface Pricing {
  inputPerMillion?: number;
  cachedInputPerMillion?: number;
  cacheWritePerMillion?: number;
  outputPerMillion?: number;
  /** Defaults to the output price. */
  reasoningPerMillion?: number;
  /** Per image, by size ("1024x1024") with "default" as fallback. */
  perImage?: Record<string, number>;
  perVideoSecond?: number;
  embeddingPerMillion?: number;
}

export interface Capabilities {
  tools?: boolean;
  vision?: boolean;
  thinking?: boolean;
  jsonOutput?: boolean;
}

export interface ChannelBinding {
  channelId: string;
  /** Model id at the upstream, when it differs from ours. */
  upstreamModel?: string;
}

export type ModelKind = 'chat' | 'embedding' | 'image' | 'video';

export interface ModelRecord {
  id: string;
  displayName: string;
  kind: ModelKind;
  ownedBy: string;
  supportedProtocols: SupportedProtocol[];
  capabilities: Capabilities;
  contextWindow?: number;
  maxOutputTokens?: number;
  /** Embedding dimension (embedding models). */
  dimensions?: number;
  pricing: Pricing;
  channels: ChannelBinding[];
  /** Model ids tried when every channel of this one fails. */
  fallbacks?: string[];
  /**
   * Other names callers may ask for this model by: exact names or `*` glob patterns
   * (`claude-*-haiku-*`); `*` alone makes it the default for its protocols (catalog/model-names.ts).
   */
  aliases?: string[];
  createdAt: number;
  updatedAt: number;
}

export type ProviderType = 'simulator' | 'openai-compatible' | 'openai-responses' | 'anthropic' | 'gemini' | 'dashscope';
export type ChannelStatus = 'enabled' | 'disabled';

export interface ChannelRecord {
  id: string;
  name: string;
  provider: ProviderType;
  baseUrl?: string;
  /** Name of the environment variable holding the credential (config file). */
  credentialEnv?: string;
  /** Credential encrypted at rest (admin API). Never returned. */
  credentialEncrypted?: string;
  weight: number;
  priority: number;
  status: ChannelStatus;
  /** Declared upstream quirks, e.g. `{ "enableThinkingFalseWhenNotStreaming": true }`. */
  quirks?: Record<string, unknown>;
  /** Extra provider options (simulator chunking and latency, timeouts). */
  options?: Record<string, unknown>;
  createdAt: number;
  updatedAt: number;
}

export type UsageStatus = 'succeeded' | 'failed' | 'partial';

export interface UsageRecord {
  /** The request id; unique, which makes inserts idempotent. */
  requestId: string;
  accountId: string;
  keyId: string;
  model: string;
  channelId?: string;
  protocol: string;
  endpoint: string;
  status: UsageStatus;
  httpStatus: number;
  uncachedInput?: number;
  cacheRead?: number;
  cacheWrite?: number;
  output?: number;
  reasoning?: number;
  images?: number;
  seconds?: number;
  source: UsageSource;
  /** Prices this request was charged at. */
  pricing: Pricing;
  cost: number;
  latencyMs: number;
  ttftMs?: number;
  overheadMs: number;
  errorCode?: string;
  createdAt: number;
}

export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'expired';

export interface TaskRecord {
  id: string;
  accountId: string;
  keyId: string;
  model: string;
  kind: 'image' | 'video';
  status: TaskStatus;
  input: Record<string, unknown>;
  parameters: Record<string, unknown>;
  idempotencyKey?: string;
  callbackUrl?: string;
  channelId?: string;
  upstreamTaskId?: string;
  result?: Record<string, unknown>;
  error?: { code: string; message: string };
  holdRequestId?: string;
  leaseOwner?: string;
  leaseUntil?: number;
  nextPollAt?: number;
  attempts: number;
  createdAt: number;
  updatedAt: number;
  /** The task runner's own bookkeeping (server/tasks/task-meta.ts); never shown to callers. */
  meta?: Record<string, unknown>;
}

export interface PageRequest {
  /** Opaque cursor from a previous page. */
  cursor?: string;
  limit: number;
}

export interface Page<T> {
  items: T[];
  nextCursor?: string;
}

export interface UsageQuery {
  accountId?: string;
  keyId?: string;
  model?: string;
  /** Inclusive, epoch ms. */
  from?: number;
  /** Exclusive, epoch ms. */
  to?: number;
}

export interface UsageSummaryRow {
  day: string;
  model: string;
  requests: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
}

export type HoldResult =
  | { ok: true; balance: number }
  | { ok: false; reason: 'insufficient_balance' | 'account_not_found' | 'duplicate_hold'; balance?: number };

/**
 * `late`: the hold was gone (released by the sweeper while the request still ran, or never placed)
 * and the cost was charged without it. `already`: this request was settled before; nothing changed.
 */
export type SettleResult = { ok: true; balance: number; late?: true; already?: true } | { ok: false; reason: 'hold_not_found' };

export interface StaleHold {
  accountId: string;
  requestId: string;
  amount: number;
  createdAt: number;
}

/**
 * A stored Responses API response (`store: true`): this request's input items and the response
 * object, both as opaque JSON (the Responses format owns their shape), kept until `expiresAt`.
 */
export interface StoredResponse {
  /** `resp_…` */
  id: string;
  accountId: string;
  keyId: string;
  previousResponseId?: string;
  /** This request's own input items, each with an `id`, in order. */
  input: Record<string, unknown>[];
  /** The response object, reasoning items with their `encrypted_content`. */
  response: Record<string, unknown>;
  createdAt: number;
  expiresAt: number;
}

/** One admin mutation: who did what to which record, and when. */
export interface AuditRecord {
  id: string;
  /** Who: the admin credential's identity, e.g. `admin-token:3fa9c2d1` (never the credential itself). */
  actor: string;
  /** What: `<entity>.<verb>`, e.g. `key.revoke`. */
  action: string;
  targetType: string;
  targetId: string;
  requestId?: string;
  /** A redacted summary of the change: field values, with credentials and secrets never included. */
  detail?: Record<string, unknown>;
  createdAt: number;
}

export interface AuditQuery {
  targetType?: string;
  targetId?: string;
  actor?: string;
  action?: string;
}

export type KeyPatch = Partial<Pick<ApiKeyRecord, 'name' | 'status' | 'expiresAt' | 'allowedModels' | 'spendLimit' | 'spendPeriod' | 'rateLimits' | 'allowChannelPinning' | 'replacedBy'>>;
export type TaskPatch = Partial<Omit<TaskRecord, 'id' | 'accountId' | 'createdAt'>>;
