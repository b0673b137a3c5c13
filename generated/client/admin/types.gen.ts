// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.

export type ClientOptions = {
    baseUrl: `${string}://${string}` | (string & {});
};

export type ErrorResponse = {
    error: {
        message: string;
        type: string;
        param: string | null;
        code: string | null;
    };
};

export type AccountList = {
    object: 'list';
    data: Array<Account>;
    next_cursor: string | null;
};

export type Account = {
    object: 'account';
    id: string;
    name: string;
    /**
     * Spendable balance in micro-credits, open holds already deducted; negative within the credit limit.
     */
    balance: number;
    /**
     * How far below zero the balance may go, micro-credits.
     */
    credit_limit: number;
    /**
     * Micro-credits reserved by requests in flight.
     */
    held: number;
    created_at: string;
    updated_at: string;
};

export type CreateAccountRequest = {
    /**
     * Chosen by the caller (a repeated id answers 409); generated when absent.
     */
    id?: string;
    name: string;
    credit_limit?: number;
};

export type UpdateAccountRequest = {
    name?: string;
    credit_limit?: number;
};

export type TopUpRequest = {
    /**
     * Micro-credits to add.
     */
    amount: number;
    /**
     * Why: kept on the ledger entry.
     */
    reason: string;
    /**
     * A repeated key adds nothing and answers the account as it is.
     */
    idempotency_key?: string;
};

export type LedgerPage = {
    object: 'list';
    data: Array<LedgerEntry>;
    next_cursor: string | null;
};

export type LedgerEntry = {
    object: 'ledger_entry';
    id: string;
    kind: 'topup' | 'hold' | 'settle' | 'release' | 'refund' | 'adjustment';
    /**
     * Signed change of the balance, micro-credits.
     */
    amount: number;
    balance_after: number;
    request_id: string | null;
    /**
     * For settle entries: the cost charged.
     */
    cost: number | null;
    reason: string | null;
    created_at: string;
};

export type ApiKeyList = {
    object: 'list';
    data: Array<ApiKey>;
    next_cursor: string | null;
};

export type ApiKey = {
    object: 'api_key';
    id: string;
    /**
     * The first characters of the secret, for recognising it (`sk-air-AbC1`).
     */
    prefix: string;
    account_id: string;
    name: string;
    status: 'active' | 'revoked';
    expires_at: string | null;
    /**
     * null: every model.
     */
    allowed_models: Array<string> | null;
    spend_limit: number | null;
    spend_period: 'day' | 'month' | 'total' | null;
    /**
     * Micro-credits spent in the current period.
     */
    spent: number;
    rate_limits: {
        requests_per_minute: number | null;
        tokens_per_minute: number | null;
    };
    /**
     * After a rotation: the new key. This one works until `expires_at`.
     */
    replaced_by: string | null;
    created_at: string;
    updated_at: string;
};

export type ApiKeyWithSecret = ApiKey & {
    /**
     * The plaintext key. Shown only in this response: store it now.
     */
    secret: string;
};

export type CreateKeyRequest = {
    /**
     * Chosen by the caller (a repeated id answers 409, which makes retries safe); generated when absent.
     */
    id?: string;
    account_id: string;
    name: string;
    expires_at?: string;
    allowed_models?: Array<string>;
    spend_limit?: number;
    /**
     * Period of `spend_limit` (default total).
     */
    spend_period?: 'day' | 'month' | 'total';
    rate_limits?: RateLimits;
};

export type RateLimits = {
    requests_per_minute?: number | null;
    tokens_per_minute?: number | null;
};

export type UpdateKeyRequest = {
    name?: string;
    /**
     * null: never expires.
     */
    expires_at?: string | null;
    /**
     * null: every model.
     */
    allowed_models?: Array<string> | null;
    /**
     * null: unlimited.
     */
    spend_limit?: number | null;
    spend_period?: 'day' | 'month' | 'total' | null;
    /**
     * Each limit given replaces the current one; null clears it (null for the object clears both).
     */
    rate_limits?: {
        requests_per_minute?: number | null;
        tokens_per_minute?: number | null;
    } | null;
};

