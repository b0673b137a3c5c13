import type {
  ApiKeyRecord, ChannelRecord, LedgerEntry, ModelRecord, TaskRecord, UsageRecord,
} from '../types.js';

/** Row shapes as better-sqlite3 returns them, and their mapping to the store's records. */

type Nullable<T> = T | null;

/** Drops keys whose value is undefined, so records compare equal across both stores. */
export function compact<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}

const opt = <T>(v: Nullable<T>): T | undefined => (v === null ? undefined : v);
const parse = <T>(v: Nullable<string>): T | undefined => (v === null ? undefined : (JSON.parse(v) as T));
export const json = (v: unknown): string | null => (v === undefined ? null : JSON.stringify(v));
export const nul = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

export interface AccountRow {
  id: string; name: string; balance: number; credit_limit: number; created_at: number; updated_at: number;
}
export interface HoldRow {
  request_id: string; account_id: string; amount: number; key_id: Nullable<string>; created_at: number;
}

export interface LedgerRow {
  seq: number; id: string; key: string; account_id: string; kind: LedgerEntry['kind']; amount: number;
  balance_after: number; request_id: Nullable<string>; cost: Nullable<number>; reason: Nullable<string>; created_at: number;
}
export function ledgerFromRow(r: LedgerRow): LedgerEntry {
  return compact({
    id: r.id, accountId: r.account_id, kind: r.kind, amount: r.amount, balanceAfter: r.balance_after,
    requestId: opt(r.request_id), cost: opt(r.cost), reason: opt(r.reason), createdAt: r.created_at,
  });
}

export interface ApiKeyRow {
  id: string; hash: string; prefix: string; account_id: string; name: string; status: ApiKeyRecord['status'];
  expires_at: Nullable<number>; allowed_models: Nullable<string>; spend_limit: Nullable<number>;
  spend_period: Nullable<NonNullable<ApiKeyRecord['spendPeriod']>>; spent: number; spent_period_start: Nullable<number>;
  rate_limits: Nullable<string>; allow_channel_pinning: Nullable<number>; replaced_by: Nullable<string>;
  created_at: number; updated_at: number;
}
export function apiKeyFromRow(r: ApiKeyRow): ApiKeyRecord {
  return compact({
    id: r.id, hash: r.hash, prefix: r.prefix, accountId: r.account_id, name: r.name, status: r.status,
    expiresAt: opt(r.expires_at), allowedModels: parse<string[]>(r.allowed_models), spendLimit: opt(r.spend_limit),
    spendPeriod: opt(r.spend_period), spent: r.spent, spentPeriodStart: opt(r.spent_period_start),
    rateLimits: parse<ApiKeyRecord['rateLimits']>(r.rate_limits),
    allowChannelPinning: r.allow_channel_pinning === null ? undefined : r.allow_channel_pinning !== 0,
    replacedBy: opt(r.replaced_by), createdAt: r.created_at, updatedAt: r.updated_at,
  });
}
export function apiKeyToRow(k: ApiKeyRecord): ApiKeyRow {
  return {
    id: k.id, hash: k.hash, prefix: k.prefix, account_id: k.accountId, name: k.name, status: k.status,
    expires_at: nul(k.expiresAt), allowed_models: json(k.allowedModels), spend_limit: nul(k.spendLimit),
    spend_period: nul(k.spendPeriod), spent: k.spent, spent_period_start: nul(k.spentPeriodStart),
    rate_limits: json(k.rateLimits), allow_channel_pinning: k.allowChannelPinning === undefined ? null : k.allowChannelPinning ? 1 : 0,
    replaced_by: nul(k.replacedBy), created_at: k.createdAt, updated_at: k.updatedAt,
  };
}

