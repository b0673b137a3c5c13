import type { Collection, Db, IndexDescription } from 'mongodb';
import type {
  ApiKeyRecord, AuditRecord, ChannelRecord, StoredResponse, LedgerKind, ModelRecord, TaskRecord, UsageRecord,
} from '../types.js';

/**
 * Document shapes and indexes of the MongoDB store.
 *
 * Everything that must hold across processes is decided by a unique-key insert, the one write
 * that is atomic on MongoDB *and* on FerretDB v1 (whose updates are read-modify-write without a
 * lock, so a conditional findOneAndUpdate can double-apply under concurrency). See chain.ts.
 */

export interface AccountDoc {
  _id: string;
  name: string;
  creditLimit: number;
  createdAt: number;
  updatedAt: number;
}

export interface HoldEntry {
  requestId: string;
  amount: number;
  keyId?: string;
  createdAt: number;
}

/** One ledger entry and, at the same time, link `seq` of the account's balance chain. */
export interface LedgerDoc {
  /** `<accountId>|<seq>`: unique, so only one writer can append link `seq`. */
  _id: string;
  accountId: string;
  seq: number;
  /** Idempotency key (ledger-keys.ts), unique. */
  key: string;
  id: string;
  kind: LedgerKind;
  amount: number;
  balanceAfter: number;
  requestId?: string;
  cost?: number;
  reason?: string;
  createdAt: number;
  /** The hold this entry opened (kind `hold`). */
  hold?: HoldEntry;
  /** A settlement charged from a lease: the lease's hold shrinks by `take`. */
  lease?: { id: string; take: number };
  /** Writer nonce: tells a writer that a link it cannot insert again is its own. */
  w: string;
}

/** Best-effort cache of an account's chain head; the ledger is the truth. */
export interface AccountHeadDoc {
  _id: string;
  seq: number;
  balance: number;
  holds: HoldEntry[];
  at: number;
}

export type ApiKeyDoc = Omit<ApiKeyRecord, 'id'> & { _id: string };
export type ModelDoc = Omit<ModelRecord, 'id'> & { _id: string };
export type ChannelDoc = Omit<ChannelRecord, 'id'> & { _id: string };
/** `leaseId`: the lease a settlement was charged from (found again if its owner dies before the charge). */
export type UsageDoc = Omit<UsageRecord, 'requestId'> & { _id: string; leaseId?: string };
export type AuditDoc = Omit<AuditRecord, 'id'> & { _id: string };
export type ResponseDoc = Omit<StoredResponse, 'id'> & { _id: string };

/** The task as of version `_v` (materialised; task_links after `_v` may be newer). */
export type TaskDoc = Omit<TaskRecord, 'id'> & {
  _id: string;
  _v: number;
  /** `(accountId, idempotencyKey)` when a key was given, else the task id: always set, so a plain unique index works. */
  idem: string;
};

/** Change number `v` of a task: fields set and fields cleared. */
export interface TaskLinkDoc {
  _id: string;
  t: string;
  v: number;
  set: Partial<TaskRecord>;
  unset: string[];
  w: string;
}

/** Native counter (MongoDB): one document updated with `$inc`. */
export interface CounterDoc {
  _id: string;
  total: number;
  period?: number;
  /** A Date, as TTL indexes require. */
  expiresAt?: Date;
}

/** Emulated counter (FerretDB): link `n` of counter `k`, holding the running total. */
export interface CounterLinkDoc {
  _id: string;
  k: string;
  n: number;
  total: number;
  period?: number;
  expiresAt?: Date;
  w: string;
}

export interface Collections {
  accounts: Collection<AccountDoc>;
  accountHeads: Collection<AccountHeadDoc>;
  ledger: Collection<LedgerDoc>;
  apiKeys: Collection<ApiKeyDoc>;
  models: Collection<ModelDoc>;
  channels: Collection<ChannelDoc>;
  usage: Collection<UsageDoc>;
  tasks: Collection<TaskDoc>;
  taskLinks: Collection<TaskLinkDoc>;
  counters: Collection<CounterDoc>;
  counterLinks: Collection<CounterLinkDoc>;
  audit: Collection<AuditDoc>;
  responses: Collection<ResponseDoc>;
}

export function collections(db: Db): Collections {
  return {
    accounts: db.collection<AccountDoc>('accounts'),
    accountHeads: db.collection<AccountHeadDoc>('account_heads'),
    ledger: db.collection<LedgerDoc>('ledger'),
    apiKeys: db.collection<ApiKeyDoc>('api_keys'),
    models: db.collection<ModelDoc>('models'),
    channels: db.collection<ChannelDoc>('channels'),
    usage: db.collection<UsageDoc>('usage'),
    tasks: db.collection<TaskDoc>('tasks'),
    taskLinks: db.collection<TaskLinkDoc>('task_links'),
    counters: db.collection<CounterDoc>('counters'),
    counterLinks: db.collection<CounterLinkDoc>('counter_links'),
    audit: db.collection<AuditDoc>('audit'),
    responses: db.collection<ResponseDoc>('responses'),
  };
}

/** Indexes created by init(). TTL indexes are separate: FerretDB v1 rejects them (NotImplemented). */
export const INDEXES: { [K in keyof Collections]?: IndexDescription[] } = {
  accounts: [{ key: { createdAt: 1, _id: 1 }, name: 'page' }],
  ledger: [
    { key: { key: 1 }, name: 'key_unique', unique: true },
    { key: { accountId: 1, seq: 1 }, name: 'account_seq_unique', unique: true },
    { key: { accountId: 1, createdAt: 1 }, name: 'account_time' },
  ],
  apiKeys: [
    { key: { hash: 1 }, name: 'hash_unique', unique: true },
    { key: { accountId: 1, createdAt: 1, _id: 1 }, name: 'account_page' },
    { key: { createdAt: 1, _id: 1 }, name: 'page' },
  ],
  // The usage _id is the request id, which makes inserts idempotent.
  usage: [
    { key: { accountId: 1, createdAt: 1, _id: 1 }, name: 'account_time' },
    { key: { createdAt: 1, _id: 1 }, name: 'time' },
  ],
  tasks: [
    { key: { idem: 1 }, name: 'idempotency_unique', unique: true },
    { key: { status: 1, nextPollAt: 1 }, name: 'due' },
    { key: { accountId: 1, createdAt: 1, _id: 1 }, name: 'account_page' },
  ],
  audit: [
    { key: { createdAt: -1, _id: -1 }, name: 'time' },
    { key: { targetType: 1, targetId: 1, createdAt: -1, _id: -1 }, name: 'target_time' },
  ],
  // Read by _id (and account); purged by expiry.
  responses: [{ key: { expiresAt: 1 }, name: 'expiry' }],
};

export const TTL_INDEXES: { [K in keyof Collections]?: IndexDescription[] } = {
  counters: [{ key: { expiresAt: 1 }, name: 'expiry_ttl', expireAfterSeconds: 0 }],
  counterLinks: [{ key: { expiresAt: 1 }, name: 'expiry_ttl', expireAfterSeconds: 0 }],
};