export type RotateKeyRequest = {
    /**
     * How long the old secret keeps working (default 86400, one day; 0 stops it at once).
     */
    grace_period_seconds?: number;
};

export type ChannelList = {
    object: 'list';
    data: Array<Channel>;
    next_cursor: string | null;
};

export type Channel = {
    object: 'channel';
    id: string;
    name: string;
    provider: 'simulator' | 'openai-compatible' | 'openai-responses' | 'anthropic' | 'gemini' | 'dashscope';
    base_url: string | null;
    weight: number;
    priority: number;
    status: 'enabled' | 'disabled';
    credential: {
        /**
         * Where the credential comes from; its value is never returned.
         */
        source: 'stored' | 'env' | 'none';
        /**
         * The environment variable named, for `env`.
         */
        env: string | null;
    };
    /**
     * `missing_credential`: the provider needs a credential and none can be read (unset variable, or a stored one this process cannot decrypt).
     */
    health: 'ok' | 'disabled' | 'missing_credential';
    /**
     * Circuit breakers as the answering gateway process sees them (each process keeps its own).
     */
    circuit: {
        /**
         * The worst state among the channel's routes.
         */
        state: 'closed' | 'open' | 'half_open';
        /**
         * Routes that failed since they were last healthy; a healthy channel has none.
         */
        routes: Array<{
            upstream_model: string;
            state: 'closed' | 'open' | 'half_open';
            consecutive_failures: number;
            /**
             * When an open circuit lets a trial request through.
             */
            open_until: string | null;
            /**
             * The upstream asked for no requests before this time (`retry-after`).
             */
            retry_after_until: string | null;
        }>;
    };
    quirks: {
        [key: string]: unknown;
    } | null;
    options: {
        [key: string]: unknown;
    } | null;
    created_at: string;
    updated_at: string;
};

export type CreateChannelRequest = {
    id: string;
    name?: string;
    provider: 'simulator' | 'openai-compatible' | 'openai-responses' | 'anthropic' | 'gemini' | 'dashscope';
    base_url?: string;
    /**
     * Write-only: stored encrypted, never returned or logged.
     */
    credential?: string;
    /**
     * Name of the environment variable holding the credential (instead of `credential`).
     */
    credential_env?: string;
    weight?: number;
    priority?: number;
    status?: 'enabled' | 'disabled';
    quirks?: {
        [key: string]: unknown;
    };
    options?: {
        [key: string]: unknown;
    };
};

export type UpdateChannelRequest = {
    name?: string;
    base_url?: string | null;
    /**
     * Write-only. null removes the stored credential.
     */
    credential?: string | null;
    credential_env?: string | null;
    weight?: number;
    priority?: number;
    status?: 'enabled' | 'disabled';
    quirks?: {
        [key: string]: unknown;
    } | null;
    options?: {
        [key: string]: unknown;
    } | null;
};

export type ChannelTestResult = {
    object: 'channel_test';
    channel_id: string;
    /**
     * The model tested (null: none is routed to the channel).
     */
    model: string | null;
    upstream_model: string | null;
    ok: boolean;
    latency_ms: number;
    /**
     * The start of the answer, when there was one.
     */
    output: string | null;
    error: {
        code: string;
        message: string;
    } | null;
};

export type ChannelTestRequest = {
    /**
     * A model routed to this channel (default: the first one).
     */
    model?: string;
};

export type AdminModelList = {
    object: 'list';
    data: Array<AdminModel>;
    next_cursor: string | null;
};

export type AdminModel = {
    object: 'model';
    id: string;
    display_name: string;
    kind: 'chat' | 'embedding' | 'image' | 'video';
    owned_by: string;
    supported_protocols: Array<'openai:chat-completions' | 'openai:responses' | 'openai:embeddings' | 'openai:image-generations' | 'anthropic:messages' | 'gemini:generate-content' | 'gemini:embed-content' | 'nexusflow:tasks'>;
    capabilities: {
        tools: boolean;
        vision: boolean;
        thinking: boolean;
        json_output: boolean;
    };
    context_window: number | null;
    max_output_tokens: number | null;
    dimensions: number | null;
    pricing: Pricing;
    channels: Array<ChannelBinding>;
    fallbacks: Array<string>;
    /**
     * Other names (exact, or `*` glob patterns) that route to this model; `*` alone makes it the default for its protocols.
     */
    aliases: Array<string>;
    created_at: string;
    updated_at: string;
};