export interface ModelRow {
  id: string; display_name: string; kind: ModelRecord['kind']; owned_by: string; supported_protocols: string;
  capabilities: string; context_window: Nullable<number>; max_output_tokens: Nullable<number>; dimensions: Nullable<number>;
  pricing: string; channels: string; fallbacks: Nullable<string>; aliases: Nullable<string>; created_at: number; updated_at: number;
}
export function modelFromRow(r: ModelRow): ModelRecord {
  return compact({
    id: r.id, displayName: r.display_name, kind: r.kind, ownedBy: r.owned_by,
    supportedProtocols: JSON.parse(r.supported_protocols) as ModelRecord['supportedProtocols'],
    capabilities: JSON.parse(r.capabilities) as ModelRecord['capabilities'],
    contextWindow: opt(r.context_window), maxOutputTokens: opt(r.max_output_tokens), dimensions: opt(r.dimensions),
    pricing: JSON.parse(r.pricing) as ModelRecord['pricing'], channels: JSON.parse(r.channels) as ModelRecord['channels'],
    fallbacks: parse<string[]>(r.fallbacks), aliases: parse<string[]>(r.aliases), createdAt: r.created_at, updatedAt: r.updated_at,
  });
}
export function modelToRow(m: ModelRecord): ModelRow {
  return {
    id: m.id, display_name: m.displayName, kind: m.kind, owned_by: m.ownedBy, supported_protocols: JSON.stringify(m.supportedProtocols),
    capabilities: JSON.stringify(m.capabilities), context_window: nul(m.contextWindow), max_output_tokens: nul(m.maxOutputTokens),
    dimensions: nul(m.dimensions), pricing: JSON.stringify(m.pricing), channels: JSON.stringify(m.channels),
    fallbacks: json(m.fallbacks), aliases: json(m.aliases), created_at: m.createdAt, updated_at: m.updatedAt,
  };
}

export interface ChannelRow {
  id: string; name: string; provider: ChannelRecord['provider']; base_url: Nullable<string>; credential_env: Nullable<string>;
  credential_encrypted: Nullable<string>; weight: number; priority: number; status: ChannelRecord['status'];
  quirks: Nullable<string>; options: Nullable<string>; created_at: number; updated_at: number;
}
export function channelFromRow(r: ChannelRow): ChannelRecord {
  return compact({
    id: r.id, name: r.name, provider: r.provider, baseUrl: opt(r.base_url), credentialEnv: opt(r.credential_env),
    credentialEncrypted: opt(r.credential_encrypted), weight: r.weight, priority: r.priority, status: r.status,
    quirks: parse<Record<string, unknown>>(r.quirks), options: parse<Record<string, unknown>>(r.options),
    createdAt: r.created_at, updatedAt: r.updated_at,
  });
}
export function channelToRow(c: ChannelRecord): ChannelRow {
  return {
    id: c.id, name: c.name, provider: c.provider, base_url: nul(c.baseUrl), credential_env: nul(c.credentialEnv),
    credential_encrypted: nul(c.credentialEncrypted), weight: c.weight, priority: c.priority, status: c.status,
    quirks: json(c.quirks), options: json(c.options), created_at: c.createdAt, updated_at: c.updatedAt,
  };
}

