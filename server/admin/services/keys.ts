import type { z } from 'zod';
import type { ApiKey, ApiKeyWithSecret, CreateKeyRequest, RotateKeyRequest, UpdateKeyRequest } from '../../../spec/native/admin/keys.js';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../auth/api-key-secret.js';
import { StoreConflictError } from '../../store/store.js';
import type { ApiKeyRecord, KeyPatch, RateLimits } from '../../store/types.js';
import { newId } from '../../util/ids.js';
import type { AdminActor } from '../admin-actor.js';
import { audit, conflict, defined, iso, listPage, notFound, parseTime, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type ApiKeyWire = z.infer<typeof ApiKey>;
export type ApiKeyWithSecretWire = z.infer<typeof ApiKeyWithSecret>;

const DEFAULT_GRACE_SECONDS = 86_400;

/** The key as the admin API shows it: never the secret nor its hash. */
export function encodeKey(k: ApiKeyRecord): ApiKeyWire {
  return {
    object: 'api_key', id: k.id, prefix: k.prefix, account_id: k.accountId, name: k.name, status: k.status,
    expires_at: k.expiresAt !== undefined ? iso(k.expiresAt) : null,
    allowed_models: k.allowedModels ?? null,
    spend_limit: k.spendLimit ?? null,
    spend_period: k.spendLimit !== undefined ? (k.spendPeriod ?? 'total') : (k.spendPeriod ?? null),
    spent: k.spent,
    rate_limits: { requests_per_minute: k.rateLimits?.requestsPerMinute ?? null, tokens_per_minute: k.rateLimits?.tokensPerMinute ?? null },
    replaced_by: k.replacedBy ?? null,
    created_at: iso(k.createdAt), updated_at: iso(k.updatedAt),
  };
}

type RateLimitsInput = { requests_per_minute?: number | null | undefined; tokens_per_minute?: number | null | undefined };

/** Each limit given replaces the current one, null clears it, absent keeps it. */
function mergeRateLimits(current: RateLimits | undefined, input: RateLimitsInput | null): RateLimits | undefined {
  if (input === null) return undefined;
  const rpm = input.requests_per_minute === undefined ? current?.requestsPerMinute : (input.requests_per_minute ?? undefined);
  const tpm = input.tokens_per_minute === undefined ? current?.tokensPerMinute : (input.tokens_per_minute ?? undefined);
  const out = defined<RateLimits>({ requestsPerMinute: rpm, tokensPerMinute: tpm });
  return Object.keys(out).length > 0 ? out : undefined;
}

/**
 * API keys. Every change bumps the store's change counter, so a revocation (or a narrower
 * key) takes effect on every gateway process within its poll interval.
 */
export class KeysService {
  constructor(private readonly deps: AdminDeps) {}

  async list(filter: { account_id?: string | undefined }, page: { cursor?: string | undefined; limit?: number | undefined }): Promise<ListPage<ApiKeyWire>> {
    const r = await this.deps.store.listApiKeys(filter.account_id !== undefined ? { accountId: filter.account_id } : {}, {
      limit: page.limit ?? 50, ...(page.cursor ? { cursor: page.cursor } : {}),
    });
    return listPage(r.items.map(encodeKey), r.nextCursor);
  }

  async get(id: string): Promise<ApiKeyWire> {
    return encodeKey(await this.#require(id));
  }

  async create(actor: AdminActor, input: z.infer<typeof CreateKeyRequest>): Promise<ApiKeyWithSecretWire> {
    if (!(await this.deps.store.getAccount(input.account_id))) throw notFound('account', input.account_id, 'account_id');
    const now = this.deps.now();
    const secret = generateApiKeySecret();
    const record: ApiKeyRecord = defined<ApiKeyRecord>({
      id: input.id ?? newId('key'), hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: input.account_id,
      name: input.name, status: 'active', spent: 0, createdAt: now, updatedAt: now,
      expiresAt: input.expires_at !== undefined ? parseTime(input.expires_at, 'expires_at') : undefined,
      allowedModels: input.allowed_models,
      spendLimit: input.spend_limit,
      spendPeriod: input.spend_period ?? (input.spend_limit !== undefined ? 'total' : undefined),
      rateLimits: input.rate_limits ? mergeRateLimits(undefined, input.rate_limits) : undefined,
    });
    try {
      await this.deps.store.createApiKey(record);
    } catch (err) {
      if (err instanceof StoreConflictError) throw conflict(`An API key with id '${record.id}' already exists.`, 'id');
      throw err;
    }
    await this.deps.changed();
    await audit(this.deps, actor, 'key.create', { type: 'key', id: record.id }, { ...input, id: record.id, prefix: record.prefix });
    return { ...encodeKey(record), secret };
  }

  async update(actor: AdminActor, id: string, input: z.infer<typeof UpdateKeyRequest>): Promise<ApiKeyWire> {
    const current = await this.#require(id);
    const patch: KeyPatch = {};
    if (input.name !== undefined) patch.name = input.name;
    if (input.expires_at !== undefined) patch.expiresAt = input.expires_at === null ? undefined : parseTime(input.expires_at, 'expires_at');
    if (input.allowed_models !== undefined) patch.allowedModels = input.allowed_models ?? undefined;
    if (input.spend_limit !== undefined) patch.spendLimit = input.spend_limit ?? undefined;
    if (input.spend_period !== undefined) patch.spendPeriod = input.spend_period ?? undefined;
    if (input.rate_limits !== undefined) patch.rateLimits = mergeRateLimits(current.rateLimits, input.rate_limits);
    const updated = await this.deps.store.updateApiKey(id, patch);
    if (!updated) throw notFound('API key', id);
    await this.deps.changed();
    await audit(this.deps, actor, 'key.update', { type: 'key', id }, { ...input });
    return encodeKey(updated);
  }

  /** Idempotent: revoking a revoked key answers it as it is. */
  async revoke(actor: AdminActor, id: string): Promise<ApiKeyWire> {
    const current = await this.#require(id);
    if (current.status === 'revoked') return encodeKey(current);
    const updated = await this.deps.store.updateApiKey(id, { status: 'revoked' });
    if (!updated) throw notFound('API key', id);
    await this.deps.changed();
    await audit(this.deps, actor, 'key.revoke', { type: 'key', id });
    return encodeKey(updated);
  }

  /**
   * A new key with the same account, name and limits, and a new secret. The old key points to
   * it (`replaced_by`) and expires after the grace period (or at its own expiry, if sooner),
   * so clients can switch secrets without downtime.
   */
  async rotate(actor: AdminActor, id: string, input: z.infer<typeof RotateKeyRequest> | undefined): Promise<ApiKeyWithSecretWire> {
    const old = await this.#require(id);
    if (old.status === 'revoked') throw conflict(`API key '${id}' is revoked; create a new key instead.`);
    if (old.replacedBy !== undefined) throw conflict(`API key '${id}' was already rotated; rotate its replacement '${old.replacedBy}'.`);
    const now = this.deps.now();
    const secret = generateApiKeySecret();
    const replacement: ApiKeyRecord = defined<ApiKeyRecord>({
      id: newId('key'), hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId: old.accountId, name: old.name,
      status: 'active', spent: 0, createdAt: now, updatedAt: now, expiresAt: old.expiresAt, allowedModels: old.allowedModels,
      spendLimit: old.spendLimit, spendPeriod: old.spendPeriod, rateLimits: old.rateLimits, allowChannelPinning: old.allowChannelPinning,
    });
    await this.deps.store.createApiKey(replacement);
    const graceEnds = now + (input?.grace_period_seconds ?? DEFAULT_GRACE_SECONDS) * 1000;
    await this.deps.store.updateApiKey(id, { replacedBy: replacement.id, expiresAt: Math.min(old.expiresAt ?? Number.POSITIVE_INFINITY, graceEnds) });
    await this.deps.changed();
    await audit(this.deps, actor, 'key.rotate', { type: 'key', id }, { replaced_by: replacement.id, old_key_expires_at: iso(Math.min(old.expiresAt ?? graceEnds, graceEnds)) });
    return { ...encodeKey(replacement), secret };
  }

  async #require(id: string): Promise<ApiKeyRecord> {
    const k = await this.deps.store.getApiKey(id);
    if (!k) throw notFound('API key', id);
    return k;
  }
}