/**
 * Micro-credits; token prices per million tokens.
 */
export type Pricing = {
    input_per_million?: number;
    cached_input_per_million?: number;
    cache_write_per_million?: number;
    output_per_million?: number;
    reasoning_per_million?: number;
    per_image?: {
        [key: string]: number;
    };
    per_video_second?: number;
    embedding_per_million?: number;
};

export type ChannelBinding = {
    channel: string;
    /**
     * The model id at the upstream, when it differs.
     */
    upstream_model?: string;
};

export type CreateModelRequest = {
    id: string;
    display_name?: string;
    kind?: 'chat' | 'embedding' | 'image' | 'video';
    owned_by?: string;
    supported_protocols: Array<'openai:chat-completions' | 'openai:responses' | 'openai:embeddings' | 'openai:image-generations' | 'anthropic:messages' | 'gemini:generate-content' | 'gemini:embed-content' | 'nexusflow:tasks'>;
    capabilities?: Capabilities;
    context_window?: number;
    max_output_tokens?: number;
    dimensions?: number;
    pricing?: Pricing;
    channels: Array<ChannelBinding>;
    fallbacks?: Array<string>;
    aliases?: Array<string>;
};

export type Capabilities = {
    tools?: boolean;
    vision?: boolean;
    thinking?: boolean;
    json_output?: boolean;
};

export type UpdateModelRequest = {
    display_name?: string;
    kind?: 'chat' | 'embedding' | 'image' | 'video';
    owned_by?: string;
    supported_protocols?: Array<'openai:chat-completions' | 'openai:responses' | 'openai:embeddings' | 'openai:image-generations' | 'anthropic:messages' | 'gemini:generate-content' | 'gemini:embed-content' | 'nexusflow:tasks'>;
    capabilities?: Capabilities & unknown;
    context_window?: number | null;
    max_output_tokens?: number | null;
    dimensions?: number | null;
    pricing?: Pricing & unknown;
    channels?: Array<ChannelBinding>;
    fallbacks?: Array<string> | null;
    aliases?: Array<string> | null;
};

export type DeletedModel = {
    object: 'model';
    id: string;
    deleted: true;
};

export type UsageSummary = {
    object: 'usage_summary';
    rows: Array<{
        day: string;
        model: string;
        requests: number;
        /**
         * Uncached input + cache reads + cache writes.
         */
        input_tokens: number;
        /**
         * Output, reasoning included.
         */
        output_tokens: number;
        cost: number;
    }>;
    totals: {
        requests: number;
        /**
         * Uncached input + cache reads + cache writes.
         */
        input_tokens: number;
        /**
         * Output, reasoning included.
         */
        output_tokens: number;
        cost: number;
    };
};

export type UsageRecordList = {
    object: 'list';
    data: Array<UsageRecord>;
    next_cursor: string | null;
};

export type UsageRecord = {
    object: 'usage_record';
    request_id: string;
    account_id: string;
    key_id: string;
    model: string;
    channel_id: string | null;
    protocol: string;
    endpoint: string;
    status: 'succeeded' | 'failed' | 'partial';
    http_status: number;
    /**
     * null: the count is unknown (not zero).
     */
    usage: {
        uncached_input: number | null;
        cache_read: number | null;
        cache_write: number | null;
        output: number | null;
        reasoning: number | null;
        images: number | null;
        seconds: number | null;
    };
    source: 'upstream' | 'estimated';
    cost: number;
    latency_ms: number;
    error_code: string | null;
    created_at: string;
};