export interface UsageRow {
  request_id: string; account_id: string; key_id: string; model: string; channel_id: Nullable<string>; protocol: string;
  endpoint: string; status: UsageRecord['status']; http_status: number; uncached_input: Nullable<number>;
  cache_read: Nullable<number>; cache_write: Nullable<number>; output: Nullable<number>; reasoning: Nullable<number>;
  images: Nullable<number>; seconds: Nullable<number>; source: UsageRecord['source']; pricing: string; cost: number;
  latency_ms: number; ttft_ms: Nullable<number>; overhead_ms: number; error_code: Nullable<string>; created_at: number;
}
export function usageFromRow(r: UsageRow): UsageRecord {
  return compact({
    requestId: r.request_id, accountId: r.account_id, keyId: r.key_id, model: r.model, channelId: opt(r.channel_id),
    protocol: r.protocol, endpoint: r.endpoint, status: r.status, httpStatus: r.http_status,
    uncachedInput: opt(r.uncached_input), cacheRead: opt(r.cache_read), cacheWrite: opt(r.cache_write),
    output: opt(r.output), reasoning: opt(r.reasoning), images: opt(r.images), seconds: opt(r.seconds),
    source: r.source, pricing: JSON.parse(r.pricing) as UsageRecord['pricing'], cost: r.cost, latencyMs: r.latency_ms,
    ttftMs: opt(r.ttft_ms), overheadMs: r.overhead_ms, errorCode: opt(r.error_code), createdAt: r.created_at,
  });
}
export function usageToRow(u: UsageRecord): UsageRow {
  return {
    request_id: u.requestId, account_id: u.accountId, key_id: u.keyId, model: u.model, channel_id: nul(u.channelId),
    protocol: u.protocol, endpoint: u.endpoint, status: u.status, http_status: u.httpStatus,
    uncached_input: nul(u.uncachedInput), cache_read: nul(u.cacheRead), cache_write: nul(u.cacheWrite),
    output: nul(u.output), reasoning: nul(u.reasoning), images: nul(u.images), seconds: nul(u.seconds),
    source: u.source, pricing: JSON.stringify(u.pricing), cost: u.cost, latency_ms: u.latencyMs,
    ttft_ms: nul(u.ttftMs), overhead_ms: u.overheadMs, error_code: nul(u.errorCode), created_at: u.createdAt,
  };
}

export interface TaskRow {
  id: string; account_id: string; key_id: string; model: string; kind: TaskRecord['kind']; status: TaskRecord['status'];
  input: string; parameters: string; idempotency_key: Nullable<string>; callback_url: Nullable<string>;
  channel_id: Nullable<string>; upstream_task_id: Nullable<string>; result: Nullable<string>; error: Nullable<string>;
  hold_request_id: Nullable<string>; lease_owner: Nullable<string>; lease_until: Nullable<number>;
  next_poll_at: Nullable<number>; attempts: number; created_at: number; updated_at: number; meta: Nullable<string>;
}
export function taskFromRow(r: TaskRow): TaskRecord {
  return compact({
    id: r.id, accountId: r.account_id, keyId: r.key_id, model: r.model, kind: r.kind, status: r.status,
    input: JSON.parse(r.input) as Record<string, unknown>, parameters: JSON.parse(r.parameters) as Record<string, unknown>,
    idempotencyKey: opt(r.idempotency_key), callbackUrl: opt(r.callback_url), channelId: opt(r.channel_id),
    upstreamTaskId: opt(r.upstream_task_id), result: parse<Record<string, unknown>>(r.result),
    error: parse<TaskRecord['error']>(r.error), holdRequestId: opt(r.hold_request_id), leaseOwner: opt(r.lease_owner),
    leaseUntil: opt(r.lease_until), nextPollAt: opt(r.next_poll_at), attempts: r.attempts,
    createdAt: r.created_at, updatedAt: r.updated_at, meta: parse<Record<string, unknown>>(r.meta),
  });
}
export function taskToRow(t: TaskRecord): TaskRow {
  return {
    id: t.id, account_id: t.accountId, key_id: t.keyId, model: t.model, kind: t.kind, status: t.status,
    input: JSON.stringify(t.input), parameters: JSON.stringify(t.parameters), idempotency_key: nul(t.idempotencyKey),
    callback_url: nul(t.callbackUrl), channel_id: nul(t.channelId), upstream_task_id: nul(t.upstreamTaskId),
    result: json(t.result), error: json(t.error), hold_request_id: nul(t.holdRequestId), lease_owner: nul(t.leaseOwner),
    lease_until: nul(t.leaseUntil), next_poll_at: nul(t.nextPollAt), attempts: t.attempts,
    created_at: t.createdAt, updated_at: t.updatedAt, meta: json(t.meta),
  };
}
