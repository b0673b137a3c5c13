// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.

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

export type AccountView = {
    object: 'account';
    id: string;
    name: string;
    /**
     * Micro-credits (1 credit = 1,000,000), outstanding holds deducted.
     */
    balance: number;
    /**
     * How far below zero the balance may go.
     */
    credit_limit: number;
    /**
     * Held for requests in flight.
     */
    held: number;
    key: ApiKey;
};

/**
 * The key this request was made with.
 */
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

export type AccountUsageList = {
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

export type GetAccountData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/account';
};

export type GetAccountErrors = {
    /**
     * Error (401)
     */
    401: ErrorResponse;
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
    200: AccountView;
};

export type GetAccountResponse = GetAccountResponses[keyof GetAccountResponses];

export type GetAccountUsageSeriesData = {
    body?: never;
    path?: never;
    query?: {
        since?: string;
        until?: string;
        bucket?: '1m' | '5m' | '15m' | '1h' | '6h' | '1d';
        group_by?: 'none' | 'model' | 'key';
    };
    url: '/v1/account/usage/series';
};

export type GetAccountUsageSeriesErrors = {
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

export type GetAccountUsageSeriesError = GetAccountUsageSeriesErrors[keyof GetAccountUsageSeriesErrors];

export type GetAccountUsageSeriesResponses = {
    /**
     * The series
     */
    200: UsageSeries;
};

export type GetAccountUsageSeriesResponse = GetAccountUsageSeriesResponses[keyof GetAccountUsageSeriesResponses];

export type ListAccountUsageData = {
    body?: never;
    path?: never;
    query?: {
        /**
         * Opaque cursor from a previous page.
         */
        cursor?: string;
        limit?: number;
        since?: string;
        until?: string;
    };
    url: '/v1/account/usage';
};

export type ListAccountUsageErrors = {
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

export type ListAccountUsageError = ListAccountUsageErrors[keyof ListAccountUsageErrors];

export type ListAccountUsageResponses = {
    /**
     * A page of usage records
     */
    200: AccountUsageList;
};

export type ListAccountUsageResponse = ListAccountUsageResponses[keyof ListAccountUsageResponses];
