import Database from 'better-sqlite3';
import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname } from 'node:path';
import { StoreOpenError } from '../store.js';

/**
 * Versioned schema. Migration i (0-based) takes the file from user_version i to i + 1 and runs
 * in its own transaction. Append new migrations; never edit a released one.
 */
export const MIGRATIONS: readonly string[] = [
  `
  CREATE TABLE accounts (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    balance INTEGER NOT NULL DEFAULT 0,
    credit_limit INTEGER NOT NULL DEFAULT 0,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX accounts_page ON accounts (created_at, id);

  CREATE TABLE holds (
    request_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    amount INTEGER NOT NULL,
    key_id TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX holds_account ON holds (account_id);
  CREATE INDEX holds_age ON holds (created_at, request_id);

  CREATE TABLE ledger (
    seq INTEGER PRIMARY KEY AUTOINCREMENT,
    id TEXT NOT NULL,
    key TEXT NOT NULL UNIQUE,
    account_id TEXT NOT NULL REFERENCES accounts (id),
    kind TEXT NOT NULL,
    amount INTEGER NOT NULL,
    balance_after INTEGER NOT NULL,
    request_id TEXT,
    cost INTEGER,
    reason TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX ledger_account ON ledger (account_id, seq);

  CREATE TABLE api_keys (
    id TEXT PRIMARY KEY,
    hash TEXT NOT NULL UNIQUE,
    prefix TEXT NOT NULL,
    account_id TEXT NOT NULL,
    name TEXT NOT NULL,
    status TEXT NOT NULL,
    expires_at INTEGER,
    allowed_models TEXT,
    spend_limit INTEGER,
    spend_period TEXT,
    spent INTEGER NOT NULL DEFAULT 0,
    spent_period_start INTEGER,
    rate_limits TEXT,
    allow_channel_pinning INTEGER,
    replaced_by TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE INDEX api_keys_account ON api_keys (account_id, created_at, id);
  CREATE INDEX api_keys_page ON api_keys (created_at, id);

  CREATE TABLE models (
    id TEXT PRIMARY KEY,
    display_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    owned_by TEXT NOT NULL,
    supported_protocols TEXT NOT NULL,
    capabilities TEXT NOT NULL,
    context_window INTEGER,
    max_output_tokens INTEGER,
    dimensions INTEGER,
    pricing TEXT NOT NULL,
    channels TEXT NOT NULL,
    fallbacks TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE channels (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    provider TEXT NOT NULL,
    base_url TEXT,
    credential_env TEXT,
    credential_encrypted TEXT,
    weight REAL NOT NULL,
    priority INTEGER NOT NULL,
    status TEXT NOT NULL,
    quirks TEXT,
    options TEXT,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );

  CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value INTEGER NOT NULL
  );

  CREATE TABLE usage (
    request_id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    model TEXT NOT NULL,
    channel_id TEXT,
    protocol TEXT NOT NULL,
    endpoint TEXT NOT NULL,
    status TEXT NOT NULL,
    http_status INTEGER NOT NULL,
    uncached_input INTEGER,
    cache_read INTEGER,
    cache_write INTEGER,
    output INTEGER,
    reasoning INTEGER,
    images INTEGER,
    seconds REAL,
    source TEXT NOT NULL,
    pricing TEXT NOT NULL,
    cost INTEGER NOT NULL,
    latency_ms REAL NOT NULL,
    ttft_ms REAL,
    overhead_ms REAL NOT NULL,
    error_code TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX usage_account ON usage (account_id, created_at, request_id);
  CREATE INDEX usage_time ON usage (created_at, request_id);

  CREATE TABLE rate_windows (
    key TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    total INTEGER NOT NULL,
    PRIMARY KEY (key, window_start)
  ) WITHOUT ROWID;
  CREATE INDEX rate_windows_age ON rate_windows (window_start);

  CREATE TABLE tasks (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    model TEXT NOT NULL,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    input TEXT NOT NULL,
    parameters TEXT NOT NULL,
    idempotency_key TEXT,
    callback_url TEXT,
    channel_id TEXT,
    upstream_task_id TEXT,
    result TEXT,
    error TEXT,
    hold_request_id TEXT,
    lease_owner TEXT,
    lease_until INTEGER,
    next_poll_at INTEGER,
    attempts INTEGER NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
  );
  CREATE UNIQUE INDEX tasks_idempotency ON tasks (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL;
  CREATE INDEX tasks_due ON tasks (status, next_poll_at);
  CREATE INDEX tasks_account ON tasks (account_id, created_at, id);
  `,
  // 2: the admin audit log.
  `
  CREATE TABLE audit (
    id TEXT PRIMARY KEY,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    request_id TEXT,
    detail TEXT,
    created_at INTEGER NOT NULL
  );
  CREATE INDEX audit_time ON audit (created_at, id);
  CREATE INDEX audit_target ON audit (target_type, target_id, created_at, id);
  `,
  // 3: the task runner's own bookkeeping (server/tasks/task-meta.ts), JSON.
  `
  ALTER TABLE tasks ADD COLUMN meta TEXT;
  `,
  // 4: model aliases and name patterns (JSON array).
  `
  ALTER TABLE models ADD COLUMN aliases TEXT;
  `,
  // 5: stored Responses API responses (JSON), per account, with an expiry.
  `
  CREATE TABLE responses (
    id TEXT PRIMARY KEY,
    account_id TEXT NOT NULL,
    key_id TEXT NOT NULL,
    previous_response_id TEXT,
    input TEXT NOT NULL,
    response TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
  );
  CREATE INDEX responses_expiry ON responses (expires_at);
  `,
];

