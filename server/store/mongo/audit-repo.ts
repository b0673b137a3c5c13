import type { Collection, Filter } from 'mongodb';
import { decodeCursor, encodeCursor } from '../cursor.js';
import { StoreConflictError } from '../store.js';
import type { AuditQuery, AuditRecord, Page } from '../types.js';
import type { AuditDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';
import { fromDoc, page, toDoc } from './docs.js';

/** The admin audit log: insert-only (atomic on FerretDB too), read newest first. */
export class AuditRepo {
  constructor(private readonly coll: Collection<AuditDoc>) {}

  async insert(record: AuditRecord): Promise<void> {
    try {
      await this.coll.insertOne(toDoc(record));
    } catch (err) {
      if (isDuplicateKey(err)) throw new StoreConflictError(`Audit record ${record.id} already exists`);
      throw err;
    }
  }

  async list(query: AuditQuery, cursor: string | undefined, limit: number): Promise<Page<AuditRecord>> {
    const filter: Filter<AuditDoc> = {};
    if (query.targetType !== undefined) filter.targetType = query.targetType;
    if (query.targetId !== undefined) filter.targetId = query.targetId;
    if (query.actor !== undefined) filter.actor = query.actor;
    if (query.action !== undefined) filter.action = query.action;
    let full: Filter<AuditDoc> = filter;
    if (cursor) {
      const [at, id] = decodeCursor(cursor, ['number', 'string'] as const);
      const before: Filter<AuditDoc> = { $or: [{ createdAt: { $lt: at } }, { createdAt: at, _id: { $lt: id } }] };
      full = Object.keys(filter).length > 0 ? { $and: [filter, before] } : before;
    }
    const docs = await this.coll.find(full).sort({ createdAt: -1, _id: -1 }).limit(limit + 1).toArray();
    return page(docs.map((d) => fromDoc<AuditRecord>(d)), limit, (a) => encodeCursor([a.createdAt, a.id]));
  }
}
