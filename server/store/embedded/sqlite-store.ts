import type Database from 'better-sqlite3';
import { join } from 'node:path';
import { decodeCursor, encodeCursor, pageLimit } from '../cursor.js';
import { assertMoney, ledgerEntryId, ledgerKey, RATE_WINDOW_RETENTION_MS } from '../ledger-keys.js';
import { applyKeyPatch, applyTaskPatch, nextSpend } from '../patch.js';
import { StoreConflictError, type Store } from '../store.js';
import { UsageSummarizer } from '../summarize.js';
import { UsageSeriesBuilder, type UsageSeriesQuery, type UsageSeriesRow } from '../usage-series.js';
import type {
  Account, ApiKeyRecord, AuditQuery, AuditRecord, ChannelRecord, HoldResult, KeyPatch, LedgerEntry, LedgerKind, ModelRecord, Page, PageRequest,
  SettleResult, StaleHold, StoredResponse, TaskPatch, TaskRecord, TaskStatus, UsageQuery, UsageRecord, UsageSummaryRow,
} from '../types.js';
import {
  apiKeyFromRow, apiKeyToRow, channelFromRow, channelToRow, compact, ledgerFromRow, modelFromRow, modelToRow,
  taskFromRow, taskToRow, usageFromRow, usageToRow,
  type AccountRow, type ApiKeyRow, type ChannelRow, type HoldRow, type LedgerRow, type ModelRow, type TaskRow, type UsageRow,
} from './rows.js';
import { AuditTable } from './audit-table.js';
import { GroupCommitter } from './group-commit.js';
import { ResponsesTable } from './responses-table.js';
import { openDatabase } from './schema.js';
import { WalCheckpointer } from './wal-checkpointer.js';
import { prepareStatements, type Statements } from './statements.js';

export const EMBEDDED_DB_FILE = 'nexusflow.db';

function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && 'code' in err && (err.code === 'SQLITE_CONSTRAINT_UNIQUE' || err.code === 'SQLITE_CONSTRAINT_PRIMARYKEY');
}

/**
 * The embedded store: one SQLite file in WAL mode, for one process on one machine. Every
 * balance change is one SQLite transaction that updates the account and appends its ledger entry.
 */
export class EmbeddedStore implements Store {
  readonly kind = 'embedded' as const;
  readonly file: string;
  #db: Database.Database | undefined;
  #st: Statements | undefined;
  #audit: AuditTable | undefined;
  #responses: ResponsesTable | undefined;
  readonly #dynamic = new Map<string, Database.Statement>();
  #lastWindowSweep = 0;
  #checkpointer: WalCheckpointer | undefined;
  /** Holds, settlements and releases, committed in groups under load (group-commit.ts). */
  readonly groupCommit = new GroupCommitter(() => this.#conn);

  constructor(options: { dataDir: string }) {
    this.file = join(options.dataDir, EMBEDDED_DB_FILE);
  }

  async init(): Promise<void> {
    if (this.#db) return;
    const db = openDatabase(this.file);
    // Checkpoints run in a worker thread, off the request path (see wal-checkpointer.ts).
    db.pragma('wal_autocheckpoint = 0');
    // Should the thread ever die, SQLite's own automatic checkpoints take over again.
    this.#checkpointer = new WalCheckpointer(this.file, () => {
      if (this.#db?.open) this.#db.pragma('wal_autocheckpoint = 1000');
    });
    this.#checkpointer.start();
    this.#db = db;
    this.#st = prepareStatements(db);
    this.#audit = new AuditTable(db);
    this.#responses = new ResponsesTable(db);
  }

  async close(): Promise<void> {
    if (this.#db) this.groupCommit.drain();
    await this.#checkpointer?.stop();
    this.#checkpointer = undefined;
    this.#db?.close();
    this.#db = undefined;
    this.#st = undefined;
    this.#audit = undefined;
    this.#responses = undefined;
    this.#dynamic.clear();
  }

  get #s(): Statements {
    if (!this.#st) throw new Error('EmbeddedStore used before init() or after close()');
    return this.#st;
  }

  get #conn(): Database.Database {
    if (!this.#db) throw new Error('EmbeddedStore used before init() or after close()');
    return this.#db;
  }

  /** Statements whose SQL depends on which filters are present; prepared once per shape. */
  #prepare(sql: string): Database.Statement {
    let st = this.#dynamic.get(sql);
    if (!st) {
      st = this.#conn.prepare(sql);
      this.#dynamic.set(sql, st);
    }
    return st;
  }

  // ---------------------------------------------------------------- accounts and balance

  #account(id: string): Account | null {
    const row = this.#s.getAccount.get(id) as AccountRow | undefined;
    if (!row) return null;
    const holds: Account['holds'] = {};
    for (const h of this.#s.holdsOfAccount.all(id) as HoldRow[]) {
      holds[h.request_id] = compact({ amount: h.amount, keyId: h.key_id ?? undefined, createdAt: h.created_at });
    }
    return {
      id: row.id, name: row.name, balance: row.balance, creditLimit: row.credit_limit, holds,
      createdAt: row.created_at, updatedAt: row.updated_at,
    };
  }