const SQLITE_HEADER = Buffer.from('SQLite format 3\u0000', 'latin1');

type SchemaShape = Map<string, Set<string>>;

/** Tables and columns a file at `version` must have, found by applying the migrations to an empty in-memory database. */
function expectedShape(version: number): SchemaShape {
  const mem = new Database(':memory:');
  try {
    for (const sql of MIGRATIONS.slice(0, version)) mem.exec(sql);
    return readShape(mem);
  } finally {
    mem.close();
  }
}

function readShape(db: Database.Database): SchemaShape {
  const shape: SchemaShape = new Map();
  const tables = db
    .prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`)
    .all() as { name: string }[];
  for (const { name } of tables) {
    const cols = db.prepare(`SELECT name FROM pragma_table_info(?)`).all(name) as { name: string }[];
    shape.set(name, new Set(cols.map((c) => c.name)));
  }
  return shape;
}

function describeMissing(expected: SchemaShape, actual: SchemaShape): string | undefined {
  for (const [table, cols] of expected) {
    const have = actual.get(table);
    if (!have) return `table ${table} is missing`;
    for (const col of cols) if (!have.has(col)) return `column ${table}.${col} is missing`;
  }
  return undefined;
}

function readHeader(file: string): Buffer {
  const fd = openSync(file, 'r');
  try {
    const buf = Buffer.alloc(SQLITE_HEADER.length);
    const n = readSync(fd, buf, 0, buf.length, 0);
    return buf.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}

/**
 * Checks an existing file without writing to it: a SQLite database, a schema version this code
 * knows, and the tables that version implies. Any doubt means refusing to open, never repairing.
 */
function inspectExisting(file: string): void {
  if (statSync(file).size === 0) return; // SQLite treats an empty file as an empty database
  const header = readHeader(file);
  if (!header.equals(SQLITE_HEADER)) {
    throw new StoreOpenError(`Refusing to open ${file}: it is not a SQLite database. Move it away or point the data directory elsewhere.`);
  }
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const version = db.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('unreadable user_version');
    if (version > MIGRATIONS.length) {
      throw new StoreOpenError(
        `Refusing to open ${file}: its schema version ${version} is newer than this NexusFlow knows (${MIGRATIONS.length}). Upgrade NexusFlow or restore a matching backup.`,
      );
    }
    const missing = describeMissing(expectedShape(version), readShape(db));
    if (missing) {
      throw new StoreOpenError(`Refusing to open ${file}: schema version ${version} but ${missing}; the file is damaged or not a NexusFlow database.`);
    }
  } catch (err) {
    if (err instanceof StoreOpenError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreOpenError(`Refusing to open ${file}: cannot read it as a SQLite database (${reason}).`, { cause: err });
  } finally {
    db?.close();
  }
}

/** Opens (creating if needed) and migrates the database file; throws StoreOpenError when the file must not be touched. */
export function openDatabase(file: string): Database.Database {
  mkdirSync(dirname(file), { recursive: true });
  if (existsSync(file)) inspectExisting(file);
  let db: Database.Database;
  try {
    db = new Database(file);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreOpenError(`Cannot open ${file}: ${reason}`, { cause: err });
  }
  try {
    db.pragma('busy_timeout = 5000');
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    migrate(db, file);
    return db;
  } catch (err) {
    db.close();
    if (err instanceof StoreOpenError) throw err;
    const reason = err instanceof Error ? err.message : String(err);
    throw new StoreOpenError(`Cannot open ${file}: ${reason}`, { cause: err });
  }
}

function migrate(db: Database.Database, file: string): void {
  // Re-read inside a write transaction so two processes starting together migrate once.
  for (;;) {
    const step = db.transaction((): boolean => {
      const version = db.pragma('user_version', { simple: true });
      if (typeof version !== 'number' || version > MIGRATIONS.length) {
        throw new StoreOpenError(`Refusing to open ${file}: unexpected schema version ${String(version)}.`);
      }
      const sql = MIGRATIONS[version];
      if (sql === undefined) return false;
      db.exec(sql);
      db.pragma(`user_version = ${version + 1}`);
      return true;
    });
    if (!step.immediate()) return;
  }
}