export type UsageSeries = {
    object: 'usage_series';
    since: string;
    until: string;
    bucket_seconds: number;
    group_by: 'none' | 'model' | 'channel' | 'key' | 'account';
    /**
     * Buckets without requests are left out.
     */
    rows: Array<{
        /**
         * Start of the bucket.
         */
        bucket: string;
        /**
         * Model, channel, key or account id ("" when not grouped, or no channel was reached).
         */
        group: string;
        requests: number;
        /**
         * Uncached input + cache reads + cache writes.
         */
        input_tokens: number;
        /**
         * Output, reasoning included.
         */
        output_tokens: number;
        cost: number;
        /**
         * Requests answered with an HTTP error (client disconnects included).
         */
        errors: number;
        latency_p50_ms: number;
        latency_p99_ms: number;
    }>;
};

export type AdminTaskList = {
    object: 'list';
    data: Array<AdminTask>;
    next_cursor: string | null;
};

export type AdminTask = {
    object: 'task';
    id: string;
    account_id: string;
    key_id: string;
    model: string;
    kind: TaskKind;
    status: TaskStatus;
    channel_id: string | null;
    /**
     * Upstream polls and submissions so far.
     */
    attempts: number;
    /**
     * Result files kept (succeeded tasks).
     */
    files: number;
    /**
     * Charged, once the task is terminal.
     */
    cost: number | null;
    error: {
        code: string;
        message: string;
    } | null;
    created_at: string;
    updated_at: string;
};

export type TaskKind = 'image' | 'video';

/**
 * queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
 */
export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'expired';

export type AuditList = {
    object: 'list';
    data: Array<AuditEntry>;
    next_cursor: string | null;
};

export type AuditEntry = {
    object: 'audit_entry';
    id: string;
    /**
     * Who: the admin credential by fingerprint (`admin-token:3fa9c2d1`), never the credential.
     */
    actor: string;
    /**
     * What: `<entity>.<verb>`, e.g. `key.revoke`.
     */
    action: string;
    target_type: 'account' | 'key' | 'model' | 'channel';
    target_id: string;
    request_id: string | null;
    /**
     * The change as requested; credentials appear as `[redacted]`.
     */
    detail: {
        [key: string]: unknown;
    } | null;
    created_at: string;
};

export type ListAccountsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
    };
    url: '/admin/v1/accounts';
};

export type ListAccountsErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListAccountsError = ListAccountsErrors[keyof ListAccountsErrors];

export type ListAccountsResponses = {
    /**
     * A page of accounts
     */
    200: AccountList;
};

export type ListAccountsResponse = ListAccountsResponses[keyof ListAccountsResponses];

export type CreateAccountData = {
    body: CreateAccountRequest;
    path?: never;
    query?: never;
    url: '/admin/v1/accounts';
};

export type CreateAccountErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (409)
     */
    409: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type CreateAccountError = CreateAccountErrors[keyof CreateAccountErrors];

export type CreateAccountResponses = {
    /**
     * The new account
     */
    201: Account;
};

export type CreateAccountResponse = CreateAccountResponses[keyof CreateAccountResponses];

export type GetAccountData = {
    body?: never;
    path: {
        account_id: string;
    };
    query?: never;
    url: '/admin/v1/accounts/{account_id}';
};

export type GetAccountErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetAccountError = GetAccountErrors[keyof GetAccountErrors];

export type GetAccountResponses = {
    /**
     * The account
     */
    200: Account;
};

export type GetAccountResponse = GetAccountResponses[keyof GetAccountResponses];

export type UpdateAccountData = {
    body: UpdateAccountRequest;
    path: {
        account_id: string;
    };
    query?: never;
    url: '/admin/v1/accounts/{account_id}';
};

export type UpdateAccountErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type UpdateAccountError = UpdateAccountErrors[keyof UpdateAccountErrors];

export type UpdateAccountResponses = {
    /**
     * The updated account
     */
    200: Account;
};

export type UpdateAccountResponse = UpdateAccountResponses[keyof UpdateAccountResponses];

export type TopUpAccountData = {
    body: TopUpRequest;
    path: {
        account_id: string;
    };
    query?: never;
    url: '/admin/v1/accounts/{account_id}/topups';
};