  async createAccount(input: { id: string; name: string; creditLimit?: number }): Promise<Account> {
    const creditLimit = input.creditLimit ?? 0;
    assertMoney('creditLimit', creditLimit, { nonNegative: true });
    const now = Date.now();
    try {
      this.#s.insertAccount.run({ id: input.id, name: input.name, credit_limit: creditLimit, created_at: now, updated_at: now });
    } catch (err) {
      if (isUniqueViolation(err)) throw new StoreConflictError(`Account ${input.id} already exists`);
      throw err;
    }
    return { id: input.id, name: input.name, balance: 0, creditLimit, holds: {}, createdAt: now, updatedAt: now };
  }

  async getAccount(id: string): Promise<Account | null> {
    return this.#account(id);
  }

  async listAccounts(page: PageRequest): Promise<Page<Account>> {
    const limit = pageLimit(page.limit);
    const [at, id] = page.cursor ? decodeCursor(page.cursor, ['number', 'string'] as const) : [Number.MIN_SAFE_INTEGER, ''];
    const rows = this.#s.pageAccounts.all({ at, id, limit: limit + 1 }) as AccountRow[];
    const items = rows.slice(0, limit).map((r) => this.#account(r.id)).filter((a): a is Account => a !== null);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.createdAt, last.id]) } : { items };
  }

  async updateAccount(id: string, patch: { name?: string; creditLimit?: number }): Promise<Account | null> {
    if (patch.creditLimit !== undefined) assertMoney('creditLimit', patch.creditLimit, { nonNegative: true });
    const changed = this.#s.updateAccount.run({
      id, name: patch.name ?? null, credit_limit: patch.creditLimit ?? null, updated_at: Date.now(),
    });
    return changed.changes === 0 ? null : this.#account(id);
  }

  /** Applies `delta` to the balance and appends its ledger entry; caller runs inside a transaction. */
  #applyChange(
    acc: AccountRow,
    entry: { id: string; key: string; kind: LedgerKind; amount: number; requestId?: string; cost?: number; reason?: string },
    now: number,
  ): number {
    const balance = acc.balance + entry.amount;
    if (entry.amount !== 0) this.#s.setBalance.run({ id: acc.id, balance, updated_at: now });
    this.#s.insertLedger.run({
      id: entry.id, key: entry.key, account_id: acc.id, kind: entry.kind, amount: entry.amount, balance_after: balance,
      request_id: entry.requestId ?? null, cost: entry.cost ?? null, reason: entry.reason ?? null, created_at: now,
    });
    return balance;
  }

  async credit(input: { accountId: string; entryId: string; amount: number; kind: 'topup' | 'refund' | 'adjustment'; reason?: string }): Promise<Account | null> {
    assertMoney('amount', input.amount);
    const tx = this.#conn.transaction((): boolean => {
      const acc = this.#s.getAccount.get(input.accountId) as AccountRow | undefined;
      if (!acc) return false;
      const key = ledgerKey.credit(input.entryId);
      if (this.#s.ledgerKeyExists.get(key)) return true;
      this.#applyChange(acc, { id: input.entryId, key, kind: input.kind, amount: input.amount, reason: input.reason }, Date.now());
      return true;
    });
    return tx.immediate() ? this.#account(input.accountId) : null;
  }

  async placeHold(input: { accountId: string; requestId: string; amount: number; keyId?: string }): Promise<HoldResult> {
    assertMoney('amount', input.amount, { nonNegative: true });
    return this.groupCommit.run((): HoldResult => {
      const acc = this.#s.getAccount.get(input.accountId) as AccountRow | undefined;
      if (!acc) return { ok: false, reason: 'account_not_found' };
      const key = ledgerKey.hold(input.requestId);
      if (this.#s.ledgerKeyExists.get(key)) return { ok: false, reason: 'duplicate_hold', balance: acc.balance };
      if (acc.balance - input.amount < -acc.credit_limit) return { ok: false, reason: 'insufficient_balance', balance: acc.balance };
      const now = Date.now();
      this.#s.insertHold.run({
        request_id: input.requestId, account_id: acc.id, amount: input.amount, key_id: input.keyId ?? null, created_at: now,
      });
      const balance = this.#applyChange(acc, {
        id: ledgerEntryId.hold(input.requestId), key, kind: 'hold', amount: -input.amount, requestId: input.requestId,
      }, now);
      return { ok: true, balance };
    });
  }


  async settleHold(input: { accountId: string; requestId: string; cost: number; usage?: UsageRecord; leaseId?: string }): Promise<SettleResult> {
    assertMoney('cost', input.cost, { nonNegative: true });
    const { accountId, requestId, cost, leaseId } = input;
    return this.groupCommit.run((): SettleResult => {
      const lease = leaseId === undefined ? undefined : (this.#s.getHold.get(leaseId, accountId) as HoldRow | undefined);
      if (lease) {
        // Charged from the lease (already debited when it was taken); only a cost beyond what is
        // left of it moves the balance. The record, the entry and the lease change commit together.
        const acc = this.#s.getAccount.get(accountId) as AccountRow;
        if (input.usage) this.#s.insertUsage.run(usageToRow(input.usage));
        if (this.#s.settledKeyExists.get(ledgerKey.close(requestId), ledgerKey.late(requestId))) return { ok: true, balance: acc.balance, already: true };
        const take = Math.min(cost, lease.amount);
        if (take > 0) this.#s.setHoldAmount.run(lease.amount - take, lease.request_id);
        const balance = this.#applyChange(acc, { id: ledgerEntryId.settle(requestId), key: ledgerKey.close(requestId), requestId, kind: 'settle', amount: take - cost, cost }, Date.now());
        return { ok: true, balance };
      }
      const acc = this.#s.getAccount.get(accountId) as AccountRow | undefined;
      if (!acc) return { ok: false, reason: 'hold_not_found' };
      if (input.usage) this.#s.insertUsage.run(usageToRow(input.usage));
      const now = Date.now();
      const hold = this.#s.getHold.get(requestId, accountId) as HoldRow | undefined;
      if (hold) {
        this.#s.deleteHold.run(requestId);
        const balance = this.#applyChange(acc, { id: ledgerEntryId.settle(requestId), key: ledgerKey.close(requestId), requestId, kind: 'settle', amount: hold.amount - cost, cost }, now);
        return { ok: true, balance };
      }
      const closed = this.#s.ledgerKindByKey.get(ledgerKey.close(requestId)) as { kind: string } | undefined;
      if (closed?.kind === 'settle' || this.#s.ledgerKeyExists.get(ledgerKey.late(requestId))) return { ok: true, balance: acc.balance, already: true };
      const balance = this.#applyChange(acc, {
        id: ledgerEntryId.late(requestId), key: ledgerKey.late(requestId), requestId, kind: 'settle', amount: -cost, cost,
        reason: closed ? 'settled after its hold was released' : 'settled without a hold',
      }, now);
      return { ok: true, balance, late: true };
    });
  }

  /** `swept` changes nothing here: a leased settlement's usage record and charge commit together, never one without the other. */
  async releaseHold(input: { accountId: string; requestId: string; reason: string; swept?: boolean }): Promise<SettleResult> {
    const { accountId, requestId, reason } = input;
    return this.groupCommit.run((): SettleResult => {
      const hold = this.#s.getHold.get(requestId, accountId) as HoldRow | undefined;
      const acc = this.#s.getAccount.get(accountId) as AccountRow | undefined;
      if (!hold || !acc) return { ok: false, reason: 'hold_not_found' };
      this.#s.deleteHold.run(requestId);
      const balance = this.#applyChange(acc, { id: ledgerEntryId.release(requestId), key: ledgerKey.close(requestId), requestId, kind: 'release', amount: hold.amount, reason }, Date.now());
      return { ok: true, balance };
    });
  }

  async listStaleHolds(olderThan: number, limit: number): Promise<StaleHold[]> {
    const rows = this.#s.staleHolds.all(olderThan, pageLimit(limit)) as HoldRow[];
    return rows.map((h) => ({ accountId: h.account_id, requestId: h.request_id, amount: h.amount, createdAt: h.created_at }));
  }

  async listLedger(accountId: string, page: PageRequest): Promise<Page<LedgerEntry>> {
    const limit = pageLimit(page.limit);
    const [after] = page.cursor ? decodeCursor(page.cursor, ['number'] as const) : [0];
    const rows = this.#s.pageLedger.all(accountId, after, limit + 1) as LedgerRow[];
    const items = rows.slice(0, limit).map(ledgerFromRow);
    const last = rows.length > limit ? rows[limit - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.seq]) } : { items };
  }

  async sumLedger(accountId: string): Promise<number> {
    const row = this.#s.sumLedger.get(accountId) as { total: number };
    return row.total;
  }

  // ---------------------------------------------------------------- API keys

  async createApiKey(key: ApiKeyRecord): Promise<void> {
    try {
      this.#s.insertApiKey.run(apiKeyToRow(key));
    } catch (err) {
      if (isUniqueViolation(err)) throw new StoreConflictError(`API key ${key.id} or its hash already exists`);
      throw err;
    }
  }

  async getApiKey(id: string): Promise<ApiKeyRecord | null> {
    const row = this.#s.getApiKey.get(id) as ApiKeyRow | undefined;
    return row ? apiKeyFromRow(row) : null;
  }

  async findApiKeyByHash(hash: string): Promise<ApiKeyRecord | null> {
    const row = this.#s.getApiKeyByHash.get(hash) as ApiKeyRow | undefined;
    return row ? apiKeyFromRow(row) : null;
  }

  async listApiKeys(filter: { accountId?: string }, page: PageRequest): Promise<Page<ApiKeyRecord>> {
    const limit = pageLimit(page.limit);
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: limit + 1 };
    if (filter.accountId !== undefined) {
      where.push('account_id = @account');
      params.account = filter.accountId;
    }
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, ['number', 'string'] as const);
      where.push('(created_at > @at OR (created_at = @at AND id > @id))');
      Object.assign(params, { at, id });
    }
    const sql = `SELECT * FROM api_keys ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id LIMIT @limit`;
    const rows = this.#prepare(sql).all(params) as ApiKeyRow[];
    const items = rows.slice(0, limit).map(apiKeyFromRow);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.createdAt, last.id]) } : { items };
  }

  async updateApiKey(id: string, patch: KeyPatch): Promise<ApiKeyRecord | null> {
    const tx = this.#conn.transaction((): ApiKeyRecord | null => {
      const row = this.#s.getApiKey.get(id) as ApiKeyRow | undefined;
      if (!row) return null;
      const next = applyKeyPatch(apiKeyFromRow(row), patch, Date.now());
      this.#s.replaceApiKey.run(apiKeyToRow(next));
      return next;
    });
    return tx.immediate();
  }

  async addKeySpend(id: string, amount: number, periodStart?: number): Promise<void> {
    assertMoney('amount', amount);
    this.#conn.transaction(() => {
      const row = this.#s.getApiKey.get(id) as ApiKeyRow | undefined;
      if (!row) return;
      const next = nextSpend({ spent: row.spent, periodStart: row.spent_period_start ?? undefined }, amount, periodStart);
      this.#s.setKeySpend.run({ id, spent: next.spent, spent_period_start: next.periodStart ?? null });
    }).immediate();
  }

  // ---------------------------------------------------------------- catalog

  async upsertModel(model: ModelRecord): Promise<void> {
    this.#s.upsertModel.run(modelToRow(model));
  }

  async getModel(id: string): Promise<ModelRecord | null> {
    const row = this.#s.getModel.get(id) as ModelRow | undefined;
    return row ? modelFromRow(row) : null;
  }

  async listModels(): Promise<ModelRecord[]> {
    return (this.#s.listModels.all() as ModelRow[]).map(modelFromRow);
  }

  async deleteModel(id: string): Promise<boolean> {
    return this.#s.deleteModel.run(id).changes > 0;
  }

  async upsertChannel(channel: ChannelRecord): Promise<void> {
    this.#s.upsertChannel.run(channelToRow(channel));
  }

  async getChannel(id: string): Promise<ChannelRecord | null> {
    const row = this.#s.getChannel.get(id) as ChannelRow | undefined;
    return row ? channelFromRow(row) : null;
  }

  async listChannels(): Promise<ChannelRecord[]> {
    return (this.#s.listChannels.all() as ChannelRow[]).map(channelFromRow);
  }

  async deleteChannel(id: string): Promise<boolean> {
    return this.#s.deleteChannel.run(id).changes > 0;
  }

  async bumpChangeCounter(): Promise<number> {
    const row = this.#s.bumpCounter.get('changes') as { value: number };
    return row.value;
  }

  async getChangeCounter(): Promise<number> {
    const row = this.#s.getCounter.get('changes') as { value: number } | undefined;
    return row?.value ?? 0;
  }

  // ---------------------------------------------------------------- usage

  async insertUsage(records: UsageRecord[]): Promise<void> {
    if (records.length === 0) return;
    this.#conn.transaction(() => {
      for (const r of records) this.#s.insertUsage.run(usageToRow(r));
    }).immediate();
  }

  async getUsage(requestId: string): Promise<UsageRecord | null> {
    const row = this.#s.getUsage.get(requestId) as UsageRow | undefined;
    return row ? usageFromRow(row) : null;
  }

  #usageWhere(query: UsageQuery, params: Record<string, string | number>): string[] {
    const where: string[] = [];
    if (query.accountId !== undefined) { where.push('account_id = @accountId'); params.accountId = query.accountId; }
    if (query.keyId !== undefined) { where.push('key_id = @keyId'); params.keyId = query.keyId; }
    if (query.model !== undefined) { where.push('model = @model'); params.model = query.model; }
    if (query.from !== undefined) { where.push('created_at >= @from'); params.from = query.from; }
    if (query.to !== undefined) { where.push('created_at < @to'); params.to = query.to; }
    return where;
  }

  async queryUsage(query: UsageQuery, page: PageRequest): Promise<Page<UsageRecord>> {
    const limit = pageLimit(page.limit);
    const params: Record<string, string | number> = { limit: limit + 1 };
    const where = this.#usageWhere(query, params);
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, ['number', 'string'] as const);
      where.push('(created_at > @at OR (created_at = @at AND request_id > @id))');
      Object.assign(params, { at, id });
    }
    const sql = `SELECT * FROM usage ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, request_id LIMIT @limit`;
    const rows = this.#prepare(sql).all(params) as UsageRow[];
    const items = rows.slice(0, limit).map(usageFromRow);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.createdAt, last.requestId]) } : { items };
  }

  async usageSeries(q: UsageSeriesQuery): Promise<UsageSeriesRow[]> {
    const params: Record<string, string | number> = {};
    const where = this.#usageWhere(q, params);
    const sql = `SELECT created_at, model, channel_id, key_id, account_id, http_status, uncached_input, cache_read, cache_write, output, reasoning, cost, latency_ms FROM usage WHERE ${where.join(' AND ')}`;
    const series = new UsageSeriesBuilder(q);
    for (const r of this.#prepare(sql).iterate(params) as IterableIterator<UsageRow>) {
      series.add({
        createdAt: r.created_at, model: r.model, channelId: r.channel_id ?? undefined, keyId: r.key_id, accountId: r.account_id, httpStatus: r.http_status,
        uncachedInput: r.uncached_input ?? undefined, cacheRead: r.cache_read ?? undefined, cacheWrite: r.cache_write ?? undefined,
        output: r.output ?? undefined, reasoning: r.reasoning ?? undefined, cost: r.cost, latencyMs: r.latency_ms,
      });
    }
    return series.rows();
  }

  async summarizeUsage(query: UsageQuery): Promise<UsageSummaryRow[]> {
    const params: Record<string, string | number> = {};
    const where = this.#usageWhere(query, params);
    const sql = `SELECT created_at, model, uncached_input, cache_read, cache_write, output, reasoning, cost FROM usage ${where.length ? `WHERE ${where.join(' AND ')}` : ''}`;
    const sum = new UsageSummarizer();
    for (const r of this.#prepare(sql).iterate(params) as IterableIterator<UsageRow>) {
      sum.add({
        createdAt: r.created_at, model: r.model, uncachedInput: r.uncached_input ?? undefined, cacheRead: r.cache_read ?? undefined,
        cacheWrite: r.cache_write ?? undefined, output: r.output ?? undefined, reasoning: r.reasoning ?? undefined, cost: r.cost,
      });
    }
    return sum.rows();
  }

  // ---------------------------------------------------------------- rate limits

  async incrementWindow(key: string, windowStart: number, amount: number): Promise<number> {
    const row = this.#s.incrementWindow.get({ key, window_start: windowStart, amount }) as { total: number };
    const now = Date.now();
    if (now - this.#lastWindowSweep > 60_000) {
      this.#lastWindowSweep = now;
      this.#s.sweepWindows.run(now - RATE_WINDOW_RETENTION_MS);
    }
    return row.total;
  }

  // ---------------------------------------------------------------- tasks

  async insertTask(task: TaskRecord): Promise<{ task: TaskRecord; created: boolean }> {
    const tx = this.#conn.transaction((): { task: TaskRecord; created: boolean } => {
      if (task.idempotencyKey !== undefined) {
        const existing = this.#s.getTaskByIdempotency.get(task.accountId, task.idempotencyKey) as TaskRow | undefined;
        if (existing) return { task: taskFromRow(existing), created: false };
      }
      try {
        this.#s.insertTask.run(taskToRow(task));
      } catch (err) {
        if (isUniqueViolation(err)) throw new StoreConflictError(`Task ${task.id} already exists`);
        throw err;
      }
      return { task: compact({ ...task }), created: true };
    });
    return tx.immediate();
  }

  async getTask(id: string): Promise<TaskRecord | null> {
    const row = this.#s.getTask.get(id) as TaskRow | undefined;
    return row ? taskFromRow(row) : null;
  }

  async listTasks(filter: { accountId?: string; status?: TaskStatus }, page: PageRequest): Promise<Page<TaskRecord>> {
    const limit = pageLimit(page.limit);
    const where = ['1 = 1'];
    const params: Record<string, string | number> = { limit: limit + 1 };
    if (filter.accountId !== undefined) { where.push('account_id = @accountId'); params.accountId = filter.accountId; }
    if (filter.status !== undefined) { where.push('status = @status'); params.status = filter.status; }
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, ['number', 'string'] as const);
      where.push('(created_at > @at OR (created_at = @at AND id > @id))');
      Object.assign(params, { at, id });
    }
    const rows = this.#prepare(`SELECT * FROM tasks WHERE ${where.join(' AND ')} ORDER BY created_at, id LIMIT @limit`).all(params) as TaskRow[];
    const items = rows.slice(0, limit).map(taskFromRow);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.createdAt, last.id]) } : { items };
  }

  async updateTask(id: string, patch: TaskPatch, fromStatuses?: TaskStatus[]): Promise<TaskRecord | null> {
    const tx = this.#conn.transaction((): TaskRecord | null => {
      const row = this.#s.getTask.get(id) as TaskRow | undefined;
      if (!row || (fromStatuses && !fromStatuses.includes(row.status))) return null;
      const next = applyTaskPatch(taskFromRow(row), patch, Date.now());
      this.#s.replaceTask.run(taskToRow(next));
      return next;
    });
    return tx.immediate();
  }

  async claimTask(owner: string, now: number, leaseMs: number): Promise<TaskRecord | null> {
    const tx = this.#conn.transaction((): TaskRecord | null => {
      const row = this.#s.nextClaimable.get({ now }) as TaskRow | undefined;
      if (!row) return null;
      const next: TaskRecord = { ...taskFromRow(row), leaseOwner: owner, leaseUntil: now + leaseMs, updatedAt: now };
      this.#s.replaceTask.run(taskToRow(next));
      return next;
    });
    return tx.immediate();
  }

  // ---------------------------------------------------------------- stored responses

  get #responsesTable(): ResponsesTable {
    if (!this.#responses) throw new Error('EmbeddedStore used before init() or after close()');
    return this.#responses;
  }

  async insertResponse(record: StoredResponse): Promise<void> {
    this.#responsesTable.insert(record);
  }

  async getResponse(accountId: string, id: string): Promise<StoredResponse | null> {
    return this.#responsesTable.get(accountId, id, Date.now());
  }

  async deleteResponse(accountId: string, id: string): Promise<boolean> {
    return this.#responsesTable.delete(accountId, id, Date.now());
  }

  async purgeExpiredResponses(now: number, limit: number): Promise<number> {
    return this.#responsesTable.purge(now, limit);
  }

  // ---------------------------------------------------------------- audit

  get #auditTable(): AuditTable {
    if (!this.#audit) throw new Error('EmbeddedStore used before init() or after close()');
    return this.#audit;
  }

  async insertAudit(record: AuditRecord): Promise<void> {
    this.#auditTable.insert(record);
  }

  async listAudit(query: AuditQuery, page: PageRequest): Promise<Page<AuditRecord>> {
    return this.#auditTable.list(query, page);
  }
}
