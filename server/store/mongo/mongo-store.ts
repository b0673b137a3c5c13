import { MongoClient, type Db, type IndexDescription } from 'mongodb';
import { decodeCursor, encodeCursor, pageLimit } from '../cursor.js';
import { assertMoney, isLeaseId, ledgerEntryId, ledgerKey, RATE_WINDOW_RETENTION_MS } from '../ledger-keys.js';
import { MicroBatcher } from '../micro-batcher.js';
import { StoreConflictError, StoreOpenError, type Store } from '../store.js';
import type {
  Account, ApiKeyRecord, AuditQuery, AuditRecord, ChannelRecord, HoldResult, KeyPatch, LedgerEntry, ModelRecord, Page, PageRequest,
  SettleResult, StaleHold, StoredResponse, TaskPatch, TaskRecord, TaskStatus, UsageQuery, UsageRecord, UsageSummaryRow,
} from '../types.js';
import { AccountLedger, EMPTY_HEAD, type Head } from './account-ledger.js';
import { AuditRepo } from './audit-repo.js';
import { ResponseRepo } from './response-repo.js';
import { collections, INDEXES, TTL_INDEXES, type AccountDoc, type Collections } from './collections.js';
import { errorMessage, isDuplicateKey, mapMongoError, parseMongoUri, scrub, type MongoTarget } from './connection.js';
import { ChainCounters, NativeCounters, type Counters } from './counters.js';
import { after, fromDoc, ledgerFromDoc, page, toDoc, type Keyed } from './docs.js';
import { KeyRepo } from './key-repo.js';
import { TaskRepo } from './task-repo.js';
import type { UsageSeriesQuery, UsageSeriesRow } from '../usage-series.js';
import { UsageRepo } from './usage-repo.js';

/** How much older than its lease a leased request's usage record can be (it waited for the lease). */
const LEASE_RECORD_SLACK_MS = 60_000;

export interface MongoStoreOptions {
  uri: string;
  /** Database name, already resolved (see resolveDbName). */
  dbName: string;
  poolSize?: number;
  /** How long an operation waits for a reachable server before failing (default 5000 ms). */
  serverSelectionTimeoutMS?: number;
  /**
   * Counters (rate windows, key spend, change counter): `native` uses atomic `$inc` (MongoDB);
   * `emulated` uses insert-only chains (needed on FerretDB v1). `auto` asks the server.
   */
  counters?: 'auto' | 'native' | 'emulated';
}

/** Error codes FerretDB v1 answers for features it lacks. */
const NOT_IMPLEMENTED = 238;
const NAMESPACE_NOT_FOUND = 26;
const hasCode = (err: unknown, code: number): boolean => err instanceof Error && 'code' in err && err.code === code;

/**
 * The MongoDB store, also run on FerretDB v1 (no transactions, and updates that are not atomic
 * under concurrency): see chain.ts for how balances, counters and task leases stay exact anyway.
 * Every method maps connectivity failures to StoreUnavailableError.
 */
export class MongoStore implements Store {
  readonly kind = 'mongo' as const;
  readonly target: MongoTarget;
  readonly dbName: string;
  readonly #client: MongoClient;
  readonly #db: Db;
  readonly #c: Collections;
  readonly #ledger: AccountLedger;
  readonly #keys: KeyRepo;
  readonly #usage: UsageRepo;
  /** Usage records of settlements, inserted together while an insert is in flight (one round trip for many requests). */
  readonly #settledUsage: MicroBatcher<UsageRecord & { leaseId?: string }>;
  readonly #tasks: TaskRepo;
  readonly #audit: AuditRepo;
  readonly #responses: ResponseRepo;
  readonly #counterMode: NonNullable<MongoStoreOptions['counters']>;
  #counters: Counters | undefined;
  #sweepCounters = false;
  #lastSweep = 0;
  readonly #background = new Set<Promise<unknown>>();

