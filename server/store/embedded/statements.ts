import type Database from 'better-sqlite3';

const API_KEY_COLUMNS = [
  'id', 'hash', 'prefix', 'account_id', 'name', 'status', 'expires_at', 'allowed_models', 'spend_limit', 'spend_period',
  'spent', 'spent_period_start', 'rate_limits', 'allow_channel_pinning', 'replaced_by', 'created_at', 'updated_at',
];
const MODEL_COLUMNS = [
  'id', 'display_name', 'kind', 'owned_by', 'supported_protocols', 'capabilities', 'context_window', 'max_output_tokens',
  'dimensions', 'pricing', 'channels', 'fallbacks', 'aliases', 'created_at', 'updated_at',
];
const CHANNEL_COLUMNS = [
  'id', 'name', 'provider', 'base_url', 'credential_env', 'credential_encrypted', 'weight', 'priority', 'status',
  'quirks', 'options', 'created_at', 'updated_at',
];
const USAGE_COLUMNS = [
  'request_id', 'account_id', 'key_id', 'model', 'channel_id', 'protocol', 'endpoint', 'status', 'http_status',
  'uncached_input', 'cache_read', 'cache_write', 'output', 'reasoning', 'images', 'seconds', 'source', 'pricing',
  'cost', 'latency_ms', 'ttft_ms', 'overhead_ms', 'error_code', 'created_at',
];
const TASK_COLUMNS = [
  'id', 'account_id', 'key_id', 'model', 'kind', 'status', 'input', 'parameters', 'idempotency_key', 'callback_url',
  'channel_id', 'upstream_task_id', 'result', 'error', 'hold_request_id', 'lease_owner', 'lease_until', 'next_poll_at',
  'attempts', 'created_at', 'updated_at', 'meta',
];

const insertSql = (table: string, cols: string[]): string =>
  `INSERT INTO ${table} (${cols.join(', ')}) VALUES (${cols.map((c) => `@${c}`).join(', ')})`;
const upsertSql = (table: string, cols: string[]): string =>
  `${insertSql(table, cols)} ON CONFLICT (id) DO UPDATE SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = excluded.${c}`).join(', ')}`;
const replaceSql = (table: string, cols: string[]): string =>
  `UPDATE ${table} SET ${cols.filter((c) => c !== 'id').map((c) => `${c} = @${c}`).join(', ')} WHERE id = @id`;

/** Every fixed statement, prepared once when the store opens. */
export function prepareStatements(db: Database.Database) {
  const p = (sql: string): Database.Statement => db.prepare(sql);
  return {
    getAccount: p('SELECT * FROM accounts WHERE id = ?'),
    insertAccount: p('INSERT INTO accounts (id, name, balance, credit_limit, created_at, updated_at) VALUES (@id, @name, 0, @credit_limit, @created_at, @updated_at)'),
    pageAccounts: p('SELECT * FROM accounts WHERE created_at > @at OR (created_at = @at AND id > @id) ORDER BY created_at, id LIMIT @limit'),
    updateAccount: p('UPDATE accounts SET name = COALESCE(@name, name), credit_limit = COALESCE(@credit_limit, credit_limit), updated_at = @updated_at WHERE id = @id'),
    setBalance: p('UPDATE accounts SET balance = @balance, updated_at = @updated_at WHERE id = @id'),
    holdsOfAccount: p('SELECT * FROM holds WHERE account_id = ? ORDER BY created_at, request_id'),
    getHold: p('SELECT * FROM holds WHERE request_id = ? AND account_id = ?'),
    insertHold: p('INSERT INTO holds (request_id, account_id, amount, key_id, created_at) VALUES (@request_id, @account_id, @amount, @key_id, @created_at)'),
    deleteHold: p('DELETE FROM holds WHERE request_id = ?'),
    setHoldAmount: p('UPDATE holds SET amount = ? WHERE request_id = ?'),
    staleHolds: p('SELECT * FROM holds WHERE created_at < ? ORDER BY created_at, request_id LIMIT ?'),
    ledgerKeyExists: p('SELECT 1 AS found FROM ledger WHERE key = ?'),
    ledgerKindByKey: p('SELECT kind FROM ledger WHERE key = ?'),
    /** Whether a request was settled, on time or late (its close or its late key). */
    settledKeyExists: p('SELECT 1 AS found FROM ledger WHERE key IN (?, ?) LIMIT 1'),
    insertLedger: p('INSERT INTO ledger (id, key, account_id, kind, amount, balance_after, request_id, cost, reason, created_at) VALUES (@id, @key, @account_id, @kind, @amount, @balance_after, @request_id, @cost, @reason, @created_at)'),
    pageLedger: p('SELECT * FROM ledger WHERE account_id = ? AND seq > ? ORDER BY seq LIMIT ?'),
    sumLedger: p('SELECT COALESCE(SUM(amount), 0) AS total FROM ledger WHERE account_id = ?'),

    insertApiKey: p(insertSql('api_keys', API_KEY_COLUMNS)),
    replaceApiKey: p(replaceSql('api_keys', API_KEY_COLUMNS)),
    getApiKey: p('SELECT * FROM api_keys WHERE id = ?'),
    getApiKeyByHash: p('SELECT * FROM api_keys WHERE hash = ?'),
    setKeySpend: p('UPDATE api_keys SET spent = @spent, spent_period_start = @spent_period_start WHERE id = @id'),

    upsertModel: p(upsertSql('models', MODEL_COLUMNS)),
    getModel: p('SELECT * FROM models WHERE id = ?'),
    listModels: p('SELECT * FROM models ORDER BY id'),
    deleteModel: p('DELETE FROM models WHERE id = ?'),
    upsertChannel: p(upsertSql('channels', CHANNEL_COLUMNS)),
    getChannel: p('SELECT * FROM channels WHERE id = ?'),
    listChannels: p('SELECT * FROM channels ORDER BY id'),
    deleteChannel: p('DELETE FROM channels WHERE id = ?'),
    bumpCounter: p('INSERT INTO meta (key, value) VALUES (?, 1) ON CONFLICT (key) DO UPDATE SET value = value + 1 RETURNING value'),
    getCounter: p('SELECT value FROM meta WHERE key = ?'),

    insertUsage: p(`${insertSql('usage', USAGE_COLUMNS)} ON CONFLICT (request_id) DO NOTHING`),
    getUsage: p('SELECT * FROM usage WHERE request_id = ?'),

    incrementWindow: p('INSERT INTO rate_windows (key, window_start, total) VALUES (@key, @window_start, @amount) ON CONFLICT (key, window_start) DO UPDATE SET total = total + excluded.total RETURNING total'),
    sweepWindows: p('DELETE FROM rate_windows WHERE window_start < ?'),

    insertTask: p(insertSql('tasks', TASK_COLUMNS)),
    replaceTask: p(replaceSql('tasks', TASK_COLUMNS)),
    getTask: p('SELECT * FROM tasks WHERE id = ?'),
    getTaskByIdempotency: p('SELECT * FROM tasks WHERE account_id = ? AND idempotency_key = ?'),
    // NULL next_poll_at sorts first and counts as due, matching the Mongo store.
    nextClaimable: p(`SELECT * FROM tasks WHERE status IN ('queued', 'running')
      AND (next_poll_at IS NULL OR next_poll_at <= @now) AND (lease_until IS NULL OR lease_until < @now)
      ORDER BY next_poll_at, created_at, id LIMIT 1`),
  };
}

export type Statements = ReturnType<typeof prepareStatements>;