export type TopUpAccountErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type TopUpAccountError = TopUpAccountErrors[keyof TopUpAccountErrors];

export type TopUpAccountResponses = {
    /**
     * The account after the top-up
     */
    200: Account;
};

export type TopUpAccountResponse = TopUpAccountResponses[keyof TopUpAccountResponses];

export type ListAccountLedgerData = {
    body?: never;
    path: {
        account_id: string;
    };
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
    };
    url: '/admin/v1/accounts/{account_id}/ledger';
};

export type ListAccountLedgerErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListAccountLedgerError = ListAccountLedgerErrors[keyof ListAccountLedgerErrors];

export type ListAccountLedgerResponses = {
    /**
     * A page of ledger entries
     */
    200: LedgerPage;
};

export type ListAccountLedgerResponse = ListAccountLedgerResponses[keyof ListAccountLedgerResponses];

export type ListKeysData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
        account_id?: string;
    };
    url: '/admin/v1/keys';
};

export type ListKeysErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListKeysError = ListKeysErrors[keyof ListKeysErrors];

export type ListKeysResponses = {
    /**
     * A page of keys
     */
    200: ApiKeyList;
};

export type ListKeysResponse = ListKeysResponses[keyof ListKeysResponses];

export type CreateKeyData = {
    body: CreateKeyRequest;
    path?: never;
    query?: never;
    url: '/admin/v1/keys';
};

export type CreateKeyErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (409)
     */
    409: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type CreateKeyError = CreateKeyErrors[keyof CreateKeyErrors];

export type CreateKeyResponses = {
    /**
     * The new key with its secret
     */
    201: ApiKeyWithSecret;
};

export type CreateKeyResponse = CreateKeyResponses[keyof CreateKeyResponses];

export type GetKeyData = {
    body?: never;
    path: {
        key_id: string;
    };
    query?: never;
    url: '/admin/v1/keys/{key_id}';
};

export type GetKeyErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetKeyError = GetKeyErrors[keyof GetKeyErrors];

export type GetKeyResponses = {
    /**
     * The key
     */
    200: ApiKey;
};

export type GetKeyResponse = GetKeyResponses[keyof GetKeyResponses];

export type UpdateKeyData = {
    body: UpdateKeyRequest;
    path: {
        key_id: string;
    };
    query?: never;
    url: '/admin/v1/keys/{key_id}';
};

export type UpdateKeyErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type UpdateKeyError = UpdateKeyErrors[keyof UpdateKeyErrors];

export type UpdateKeyResponses = {
    /**
     * The updated key
     */
    200: ApiKey;
};

export type UpdateKeyResponse = UpdateKeyResponses[keyof UpdateKeyResponses];

export type RotateKeyData = {
    body?: RotateKeyRequest;
    path: {
        key_id: string;
    };
    query?: never;
    url: '/admin/v1/keys/{key_id}/rotate';
};

export type RotateKeyErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (409)
     */
    409: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type RotateKeyError = RotateKeyErrors[keyof RotateKeyErrors];

export type RotateKeyResponses = {
    /**
     * The replacement key with its secret
     */
    201: ApiKeyWithSecret;
};

export type RotateKeyResponse = RotateKeyResponses[keyof RotateKeyResponses];

export type RevokeKeyData = {
    body?: never;
    path: {
        key_id: string;
    };
    query?: never;
    url: '/admin/v1/keys/{key_id}/revoke';
};

export type RevokeKeyErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type RevokeKeyError = RevokeKeyErrors[keyof RevokeKeyErrors];

export type RevokeKeyResponses = {
    /**
     * The revoked key
     */
    200: ApiKey;
};

export type RevokeKeyResponse = RevokeKeyResponses[keyof RevokeKeyResponses];

export type ListChannelsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
    };
    url: '/admin/v1/channels';
};

export type ListChannelsErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListChannelsError = ListChannelsErrors[keyof ListChannelsErrors];

export type ListChannelsResponses = {
    /**
     * A page of channels
     */
    200: ChannelList;
};

export type ListChannelsResponse = ListChannelsResponses[keyof ListChannelsResponses];

