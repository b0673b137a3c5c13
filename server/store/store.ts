import type {
  Account, ApiKeyRecord, AuditQuery, AuditRecord, ChannelRecord, HoldResult, KeyPatch, LedgerEntry, ModelRecord, Page, PageRequest,
  SettleResult, StaleHold, StoredResponse, TaskPatch, TaskRecord, TaskStatus, UsageQuery, UsageRecord, UsageSummaryRow,
} from './types.js';
import type { UsageSeriesQuery, UsageSeriesRow } from './usage-series.js';

/**
 * Everything the gateway persists, as the atomic primitives billing and routing need
 * (design.md "The store"). Every method is a single-document atomic operation in MongoDB,
 * so the same semantics hold on MongoDB, FerretDB and the embedded SQLite store.
 */
export interface Store {
  readonly kind: 'embedded' | 'mongo';
  /** Creates collections/tables and indexes; runs migrations. */
  init(): Promise<void>;
  close(): Promise<void>;

  // Accounts and balance
  createAccount(input: { id: string; name: string; creditLimit?: number }): Promise<Account>;
  getAccount(id: string): Promise<Account | null>;
  listAccounts(page: PageRequest): Promise<Page<Account>>;
  updateAccount(id: string, patch: { name?: string; creditLimit?: number }): Promise<Account | null>;
  /**
   * Adds `amount` (may be negative for adjustments) with a ledger entry; idempotent on `entryId`:
   * a repeated call changes nothing and returns the account.
   */
  credit(input: { accountId: string; entryId: string; amount: number; kind: 'topup' | 'refund' | 'adjustment'; reason?: string }): Promise<Account | null>;
  /** Reserves `amount` only if balance - amount >= -creditLimit. One hold per request id. */
  placeHold(input: { accountId: string; requestId: string; amount: number; keyId?: string }): Promise<HoldResult>;
  /**
   * Converts a hold into a charge of `cost` and returns the rest. Exactly once per request id.
   * Delivered work is always charged: when the hold was already released (or never placed), the
   * cost is charged without it (`late`, may take the balance below its floor); a request settled
   * before is not charged again (`already`). `usage`, when given, is stored with the charge — in
   * the same transaction on the embedded store, just before it on MongoDB (where the hold
   * sweeper settles a hold whose usage record exists instead of releasing it) — so a charged
   * request never lacks its usage record. Fails with `hold_not_found` only for an unknown account.
   */
  settleHold(input: { accountId: string; requestId: string; cost: number; usage?: UsageRecord; leaseId?: string }): Promise<SettleResult>;
  /*
   * Leases (billing/lease-book.ts): a hold whose request id is a lease id (`ledger-keys.ts`)
   * reserves a budget many requests are held against in memory. `settleHold` with `leaseId`
   * charges a request (no hold of its own) from that lease: the lease shrinks by the cost, and only
   * a cost beyond what is left of it moves the balance; without the lease (released, swept) it is
   * a `late` charge as above. Still exactly once per request id.
   */
  /**
   * Returns the whole hold (for a lease: what is left of it). Exactly once per request id.
   * `swept`: its owner is gone. Before a swept lease is released, the usage records stored against
   * it whose charge never landed (MongoDB writes the record, then the charge) are charged from it.
   */
  releaseHold(input: { accountId: string; requestId: string; reason: string; swept?: boolean }): Promise<SettleResult>;
  /** Holds placed before `olderThan` that were never settled or released. */
  listStaleHolds(olderThan: number, limit: number): Promise<StaleHold[]>;
  /** Ledger entries of an account, oldest first. */
  listLedger(accountId: string, page: PageRequest): Promise<Page<LedgerEntry>>;
  /** Sum of all ledger entries of an account (for reconciliation). */
  sumLedger(accountId: string): Promise<number>;

  // API keys
  /** Throws StoreConflictError when the hash or id exists. */
  createApiKey(key: ApiKeyRecord): Promise<void>;
  getApiKey(id: string): Promise<ApiKeyRecord | null>;
  findApiKeyByHash(hash: string): Promise<ApiKeyRecord | null>;
  listApiKeys(filter: { accountId?: string }, page: PageRequest): Promise<Page<ApiKeyRecord>>;
  /** A patch key present with the value `undefined` clears that optional field (e.g. `expiresAt`). */
  updateApiKey(id: string, patch: KeyPatch): Promise<ApiKeyRecord | null>;
  /** Adds to a key's spend; resets the period when `periodStart` is newer than the stored one. */
  addKeySpend(id: string, amount: number, periodStart?: number): Promise<void>;

