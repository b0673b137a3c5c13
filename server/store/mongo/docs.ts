import type { Filter } from 'mongodb';
import { decodeCursor } from '../cursor.js';
import type { LedgerEntry, Page, UsageRecord } from '../types.js';
import type { LedgerDoc, UsageDoc } from './collections.js';

/** Conversions between records (`id`) and documents (`_id`), and paging helpers. */

export type Keyed<T> = Omit<T, 'id'> & { _id: string };

export function fromDoc<T extends { id: string }>(doc: Keyed<T>): T {
  const { _id, ...rest } = doc;
  return { id: _id, ...rest } as unknown as T;
}

export function toDoc<T extends { id: string }>(record: T): Keyed<T> {
  const { id, ...rest } = record;
  return { _id: id, ...rest };
}

export function usageFromDoc(doc: UsageDoc): UsageRecord {
  const { _id, leaseId, ...rest } = doc;
  return { requestId: _id, ...rest };
}

export function ledgerFromDoc(doc: LedgerDoc): LedgerEntry {
  const { _id, seq, key, w, hold, lease, ...entry } = doc;
  return entry;
}

/** Documents strictly after a `(createdAt, _id)` cursor position. */
export function after(cursor: string | undefined): Filter<{ createdAt: number; _id: string }> {
  if (!cursor) return {};
  const [at, id] = decodeCursor(cursor, ['number', 'string'] as const);
  return { $or: [{ createdAt: { $gt: at } }, { createdAt: at, _id: { $gt: id } }] };
}

/** Combines a filter with a cursor condition (both may use `$or`, hence `$and`). */
export function withCursor<T>(filter: Filter<T>, cursor: string | undefined): Filter<T> {
  const c = after(cursor) as Filter<T>;
  return Object.keys(c).length > 0 ? ({ $and: [filter, c] } as Filter<T>) : filter;
}

/** Cuts a `limit + 1` fetch to a page, with a cursor when there is more. */
export function page<T>(items: T[], limit: number, cursorOf: (last: T) => string): Page<T> {
  if (items.length <= limit) return { items };
  const kept = items.slice(0, limit);
  const last = kept[kept.length - 1];
  return last === undefined ? { items: kept } : { items: kept, nextCursor: cursorOf(last) };
}
