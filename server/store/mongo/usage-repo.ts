import type { Collection, Filter } from 'mongodb';
import { encodeCursor } from '../cursor.js';
import { UsageSummarizer } from '../summarize.js';
import { UsageSeriesBuilder, type UsageSeriesQuery, type UsageSeriesRow } from '../usage-series.js';
import type { Page, UsageQuery, UsageRecord, UsageSummaryRow } from '../types.js';
import type { UsageDoc } from './collections.js';
import { onlyDuplicateKeys } from './connection.js';
import { page, usageFromDoc, withCursor } from './docs.js';

/** Usage records, `_id` = request id: a repeated insert is a duplicate key, which we skip. */
export class UsageRepo {
  constructor(private readonly coll: Collection<UsageDoc>) {}

  async insert(records: Array<UsageRecord & { leaseId?: string }>): Promise<void> {
    if (records.length === 0) return;
    const docs: UsageDoc[] = records.map(({ requestId, ...rest }) => ({ _id: requestId, ...rest }));
    try {
      await this.coll.insertMany(docs, { ordered: false });
    } catch (err) {
      if (!onlyDuplicateKeys(err)) throw err;
    }
  }

  /** Records charged (or to be charged) from lease `leaseId`, created since `from`. */
  async ofLease(accountId: string, leaseId: string, from: number): Promise<UsageRecord[]> {
    const docs = await this.coll.find({ accountId, createdAt: { $gte: from }, leaseId }).toArray();
    return docs.map(usageFromDoc);
  }

  async get(requestId: string): Promise<UsageRecord | null> {
    const doc = await this.coll.findOne({ _id: requestId });
    return doc ? usageFromDoc(doc) : null;
  }

  #filter(q: UsageQuery): Filter<UsageDoc> {
    const f: Filter<UsageDoc> = {};
    if (q.accountId !== undefined) f.accountId = q.accountId;
    if (q.keyId !== undefined) f.keyId = q.keyId;
    if (q.model !== undefined) f.model = q.model;
    if (q.from !== undefined || q.to !== undefined) {
      f.createdAt = { ...(q.from !== undefined ? { $gte: q.from } : {}), ...(q.to !== undefined ? { $lt: q.to } : {}) };
    }
    return f;
  }

  async query(query: UsageQuery, cursor: string | undefined, limit: number): Promise<Page<UsageRecord>> {
    const docs = await this.coll.find(withCursor(this.#filter(query), cursor)).sort({ createdAt: 1, _id: 1 }).limit(limit + 1).toArray();
    return page(docs.map(usageFromDoc), limit, (u) => encodeCursor([u.createdAt, u.requestId]));
  }

  /** Folded in code over a projected cursor, like summarize (usage-series.ts). */
  async series(q: UsageSeriesQuery): Promise<UsageSeriesRow[]> {
    const series = new UsageSeriesBuilder(q);
    const projection = { createdAt: 1, model: 1, channelId: 1, keyId: 1, accountId: 1, httpStatus: 1, uncachedInput: 1, cacheRead: 1, cacheWrite: 1, output: 1, reasoning: 1, cost: 1, latencyMs: 1 };
    for await (const d of this.coll.find(this.#filter(q), { projection })) series.add(d);
    return series.rows();
  }

  /** Summed in code over a projected cursor: FerretDB v1 lacks the date operators a `$group` by day needs. */
  async summarize(query: UsageQuery): Promise<UsageSummaryRow[]> {
    const sum = new UsageSummarizer();
    const projection = { createdAt: 1, model: 1, uncachedInput: 1, cacheRead: 1, cacheWrite: 1, output: 1, reasoning: 1, cost: 1 };
    for await (const d of this.coll.find(this.#filter(query), { projection })) sum.add(d);
    return sum.rows();
  }
}
