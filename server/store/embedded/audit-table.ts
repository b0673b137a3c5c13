import type Database from 'better-sqlite3';
import { decodeCursor, encodeCursor, pageLimit } from '../cursor.js';
import { StoreConflictError } from '../store.js';
import type { AuditQuery, AuditRecord, Page, PageRequest } from '../types.js';
import { compact } from './rows.js';

interface AuditRow {
  id: string; actor: string; action: string; target_type: string; target_id: string;
  request_id: string | null; detail: string | null; created_at: number;
}

function fromRow(r: AuditRow): AuditRecord {
  return compact({
    id: r.id, actor: r.actor, action: r.action, targetType: r.target_type, targetId: r.target_id,
    requestId: r.request_id ?? undefined, detail: r.detail === null ? undefined : (JSON.parse(r.detail) as Record<string, unknown>),
    createdAt: r.created_at,
  });
}

const FILTERS: readonly [keyof AuditQuery, string][] = [
  ['targetType', 'target_type'], ['targetId', 'target_id'], ['actor', 'actor'], ['action', 'action'],
];

/** The `audit` table (migration 2): append-only, read newest first. */
export class AuditTable {
  readonly #insert: Database.Statement;
  readonly #pages = new Map<string, Database.Statement>();

  constructor(private readonly db: Database.Database) {
    this.#insert = db.prepare(`INSERT INTO audit (id, actor, action, target_type, target_id, request_id, detail, created_at)
      VALUES (@id, @actor, @action, @target_type, @target_id, @request_id, @detail, @created_at)`);
  }

  insert(r: AuditRecord): void {
    try {
      this.#insert.run({
        id: r.id, actor: r.actor, action: r.action, target_type: r.targetType, target_id: r.targetId,
        request_id: r.requestId ?? null, detail: r.detail === undefined ? null : JSON.stringify(r.detail), created_at: r.createdAt,
      });
    } catch (err) {
      if (err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_CONSTRAINT')) throw new StoreConflictError(`Audit record ${r.id} already exists`);
      throw err;
    }
  }

  list(query: AuditQuery, page: PageRequest): Page<AuditRecord> {
    const limit = pageLimit(page.limit);
    const where: string[] = [];
    const params: Record<string, string | number> = { limit: limit + 1 };
    for (const [field, column] of FILTERS) {
      const value = query[field];
      if (value !== undefined) {
        where.push(`${column} = @${field}`);
        params[field] = value;
      }
    }
    if (page.cursor) {
      const [at, id] = decodeCursor(page.cursor, ['number', 'string'] as const);
      where.push('(created_at < @at OR (created_at = @at AND id < @id))');
      Object.assign(params, { at, id });
    }
    const sql = `SELECT * FROM audit ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at DESC, id DESC LIMIT @limit`;
    let st = this.#pages.get(sql);
    if (!st) {
      st = this.db.prepare(sql);
      this.#pages.set(sql, st);
    }
    const rows = st.all(params) as AuditRow[];
    const items = rows.slice(0, limit).map(fromRow);
    const last = rows.length > limit ? items[items.length - 1] : undefined;
    return last ? { items, nextCursor: encodeCursor([last.createdAt, last.id]) } : { items };
  }
}