export type CreateChannelData = {
    body: CreateChannelRequest;
    path?: never;
    query?: never;
    url: '/admin/v1/channels';
};

export type CreateChannelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (409)
     */
    409: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type CreateChannelError = CreateChannelErrors[keyof CreateChannelErrors];

export type CreateChannelResponses = {
    /**
     * The new channel
     */
    201: Channel;
};

export type CreateChannelResponse = CreateChannelResponses[keyof CreateChannelResponses];

export type GetChannelData = {
    body?: never;
    path: {
        channel_id: string;
    };
    query?: never;
    url: '/admin/v1/channels/{channel_id}';
};

export type GetChannelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetChannelError = GetChannelErrors[keyof GetChannelErrors];

export type GetChannelResponses = {
    /**
     * The channel
     */
    200: Channel;
};

export type GetChannelResponse = GetChannelResponses[keyof GetChannelResponses];

export type UpdateChannelData = {
    body: UpdateChannelRequest;
    path: {
        channel_id: string;
    };
    query?: never;
    url: '/admin/v1/channels/{channel_id}';
};

export type UpdateChannelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type UpdateChannelError = UpdateChannelErrors[keyof UpdateChannelErrors];

export type UpdateChannelResponses = {
    /**
     * The updated channel
     */
    200: Channel;
};

export type UpdateChannelResponse = UpdateChannelResponses[keyof UpdateChannelResponses];

export type DisableChannelData = {
    body?: never;
    path: {
        channel_id: string;
    };
    query?: never;
    url: '/admin/v1/channels/{channel_id}/disable';
};

export type DisableChannelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type DisableChannelError = DisableChannelErrors[keyof DisableChannelErrors];

export type DisableChannelResponses = {
    /**
     * The disabled channel
     */
    200: Channel;
};

export type DisableChannelResponse = DisableChannelResponses[keyof DisableChannelResponses];

export type TestChannelData = {
    body?: ChannelTestRequest;
    path: {
        channel_id: string;
    };
    query?: never;
    url: '/admin/v1/channels/{channel_id}/test';
};

export type TestChannelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type TestChannelError = TestChannelErrors[keyof TestChannelErrors];

export type TestChannelResponses = {
    /**
     * What the upstream answered
     */
    200: ChannelTestResult;
};

export type TestChannelResponse = TestChannelResponses[keyof TestChannelResponses];

export type ListModelsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
    };
    url: '/admin/v1/models';
};

export type ListModelsErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListModelsError = ListModelsErrors[keyof ListModelsErrors];

export type ListModelsResponses = {
    /**
     * A page of models
     */
    200: AdminModelList;
};

export type ListModelsResponse = ListModelsResponses[keyof ListModelsResponses];

export type CreateModelData = {
    body: CreateModelRequest;
    path?: never;
    query?: never;
    url: '/admin/v1/models';
};

export type CreateModelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (409)
     */
    409: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type CreateModelError = CreateModelErrors[keyof CreateModelErrors];

export type CreateModelResponses = {
    /**
     * The new model
     */
    201: AdminModel;
};

export type CreateModelResponse = CreateModelResponses[keyof CreateModelResponses];

export type DeleteModelData = {
    body?: never;
    path: {
        model_id: string;
    };
    query?: never;
    url: '/admin/v1/models/{model_id}';
};

export type DeleteModelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type DeleteModelError = DeleteModelErrors[keyof DeleteModelErrors];

export type DeleteModelResponses = {
    /**
     * Deleted
     */
    200: DeletedModel;
};

export type DeleteModelResponse = DeleteModelResponses[keyof DeleteModelResponses];

export type GetModelData = {
    body?: never;
    path: {
        model_id: string;
    };
    query?: never;
    url: '/admin/v1/models/{model_id}';
};

export type GetModelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetModelError = GetModelErrors[keyof GetModelErrors];

export type GetModelResponses = {
    /**
     * The model
     */
    200: AdminModel;
};

export type GetModelResponse = GetModelResponses[keyof GetModelResponses];

