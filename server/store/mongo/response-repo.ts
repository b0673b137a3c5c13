import type { Collection } from 'mongodb';
import { StoreConflictError } from '../store.js';
import type { StoredResponse } from '../types.js';
import type { ResponseDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';
import { fromDoc, toDoc } from './docs.js';

/** Stored Responses API responses: one document each, read by (id, account). */
export class ResponseRepo {
  constructor(private readonly coll: Collection<ResponseDoc>) {}

  async insert(record: StoredResponse): Promise<void> {
    try {
      await this.coll.insertOne(toDoc(record));
    } catch (err) {
      if (isDuplicateKey(err)) throw new StoreConflictError(`Response ${record.id} already exists`);
      throw err;
    }
  }

  async get(accountId: string, id: string, now: number): Promise<StoredResponse | null> {
    const doc = await this.coll.findOne({ _id: id, accountId, expiresAt: { $gt: now } });
    return doc ? fromDoc<StoredResponse>(doc) : null;
  }

  async delete(accountId: string, id: string, now: number): Promise<boolean> {
    const r = await this.coll.deleteOne({ _id: id, accountId, expiresAt: { $gt: now } });
    return r.deletedCount > 0;
  }

  async purge(now: number, limit: number): Promise<number> {
    const ids = await this.coll.find({ expiresAt: { $lte: now } }, { projection: { _id: 1 } }).limit(limit).toArray();
    if (ids.length === 0) return 0;
    const r = await this.coll.deleteMany({ _id: { $in: ids.map((d) => d._id) }, expiresAt: { $lte: now } });
    return r.deletedCount;
  }
}