  // Catalog
  upsertModel(model: ModelRecord): Promise<void>;
  getModel(id: string): Promise<ModelRecord | null>;
  listModels(): Promise<ModelRecord[]>;
  deleteModel(id: string): Promise<boolean>;
  upsertChannel(channel: ChannelRecord): Promise<void>;
  getChannel(id: string): Promise<ChannelRecord | null>;
  listChannels(): Promise<ChannelRecord[]>;
  deleteChannel(id: string): Promise<boolean>;
  /** A counter bumped on every change to keys, models or channels; caches poll it. */
  bumpChangeCounter(): Promise<number>;
  getChangeCounter(): Promise<number>;

  // Usage
  /** Inserts records; a request id already present is skipped (idempotent). */
  insertUsage(records: UsageRecord[]): Promise<void>;
  getUsage(requestId: string): Promise<UsageRecord | null>;
  queryUsage(query: UsageQuery, page: PageRequest): Promise<Page<UsageRecord>>;
  summarizeUsage(query: UsageQuery): Promise<UsageSummaryRow[]>;
  /** Usage in time buckets, optionally grouped, with exact latency percentiles (usage-series.ts). */
  usageSeries(query: UsageSeriesQuery): Promise<UsageSeriesRow[]>;

  // Rate limits
  /**
   * Atomically adds `amount` to the counter of `key` for the window starting at `windowStart`; returns the new total.
   * Windows are kept for RATE_WINDOW_RETENTION_MS (2 h) after `windowStart`, so they must be shorter than that.
   */
  incrementWindow(key: string, windowStart: number, amount: number): Promise<number>;

  // Tasks
  /** Inserts a task; when (accountId, idempotencyKey) exists, returns the existing one and `created: false`. */
  insertTask(task: TaskRecord): Promise<{ task: TaskRecord; created: boolean }>;
  getTask(id: string): Promise<TaskRecord | null>;
  /** Oldest first; without `accountId`, every account's (the admin view). */
  listTasks(filter: { accountId?: string; status?: TaskStatus }, page: PageRequest): Promise<Page<TaskRecord>>;
  /**
   * Updates only if the task's status is one of `fromStatuses` (when given). Returns the updated task or null.
   * A patch key present with the value `undefined` clears that optional field (e.g. `leaseOwner`).
   */
  updateTask(id: string, patch: TaskPatch, fromStatuses?: TaskStatus[]): Promise<TaskRecord | null>;
  /**
   * Claims one due task (status queued/running, nextPollAt <= now or unset, lease free or leaseUntil < now) for `owner`:
   * sets leaseOwner, leaseUntil = now + leaseMs and updatedAt = now. Exclusive across processes.
   */
  claimTask(owner: string, now: number, leaseMs: number): Promise<TaskRecord | null>;

  // Stored responses (Responses API)
  /** Inserts a stored response; throws StoreConflictError when its id exists. */
  insertResponse(record: StoredResponse): Promise<void>;
  /** The account's stored response, unless expired (another account's id reads as absent). */
  getResponse(accountId: string, id: string): Promise<StoredResponse | null>;
  /** Deletes the account's stored response; false when there was none. */
  deleteResponse(accountId: string, id: string): Promise<boolean>;
  /** Deletes up to `limit` responses whose `expiresAt` is before `now`; returns how many. */
  purgeExpiredResponses(now: number, limit: number): Promise<number>;

  // Audit
  /** Appends one audit record; throws StoreConflictError when its id exists. */
  insertAudit(record: AuditRecord): Promise<void>;
  /** Audit records matching every given filter, newest first. */
  listAudit(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>>;
}

export class StoreConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StoreConflictError';
  }
}

export class StoreUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreUnavailableError';
  }
}

/**
 * The store cannot be opened as configured: a database file that is not ours or is newer than
 * this code, or a MongoDB server that cannot be reached at start. The message names the file or
 * host(s), never credentials.
 */
export class StoreOpenError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreOpenError';
  }
}