export type UpdateModelData = {
    body: UpdateModelRequest;
    path: {
        model_id: string;
    };
    query?: never;
    url: '/admin/v1/models/{model_id}';
};

export type UpdateModelErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (404)
     */
    404: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type UpdateModelError = UpdateModelErrors[keyof UpdateModelErrors];

export type UpdateModelResponses = {
    /**
     * The updated model
     */
    200: AdminModel;
};

export type UpdateModelResponse = UpdateModelResponses[keyof UpdateModelResponses];

export type GetUsageSummaryData = {
    body?: never;
    path?: never;
    query?: {
        account_id?: string;
        key_id?: string;
        model?: string;
        /**
         * Inclusive start: a UTC day or a time.
         */
        since?: string;
        /**
         * Exclusive end: a UTC day or a time.
         */
        until?: string;
    };
    url: '/admin/v1/usage';
};

export type GetUsageSummaryErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetUsageSummaryError = GetUsageSummaryErrors[keyof GetUsageSummaryErrors];

export type GetUsageSummaryResponses = {
    /**
     * The summary
     */
    200: UsageSummary;
};

export type GetUsageSummaryResponse = GetUsageSummaryResponses[keyof GetUsageSummaryResponses];

export type ListUsageRecordsData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
        account_id?: string;
        key_id?: string;
        model?: string;
        /**
         * Inclusive start: a UTC day or a time.
         */
        since?: string;
        /**
         * Exclusive end: a UTC day or a time.
         */
        until?: string;
    };
    url: '/admin/v1/usage/records';
};

export type ListUsageRecordsErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListUsageRecordsError = ListUsageRecordsErrors[keyof ListUsageRecordsErrors];

export type ListUsageRecordsResponses = {
    /**
     * A page of usage records
     */
    200: UsageRecordList;
};

export type ListUsageRecordsResponse = ListUsageRecordsResponses[keyof ListUsageRecordsResponses];

export type GetUsageSeriesData = {
    body?: never;
    path?: never;
    query?: {
        account_id?: string;
        key_id?: string;
        model?: string;
        /**
         * Inclusive start: a UTC day or a time.
         */
        since?: string;
        /**
         * Exclusive end: a UTC day or a time.
         */
        until?: string;
        /**
         * Bucket width (default 1h).
         */
        bucket?: '1m' | '5m' | '15m' | '1h' | '6h' | '1d';
        /**
         * One row per bucket and group (default none: one row per bucket).
         */
        group_by?: 'none' | 'model' | 'channel' | 'key' | 'account';
    };
    url: '/admin/v1/usage/series';
};

export type GetUsageSeriesErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetUsageSeriesError = GetUsageSeriesErrors[keyof GetUsageSeriesErrors];

export type GetUsageSeriesResponses = {
    /**
     * The series
     */
    200: UsageSeries;
};

export type GetUsageSeriesResponse = GetUsageSeriesResponses[keyof GetUsageSeriesResponses];

export type ListTasksData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
        /**
         * Only this account's tasks (default: every account).
         */
        account_id?: string;
        /**
         * queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
         */
        status?: TaskStatus;
    };
    url: '/admin/v1/tasks';
};

export type ListTasksErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListTasksError = ListTasksErrors[keyof ListTasksErrors];

export type ListTasksResponses = {
    /**
     * A page of tasks
     */
    200: AdminTaskList;
};

export type ListTasksResponse = ListTasksResponses[keyof ListTasksResponses];

export type ListAuditEntriesData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
        target_type?: 'account' | 'key' | 'model' | 'channel';
        target_id?: string;
        action?: string;
        actor?: string;
    };
    url: '/admin/v1/audit';
};

export type ListAuditEntriesErrors = {
    /**
     * Error (400)
     */
    400: ErrorResponse;
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type ListAuditEntriesError = ListAuditEntriesErrors[keyof ListAuditEntriesErrors];

export type ListAuditEntriesResponses = {
    /**
     * A page of audit entries
     */
    200: AuditList;
};

export type ListAuditEntriesResponse = ListAuditEntriesResponses[keyof ListAuditEntriesResponses];
