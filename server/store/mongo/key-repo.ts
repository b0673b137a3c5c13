import type { Collection, Filter } from 'mongodb';
import { encodeCursor } from '../cursor.js';
import { applyKeyPatch } from '../patch.js';
import { StoreConflictError } from '../store.js';
import type { ApiKeyRecord, KeyPatch, Page } from '../types.js';
import type { ApiKeyDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';
import type { Counters } from './counters.js';
import { fromDoc, page, toDoc, withCursor } from './docs.js';

/**
 * API keys. Spend is kept in a counter (`spend:<id>`), exact under concurrency on FerretDB too;
 * the key document keeps the spend it was created with, which is the counter's starting value.
 * Keeping spend out of the key document also means a spend update can never overwrite a
 * concurrent revocation (FerretDB rewrites whole documents on update).
 */
export class KeyRepo {
  constructor(
    private readonly coll: Collection<ApiKeyDoc>,
    private readonly counters: () => Counters,
  ) {}

  async #withSpend(doc: ApiKeyDoc | null): Promise<ApiKeyRecord | null> {
    if (!doc) return null;
    const key = fromDoc<ApiKeyRecord>(doc);
    const spend = await this.counters().get(`spend:${key.id}`);
    if (!spend) return key;
    const { spentPeriodStart: _created, ...rest } = key;
    return spend.period === undefined ? { ...rest, spent: spend.total } : { ...rest, spent: spend.total, spentPeriodStart: spend.period };
  }

  async create(key: ApiKeyRecord): Promise<void> {
    try {
      await this.coll.insertOne(toDoc(key));
    } catch (err) {
      if (isDuplicateKey(err)) throw new StoreConflictError(`API key ${key.id} or its hash already exists`);
      throw err;
    }
  }

  async get(id: string): Promise<ApiKeyRecord | null> {
    return this.#withSpend(await this.coll.findOne({ _id: id }));
  }

  async findByHash(hash: string): Promise<ApiKeyRecord | null> {
    return this.#withSpend(await this.coll.findOne({ hash }));
  }

  async list(filter: { accountId?: string }, cursor: string | undefined, limit: number): Promise<Page<ApiKeyRecord>> {
    const base: Filter<ApiKeyDoc> = filter.accountId !== undefined ? { accountId: filter.accountId } : {};
    const docs = await this.coll.find(withCursor(base, cursor)).sort({ createdAt: 1, _id: 1 }).limit(limit + 1).toArray();
    const items = (await Promise.all(docs.map((d) => this.#withSpend(d)))).filter((k): k is ApiKeyRecord => k !== null);
    return page(items, limit, (k) => encodeCursor([k.createdAt, k.id]));
  }

  async update(id: string, patch: KeyPatch): Promise<ApiKeyRecord | null> {
    const current = await this.coll.findOne({ _id: id });
    if (!current) return null;
    const next = applyKeyPatch(fromDoc<ApiKeyRecord>(current), patch, Date.now());
    const set: Record<string, unknown> = { updatedAt: next.updatedAt };
    const unset: Record<string, ''> = {};
    for (const k of Object.keys(patch)) {
      const v = (next as unknown as Record<string, unknown>)[k];
      if (v === undefined) unset[k] = '';
      else set[k] = v;
    }
    // Only the patched fields are named, so on MongoDB concurrent patches of different fields both land.
    const doc = await this.coll.findOneAndUpdate(
      { _id: id },
      Object.keys(unset).length > 0 ? { $set: set, $unset: unset } : { $set: set },
      { returnDocument: 'after' },
    );
    return this.#withSpend(doc);
  }

  async addSpend(id: string, amount: number, periodStart?: number): Promise<void> {
    const doc = await this.coll.findOne({ _id: id });
    if (!doc) return;
    const base = doc.spentPeriodStart === undefined ? { total: doc.spent } : { total: doc.spent, period: doc.spentPeriodStart };
    await this.counters().add(`spend:${id}`, amount, { base, ...(periodStart !== undefined ? { period: periodStart } : {}) });
  }
}