  constructor(options: MongoStoreOptions) {
    this.target = parseMongoUri(options.uri);
    this.dbName = options.dbName;
    this.#counterMode = options.counters ?? 'auto';
    const timeout = options.serverSelectionTimeoutMS ?? 5000;
    try {
      this.#client = new MongoClient(options.uri, {
        maxPoolSize: options.poolSize ?? 20,
        serverSelectionTimeoutMS: timeout,
        connectTimeoutMS: Math.max(timeout, 1000),
        ignoreUndefined: true,
        appName: 'nexusflow',
      });
    } catch (err) {
      throw new StoreOpenError(`Invalid MongoDB connection string for ${this.target.hosts}: ${scrub(errorMessage(err), this.target)}`);
    }
    this.#db = this.#client.db(this.dbName);
    this.#c = collections(this.#db);
    this.#ledger = new AccountLedger(this.#c.accounts, this.#c.ledger, this.#c.accountHeads);
    this.#keys = new KeyRepo(this.#c.apiKeys, () => this.#counter);
    this.#usage = new UsageRepo(this.#c.usage);
    this.#settledUsage = new MicroBatcher((records) => this.#usage.insert(records));
    this.#tasks = new TaskRepo(this.#c.tasks, this.#c.taskLinks);
    this.#audit = new AuditRepo(this.#c.audit);
    this.#responses = new ResponseRepo(this.#c.responses);
  }

  describe(): string {
    return `MongoDB at ${this.target.hosts}/${this.dbName}`;
  }

  /** The database handle, for stores that share this connection (server/blobs). */
  get db(): Db {
    return this.#db;
  }

  async #g<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (err) {
      throw mapMongoError(err, this.target);
    }
  }

  get #counter(): Counters {
    if (!this.#counters) throw new Error('MongoStore used before init()');
    return this.#counters;
  }

  async init(): Promise<void> {
    try {
      await this.#client.connect();
      await this.#db.command({ ping: 1 });
    } catch (err) {
      await this.#client.close().catch(() => undefined);
      throw new StoreOpenError(`Cannot connect to MongoDB at ${this.target.hosts}: ${scrub(errorMessage(err), this.target)}`, { cause: err });
    }
    await this.#g(async () => {
      const info = await this.#db.command({ buildInfo: 1 });
      const ferret = typeof info.ferretdbVersion === 'string';
      const native = this.#counterMode === 'native' || (this.#counterMode === 'auto' && !ferret);
      this.#counters = native ? new NativeCounters(this.#c.counters) : new ChainCounters(this.#c.counterLinks);
      this.#sweepCounters = !native;
      for (const [name, specs] of Object.entries(INDEXES) as [keyof Collections, IndexDescription[]][]) {
        await this.#ensureIndexes(name, specs);
      }
      for (const [name, specs] of Object.entries(TTL_INDEXES) as [keyof Collections, IndexDescription[]][]) {
        try {
          await this.#ensureIndexes(name, specs);
        } catch (err) {
          // FerretDB v1: "Index option expireAfterSeconds is not implemented yet"; we sweep instead.
          if (!hasCode(err, NOT_IMPLEMENTED)) throw err;
          this.#sweepCounters = true;
        }
      }
    });
  }

  /**
   * Creates the missing indexes one at a time: FerretDB v1.24 panics (and drops the connection)
   * on a createIndexes command listing several indexes that already exist.
   */
  async #ensureIndexes(name: keyof Collections, specs: IndexDescription[]): Promise<void> {
    const coll = this.#c[name];
    let existing = new Set<string>();
    try {
      existing = new Set((await coll.listIndexes().toArray()).map((i) => String(i.name)));
    } catch (err) {
      if (!hasCode(err, NAMESPACE_NOT_FOUND)) throw err;
    }
    for (const spec of specs) if (!spec.name || !existing.has(spec.name)) await coll.createIndexes([spec]);
  }

  async close(): Promise<void> {
    await Promise.allSettled([...this.#background]);
    await this.#ledger.flush();
    await this.#client.close();
  }

  #inBackground(p: Promise<unknown>): void {
    const tracked: Promise<unknown> = p.catch(() => undefined).finally(() => this.#background.delete(tracked));
    this.#background.add(tracked);
  }

  // ---------------------------------------------------------------- accounts and balance

  #toAccount(doc: AccountDoc, head: Head): Account {
    const holds: Account['holds'] = {};
    for (const h of head.holds) {
      holds[h.requestId] = h.keyId === undefined ? { amount: h.amount, createdAt: h.createdAt } : { amount: h.amount, keyId: h.keyId, createdAt: h.createdAt };
    }
    return {
      id: doc._id, name: doc.name, balance: head.balance, creditLimit: doc.creditLimit, holds,
      createdAt: doc.createdAt, updatedAt: Math.max(doc.updatedAt, head.at),
    };
  }

  async createAccount(input: { id: string; name: string; creditLimit?: number }): Promise<Account> {
    const creditLimit = input.creditLimit ?? 0;
    assertMoney('creditLimit', creditLimit, { nonNegative: true });
    return this.#g(async () => {
      const now = Date.now();
      const doc: AccountDoc = { _id: input.id, name: input.name, creditLimit, createdAt: now, updatedAt: now };
      try {
        await this.#c.accounts.insertOne(doc);
      } catch (err) {
        if (isDuplicateKey(err)) throw new StoreConflictError(`Account ${input.id} already exists`);
        throw err;
      }
      return this.#toAccount(doc, EMPTY_HEAD);
    });
  }

  async getAccount(id: string): Promise<Account | null> {
    return this.#g(async () => {
      const doc = await this.#c.accounts.findOne({ _id: id });
      return doc ? this.#toAccount(doc, await this.#ledger.current(id)) : null;
    });
  }

  async listAccounts(req: PageRequest): Promise<Page<Account>> {
    const limit = pageLimit(req.limit);
    return this.#g(async () => {
      const docs = await this.#c.accounts.find(after(req.cursor)).sort({ createdAt: 1, _id: 1 }).limit(limit + 1).toArray();
      const items = await Promise.all(docs.map(async (d) => this.#toAccount(d, await this.#ledger.current(d._id))));
      return page(items, limit, (a) => encodeCursor([a.createdAt, a.id]));
    });
  }

  async updateAccount(id: string, patch: { name?: string; creditLimit?: number }): Promise<Account | null> {
    if (patch.creditLimit !== undefined) assertMoney('creditLimit', patch.creditLimit, { nonNegative: true });
    return this.#g(async () => {
      const set: Partial<AccountDoc> = { updatedAt: Date.now() };
      if (patch.name !== undefined) set.name = patch.name;
      if (patch.creditLimit !== undefined) set.creditLimit = patch.creditLimit;
      const doc = await this.#c.accounts.findOneAndUpdate({ _id: id }, { $set: set }, { returnDocument: 'after' });
      this.#ledger.forget(id);
      return doc ? this.#toAccount(doc, await this.#ledger.current(id)) : null;
    });
  }

  async credit(input: { accountId: string; entryId: string; amount: number; kind: 'topup' | 'refund' | 'adjustment'; reason?: string }): Promise<Account | null> {
    assertMoney('amount', input.amount);
    return this.#g(async () => {
      const r = await this.#ledger.change<never>(input.accountId, () => ({
        append: {
          key: ledgerKey.credit(input.entryId), id: input.entryId, kind: input.kind, amount: input.amount,
          ...(input.reason !== undefined ? { reason: input.reason } : {}),
        },
      }));
      // A repeated entry id (key_taken) changes nothing and returns the account.
      return r.outcome === 'no_account' ? null : this.#toAccount(r.account, r.head);
    });
  }

  async placeHold(input: { accountId: string; requestId: string; amount: number; keyId?: string }): Promise<HoldResult> {
    assertMoney('amount', input.amount, { nonNegative: true });
    return this.#g(async () => {
      const r = await this.#ledger.change<HoldResult>(input.accountId, (head, account) => {
        if (head.holds.some((h) => h.requestId === input.requestId)) return { final: { ok: false, reason: 'duplicate_hold', balance: head.balance } };
        if (head.balance - input.amount < -account.creditLimit) return { final: { ok: false, reason: 'insufficient_balance', balance: head.balance } };
        const hold = { requestId: input.requestId, amount: input.amount, createdAt: Date.now(), ...(input.keyId !== undefined ? { keyId: input.keyId } : {}) };
        return {
          append: { key: ledgerKey.hold(input.requestId), id: ledgerEntryId.hold(input.requestId), kind: 'hold', amount: -input.amount, requestId: input.requestId, hold },
        };
      });
      switch (r.outcome) {
        case 'no_account': return { ok: false, reason: 'account_not_found' };
        case 'final': return r.value;
        case 'key_taken': return { ok: false, reason: 'duplicate_hold', balance: r.head.balance };
        case 'applied': return { ok: true, balance: r.head.balance };
      }
    });
  }

  async #closeHold(accountId: string, requestId: string, entry: (held: number) => { kind: 'settle' | 'release'; amount: number; cost?: number; reason?: string }): Promise<SettleResult> {
    return this.#g(async () => {
      const r = await this.#ledger.change<SettleResult>(accountId, (head) => {
        const hold = head.holds.find((h) => h.requestId === requestId);
        if (!hold) return { final: { ok: false, reason: 'hold_not_found' } };
        const e = entry(hold.amount);
        const id = e.kind === 'settle' ? ledgerEntryId.settle(requestId) : ledgerEntryId.release(requestId);
        return { append: { key: ledgerKey.close(requestId), id, requestId, ...e } };
      });
      if (r.outcome === 'applied') return { ok: true, balance: r.head.balance };
      return r.outcome === 'final' ? r.value : { ok: false, reason: 'hold_not_found' };
    });
  }

  /** Charges a request from lease `leaseId`; `undefined` when the lease is gone. */
  async #settleFromLease(accountId: string, requestId: string, cost: number, leaseId: string): Promise<SettleResult | undefined> {
    return this.#g(async () => {
      const r = await this.#ledger.change<undefined>(accountId, (head) => {
        const lease = head.holds.find((h) => h.requestId === leaseId);
        if (!lease) return { final: undefined };
        const take = Math.min(cost, lease.amount);
        return { append: { key: ledgerKey.close(requestId), id: ledgerEntryId.settle(requestId), kind: 'settle', amount: take - cost, cost, requestId, lease: { id: leaseId, take } } };
      });
      switch (r.outcome) {
        case 'no_account': return { ok: false, reason: 'hold_not_found' };
        case 'final': return undefined;
        // A leased request is never released: its close key taken means it was settled.
        case 'key_taken': return { ok: true, balance: r.head.balance, already: true };
        case 'applied': return { ok: true, balance: r.head.balance };
      }
    });
  }

  async settleHold(input: { accountId: string; requestId: string; cost: number; usage?: UsageRecord; leaseId?: string }): Promise<SettleResult> {
    assertMoney('cost', input.cost, { nonNegative: true });
    const { accountId, requestId, cost, leaseId } = input;
    // No multi-document transactions: the usage record goes first (idempotent by request id). If
    // the process dies before the ledger entry, the hold sweeper finds the record and settles
    // (a leased one by the lease id it carries: releaseHold with `swept`).
    const usage = input.usage;
    if (usage) await this.#g(() => this.#settledUsage.add(leaseId === undefined ? usage : { ...usage, leaseId }));
    if (leaseId !== undefined) {
      const leased = await this.#settleFromLease(accountId, requestId, cost, leaseId);
      if (leased) return leased;
    }
    const settled = await this.#closeHold(accountId, requestId, (held) => ({ kind: 'settle', amount: held - cost, cost }));
    if (settled.ok) return settled;
    return this.#g(async () => {
      const closed = await this.#c.ledger.findOne({ key: ledgerKey.close(requestId) }, { projection: { kind: 1 } });
      const late = await this.#ledger.change<SettleResult>(accountId, (head) => {
        if (closed?.kind === 'settle') return { final: { ok: true, balance: head.balance, already: true } };
        return {
          append: {
            key: ledgerKey.late(requestId), id: ledgerEntryId.late(requestId), kind: 'settle', amount: -cost, cost, requestId,
            reason: closed ? 'settled after its hold was released' : 'settled without a hold',
          },
        };
      });
      switch (late.outcome) {
        case 'no_account': return { ok: false, reason: 'hold_not_found' };
        case 'final': return late.value;
        case 'key_taken': return { ok: true, balance: late.head.balance, already: true };
        case 'applied': return { ok: true, balance: late.head.balance, late: true };
      }
    });
  }

  async releaseHold(input: { accountId: string; requestId: string; reason: string; swept?: boolean }): Promise<SettleResult> {
    if (input.swept && isLeaseId(input.requestId)) await this.#chargeOrphans(input.accountId, input.requestId);
    return this.#closeHold(input.accountId, input.requestId, (held) => ({ kind: 'release', amount: held, reason: input.reason }));
  }

  /**
   * A lease whose owner died: the usage records stored against it whose charge never landed (the
   * owner died between the two writes) are charged from it before it is released. Replays of
   * settlements that did land change nothing (exactly once per request id).
   */
  async #chargeOrphans(accountId: string, leaseId: string): Promise<void> {
    const head = await this.#g(() => this.#ledger.current(accountId));
    const lease = head.holds.find((h) => h.requestId === leaseId);
    if (!lease) return;
    // A request waits for its lease before it starts upstream: its record is at most that much older.
    const records = await this.#g(() => this.#usage.ofLease(accountId, leaseId, lease.createdAt - LEASE_RECORD_SLACK_MS));
    for (const u of records) {
      if (u.status === 'failed' || u.cost <= 0) continue;
      await this.#settleFromLease(accountId, u.requestId, u.cost, leaseId);
    }
  }

  async listStaleHolds(olderThan: number, limit: number): Promise<StaleHold[]> {
    return this.#g(async () => {
      const heads = new Map((await this.#c.accountHeads.find({}).toArray()).map((h) => [h._id, h]));
      const ids = (await this.#c.accounts.find({}, { projection: { _id: 1 } }).toArray()).map((a) => a._id);
      const stale: StaleHold[] = [];
      // Every account is checked against its ledger: one point read when the head cache is current.
      for (let i = 0; i < ids.length; i += 16) {
        const batch = ids.slice(i, i + 16);
        const found = await Promise.all(batch.map(async (id) => ({ id, head: await this.#ledger.current(id, heads.get(id) ?? null) })));
        for (const { id, head } of found) {
          for (const h of head.holds) if (h.createdAt < olderThan) stale.push({ accountId: id, requestId: h.requestId, amount: h.amount, createdAt: h.createdAt });
        }
      }
      stale.sort((a, b) => a.createdAt - b.createdAt || (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
      return stale.slice(0, pageLimit(limit));
    });
  }

  async listLedger(accountId: string, req: PageRequest): Promise<Page<LedgerEntry>> {
    const limit = pageLimit(req.limit);
    const [afterSeq] = req.cursor ? decodeCursor(req.cursor, ['number'] as const) : [0];
    return this.#g(async () => {
      const docs = await this.#c.ledger.find({ accountId, seq: { $gt: afterSeq } }).sort({ seq: 1 }).limit(limit + 1).toArray();
      const last = docs.length > limit ? docs[limit - 1] : undefined;
      const items = docs.slice(0, limit).map(ledgerFromDoc);
      return last ? { items, nextCursor: encodeCursor([last.seq]) } : { items };
    });
  }

  async sumLedger(accountId: string): Promise<number> {
    return this.#g(async () => {
      let total = 0;
      for await (const d of this.#c.ledger.find({ accountId }, { projection: { amount: 1 } })) total += d.amount;
      return total;
    });
  }

  // ---------------------------------------------------------------- API keys

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    return this.#g(() => this.#keys.create(key));
  }

  async getApiKey(id: string): Promise<ApiKeyRecord | null> {
    return this.#g(() => this.#keys.get(id));
  }

  async findApiKeyByHash(hash: string): Promise<ApiKeyRecord | null> {
    return this.#g(() => this.#keys.findByHash(hash));
  }

  async listApiKeys(filter: { accountId?: string }, req: PageRequest): Promise<Page<ApiKeyRecord>> {
    return this.#g(() => this.#keys.list(filter, req.cursor, pageLimit(req.limit)));
  }

  async updateApiKey(id: string, patch: KeyPatch): Promise<ApiKeyRecord | null> {
    return this.#g(() => this.#keys.update(id, patch));
  }

  async addKeySpend(id: string, amount: number, periodStart?: number): Promise<void> {
    assertMoney('amount', amount);
    return this.#g(() => this.#keys.addSpend(id, amount, periodStart));
  }

  // ---------------------------------------------------------------- catalog

  async #upsert<T extends ModelRecord | ChannelRecord>(name: 'models' | 'channels', record: T): Promise<void> {
    const coll = this.#c[name] as unknown as Collections['models'];
    const doc = toDoc(record) as unknown as Keyed<ModelRecord>;
    try {
      await coll.replaceOne({ _id: doc._id }, doc, { upsert: true });
    } catch (err) {
      // Two upserts of a new id can race to insert it; the loser replaces the winner's document.
      if (!isDuplicateKey(err)) throw err;
      await coll.replaceOne({ _id: doc._id }, doc, { upsert: true });
    }
  }

  async upsertModel(model: ModelRecord): Promise<void> {
    return this.#g(() => this.#upsert('models', model));
  }

  async getModel(id: string): Promise<ModelRecord | null> {
    return this.#g(async () => {
      const doc = await this.#c.models.findOne({ _id: id });
      return doc ? fromDoc<ModelRecord>(doc) : null;
    });
  }

  async listModels(): Promise<ModelRecord[]> {
    return this.#g(async () => (await this.#c.models.find({}).sort({ _id: 1 }).toArray()).map((d) => fromDoc<ModelRecord>(d)));
  }

  async deleteModel(id: string): Promise<boolean> {
    return this.#g(async () => (await this.#c.models.deleteOne({ _id: id })).deletedCount > 0);
  }

  async upsertChannel(channel: ChannelRecord): Promise<void> {
    return this.#g(() => this.#upsert('channels', channel));
  }

  async getChannel(id: string): Promise<ChannelRecord | null> {
    return this.#g(async () => {
      const doc = await this.#c.channels.findOne({ _id: id });
      return doc ? fromDoc<ChannelRecord>(doc) : null;
    });
  }

  async listChannels(): Promise<ChannelRecord[]> {
    return this.#g(async () => (await this.#c.channels.find({}).sort({ _id: 1 }).toArray()).map((d) => fromDoc<ChannelRecord>(d)));
  }

  async deleteChannel(id: string): Promise<boolean> {
    return this.#g(async () => (await this.#c.channels.deleteOne({ _id: id })).deletedCount > 0);
  }

  async bumpChangeCounter(): Promise<number> {
    return this.#g(async () => (await this.#counter.add('changes', 1)).total);
  }

  async getChangeCounter(): Promise<number> {
    return this.#g(async () => (await this.#counter.get('changes'))?.total ?? 0);
  }

  // ---------------------------------------------------------------- usage

  async insertUsage(records: UsageRecord[]): Promise<void> {
    return this.#g(() => this.#usage.insert(records));
  }

  async getUsage(requestId: string): Promise<UsageRecord | null> {
    return this.#g(() => this.#usage.get(requestId));
  }

  async queryUsage(query: UsageQuery, req: PageRequest): Promise<Page<UsageRecord>> {
    return this.#g(() => this.#usage.query(query, req.cursor, pageLimit(req.limit)));
  }

  async usageSeries(query: UsageSeriesQuery): Promise<UsageSeriesRow[]> {
    return this.#g(() => this.#usage.series(query));
  }

  async summarizeUsage(query: UsageQuery): Promise<UsageSummaryRow[]> {
    return this.#g(() => this.#usage.summarize(query));
  }

  // ---------------------------------------------------------------- rate limits

  async incrementWindow(key: string, windowStart: number, amount: number): Promise<number> {
    return this.#g(async () => {
      const value = await this.#counter.add(`rw:${key}:${windowStart}`, amount, { expiresAt: new Date(windowStart + RATE_WINDOW_RETENTION_MS) });
      const now = Date.now();
      if (this.#sweepCounters && now - this.#lastSweep > 60_000 && this.#counters instanceof ChainCounters) {
        this.#lastSweep = now;
        this.#inBackground(this.#counters.sweep(new Date(now)));
      }
      return value.total;
    });
  }

  // ---------------------------------------------------------------- tasks

  async insertTask(task: TaskRecord): Promise<{ task: TaskRecord; created: boolean }> {
    return this.#g(() => this.#tasks.insert(task));
  }

  async getTask(id: string): Promise<TaskRecord | null> {
    return this.#g(() => this.#tasks.get(id));
  }

  async listTasks(filter: { accountId?: string; status?: TaskStatus }, req: PageRequest): Promise<Page<TaskRecord>> {
    return this.#g(() => this.#tasks.list(filter, req.cursor, pageLimit(req.limit)));
  }

  async updateTask(id: string, patch: TaskPatch, fromStatuses?: TaskStatus[]): Promise<TaskRecord | null> {
    return this.#g(() => this.#tasks.update(id, patch, fromStatuses));
  }

  async claimTask(owner: string, now: number, leaseMs: number): Promise<TaskRecord | null> {
    return this.#g(() => this.#tasks.claim(owner, now, leaseMs));
  }

  // ---------------------------------------------------------------- stored responses

  async insertResponse(record: StoredResponse): Promise<void> {
    return this.#g(() => this.#responses.insert(record));
  }

  async getResponse(accountId: string, id: string): Promise<StoredResponse | null> {
    return this.#g(() => this.#responses.get(accountId, id, Date.now()));
  }

  async deleteResponse(accountId: string, id: string): Promise<boolean> {
    return this.#g(() => this.#responses.delete(accountId, id, Date.now()));
  }

  async purgeExpiredResponses(now: number, limit: number): Promise<number> {
    return this.#g(() => this.#responses.purge(now, limit));
  }

  // ---------------------------------------------------------------- audit

  async insertAudit(record: AuditRecord): Promise<void> {
    return this.#g(() => this.#audit.insert(record));
  }

  async listAudit(query: AuditQuery, req: PageRequest): Promise<Page<AuditRecord>> {
    return this.#g(() => this.#audit.list(query, req.cursor, pageLimit(req.limit)));
  }
}
