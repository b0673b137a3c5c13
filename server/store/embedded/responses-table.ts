import type Database from 'better-sqlite3';
import { StoreConflictError } from '../store.js';
import type { StoredResponse } from '../types.js';
import { compact } from './rows.js';

interface ResponseRow {
  id: string; account_id: string; key_id: string; previous_response_id: string | null;
  input: string; response: string; created_at: number; expires_at: number;
}

function fromRow(r: ResponseRow): StoredResponse {
  return compact({
    id: r.id, accountId: r.account_id, keyId: r.key_id, previousResponseId: r.previous_response_id ?? undefined,
    input: JSON.parse(r.input) as Record<string, unknown>[], response: JSON.parse(r.response) as Record<string, unknown>,
    createdAt: r.created_at, expiresAt: r.expires_at,
  });
}

/** The `responses` table (migration 5): stored Responses API responses. */
export class ResponsesTable {
  readonly #insert: Database.Statement;
  readonly #get: Database.Statement;
  readonly #delete: Database.Statement;
  readonly #purge: Database.Statement;

  constructor(db: Database.Database) {
    this.#insert = db.prepare(`INSERT INTO responses (id, account_id, key_id, previous_response_id, input, response, created_at, expires_at)
      VALUES (@id, @account_id, @key_id, @previous_response_id, @input, @response, @created_at, @expires_at)`);
    this.#get = db.prepare('SELECT * FROM responses WHERE id = ? AND account_id = ? AND expires_at > ?');
    this.#delete = db.prepare('DELETE FROM responses WHERE id = ? AND account_id = ? AND expires_at > ?');
    this.#purge = db.prepare('DELETE FROM responses WHERE id IN (SELECT id FROM responses WHERE expires_at <= ? LIMIT ?)');
  }

  insert(r: StoredResponse): void {
    try {
      this.#insert.run({
        id: r.id, account_id: r.accountId, key_id: r.keyId, previous_response_id: r.previousResponseId ?? null,
        input: JSON.stringify(r.input), response: JSON.stringify(r.response), created_at: r.createdAt, expires_at: r.expiresAt,
      });
    } catch (err) {
      if (err instanceof Error && 'code' in err && String(err.code).startsWith('SQLITE_CONSTRAINT')) throw new StoreConflictError(`Response ${r.id} already exists`);
      throw err;
    }
  }

  get(accountId: string, id: string, now: number): StoredResponse | null {
    const row = this.#get.get(id, accountId, now) as ResponseRow | undefined;
    return row ? fromRow(row) : null;
  }

  delete(accountId: string, id: string, now: number): boolean {
    return this.#delete.run(id, accountId, now).changes > 0;
  }

  purge(now: number, limit: number): number {
    return this.#purge.run(now, limit).changes;
  }
}
