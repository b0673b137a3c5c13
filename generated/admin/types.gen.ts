// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/admin/v1/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List accounts, oldest first */
        get: operations["listAccounts"];
        put?: never;
        /** Create an account */
        post: operations["createAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{account_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get an account */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename an account or set its credit limit */
        patch: operations["updateAccount"];
        trace?: never;
    };
    "/admin/v1/accounts/{account_id}/topups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Add credits (one ledger entry) */
        post: operations["topUpAccount"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/accounts/{account_id}/ledger": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An account's ledger, oldest first */
        get: operations["listAccountLedger"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List API keys (prefixes only), oldest first */
        get: operations["listKeys"];
        put?: never;
        /** Create an API key; the secret is in this response only */
        post: operations["createKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{key_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a key */
        get: operations["getKey"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a key: name, expiry, models, spend and rate limits */
        patch: operations["updateKey"];
        trace?: never;
    };
    "/admin/v1/keys/{key_id}/rotate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** New secret for a key; the old one works for a grace period */
        post: operations["rotateKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/keys/{key_id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a key (every gateway process refuses it within seconds) */
        post: operations["revokeKey"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List channels by id */
        get: operations["listChannels"];
        put?: never;
        /** Create a channel */
        post: operations["createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/channels/{channel_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a channel */
        get: operations["getChannel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a channel */
        patch: operations["updateChannel"];
        trace?: never;
    };
    "/admin/v1/channels/{channel_id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Stop routing to a channel */
        post: operations["disableChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/channels/{channel_id}/test": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send one short chat request through this channel (not billed, not counted by its circuit); a failed test is a 200 with ok: false */
        post: operations["testChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/models": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List models by id, with channels and fallbacks */
        get: operations["listModels"];
        put?: never;
        /** Create a model */
        post: operations["createModel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/models/{model_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a model */
        get: operations["getModel"];
        put?: never;
        post?: never;
        /** Delete a model */
        delete: operations["deleteModel"];
        options?: never;
        head?: never;
        /** Change a model (every process within seconds) */
        patch: operations["updateModel"];
        trace?: never;
    };
    "/admin/v1/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage by day and model, with totals */
        get: operations["getUsageSummary"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/usage/records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One record per request, oldest first */
        get: operations["listUsageRecords"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/usage/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Usage over time: requests, errors, tokens, spend and latency p50/p99 per bucket, by model, channel, key or account */
        get: operations["getUsageSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Image and video tasks, oldest first */
        get: operations["listTasks"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/admin/v1/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit log, newest first */
        get: operations["listAuditEntries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        ErrorResponse: {
            error: {
                message: string;
                type: string;
                param: string | null;
                code: string | null;
            };
        };
        AccountList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Account"][];
            next_cursor: string | null;
        };
        Account: {
            /** @enum {string} */
            object: "account";
            id: string;
            name: string;
            /** @description Spendable balance in micro-credits, open holds already deducted; negative within the credit limit. */
            balance: number;
            /** @description How far below zero the balance may go, micro-credits. */
            credit_limit: number;
            /** @description Micro-credits reserved by requests in flight. */
            held: number;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateAccountRequest: {
            /** @description Chosen by the caller (a repeated id answers 409); generated when absent. */
            id?: string;
            name: string;
            credit_limit?: number;
        };
        UpdateAccountRequest: {
            name?: string;
            credit_limit?: number;
        };
        TopUpRequest: {
            /** @description Micro-credits to add. */
            amount: number;
            /** @description Why: kept on the ledger entry. */
            reason: string;
            /** @description A repeated key adds nothing and answers the account as it is. */
            idempotency_key?: string;
        };
        LedgerPage: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["LedgerEntry"][];
            next_cursor: string | null;
        };
        LedgerEntry: {
            /** @enum {string} */
            object: "ledger_entry";
            id: string;
            /** @enum {string} */
            kind: "topup" | "hold" | "settle" | "release" | "refund" | "adjustment";
            /** @description Signed change of the balance, micro-credits. */
            amount: number;
            balance_after: number;
            request_id: string | null;
            /** @description For settle entries: the cost charged. */
            cost: number | null;
            reason: string | null;
            /** Format: date-time */
            created_at: string;
        };
        ApiKeyList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["ApiKey"][];
            next_cursor: string | null;
        };
        ApiKey: {
            /** @enum {string} */
            object: "api_key";
            id: string;
            /** @description The first characters of the secret, for recognising it (`sk-air-AbC1`). */
            prefix: string;
            account_id: string;
            name: string;
            /** @enum {string} */
            status: "active" | "revoked";
            /** Format: date-time */
            expires_at: string | null;
            /** @description null: every model. */
            allowed_models: string[] | null;
            spend_limit: number | null;
            /** @enum {string|null} */
            spend_period: "day" | "month" | "total" | null;
            /** @description Micro-credits spent in the current period. */
            spent: number;
            rate_limits: {
                requests_per_minute: number | null;
                tokens_per_minute: number | null;
            };
            /** @description After a rotation: the new key. This one works until `expires_at`. */
            replaced_by: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        ApiKeyWithSecret: components["schemas"]["ApiKey"] & {
            /** @description The plaintext key. Shown only in this response: store it now. */
            secret: string;
        };
        CreateKeyRequest: {
            /** @description Chosen by the caller (a repeated id answers 409, which makes retries safe); generated when absent. */
            id?: string;
            account_id: string;
            name: string;
            /** Format: date-time */
            expires_at?: string;
            allowed_models?: string[];
            spend_limit?: number;
            /**
             * @description Period of `spend_limit` (default total).
             * @enum {string}
             */
            spend_period?: "day" | "month" | "total";
            rate_limits?: components["schemas"]["RateLimits"];
        };
        RateLimits: {
            requests_per_minute?: number | null;
            tokens_per_minute?: number | null;
        };
        UpdateKeyRequest: {
            name?: string;
            /**
             * Format: date-time
             * @description null: never expires.
             */
            expires_at?: string | null;
            /** @description null: every model. */
            allowed_models?: string[] | null;
            /** @description null: unlimited. */
            spend_limit?: number | null;
            /** @enum {string|null} */
            spend_period?: "day" | "month" | "total" | null;
            /** @description Each limit given replaces the current one; null clears it (null for the object clears both). */
            rate_limits?: {
                requests_per_minute?: number | null;
                tokens_per_minute?: number | null;
            } | null;
        };
        RotateKeyRequest: {
            /** @description How long the old secret keeps working (default 86400, one day; 0 stops it at once). */
            grace_period_seconds?: number;
        };
        ChannelList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Channel"][];
            next_cursor: string | null;
        };
        Channel: {
            /** @enum {string} */
            object: "channel";
            id: string;
            name: string;
            /** @enum {string} */
            provider: "simulator" | "openai-compatible" | "openai-responses" | "anthropic" | "gemini" | "dashscope";
            base_url: string | null;
            weight: number;
            priority: number;
            /** @enum {string} */
            status: "enabled" | "disabled";
            credential: {
                /**
                 * @description Where the credential comes from; its value is never returned.
                 * @enum {string}
                 */
                source: "stored" | "env" | "none";
                /** @description The environment variable named, for `env`. */
                env: string | null;
            };
            /**
             * @description `missing_credential`: the provider needs a credential and none can be read (unset variable, or a stored one this process cannot decrypt).
             * @enum {string}
             */
            health: "ok" | "disabled" | "missing_credential";
            /** @description Circuit breakers as the answering gateway process sees them (each process keeps its own). */
            circuit: {
                /**
                 * @description The worst state among the channel's routes.
                 * @enum {string}
                 */
                state: "closed" | "open" | "half_open";
                /** @description Routes that failed since they were last healthy; a healthy channel has none. */
                routes: {
                    upstream_model: string;
                    /** @enum {string} */
                    state: "closed" | "open" | "half_open";
                    consecutive_failures: number;
                    /**
                     * Format: date-time
                     * @description When an open circuit lets a trial request through.
                     */
                    open_until: string | null;
                    /**
                     * Format: date-time
                     * @description The upstream asked for no requests before this time (`retry-after`).
                     */
                    retry_after_until: string | null;
                }[];
            };
            quirks: {
                [key: string]: unknown;
            } | null;
            options: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        CreateChannelRequest: {
            id: string;
            name?: string;
            /** @enum {string} */
            provider: "simulator" | "openai-compatible" | "openai-responses" | "anthropic" | "gemini" | "dashscope";
            /** Format: uri */
            base_url?: string;
            /** @description Write-only: stored encrypted, never returned or logged. */
            credential?: string;
            /** @description Name of the environment variable holding the credential (instead of `credential`). */
            credential_env?: string;
            weight?: number;
            priority?: number;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            quirks?: {
                [key: string]: unknown;
            };
            options?: {
                [key: string]: unknown;
            };
        };
        UpdateChannelRequest: {
            name?: string;
            /** Format: uri */
            base_url?: string | null;
            /** @description Write-only. null removes the stored credential. */
            credential?: string | null;
            credential_env?: string | null;
            weight?: number;
            priority?: number;
            /** @enum {string} */
            status?: "enabled" | "disabled";
            quirks?: {
                [key: string]: unknown;
            } | null;
            options?: {
                [key: string]: unknown;
            } | null;
        };
        ChannelTestResult: {
            /** @enum {string} */
            object: "channel_test";
            channel_id: string;
            /** @description The model tested (null: none is routed to the channel). */
            model: string | null;
            upstream_model: string | null;
            ok: boolean;
            latency_ms: number;
            /** @description The start of the answer, when there was one. */
            output: string | null;
            error: {
                code: string;
                message: string;
            } | null;
        };
        ChannelTestRequest: {
            /** @description A model routed to this channel (default: the first one). */
            model?: string;
        };
        AdminModelList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["AdminModel"][];
            next_cursor: string | null;
        };
        AdminModel: {
            /** @enum {string} */
            object: "model";
            id: string;
            display_name: string;
            /** @enum {string} */
            kind: "chat" | "embedding" | "image" | "video";
            owned_by: string;
            supported_protocols: ("openai:chat-completions" | "openai:responses" | "openai:embeddings" | "openai:image-generations" | "anthropic:messages" | "gemini:generate-content" | "gemini:embed-content" | "nexusflow:tasks")[];
            capabilities: {
                tools: boolean;
                vision: boolean;
                thinking: boolean;
                json_output: boolean;
            };
            context_window: number | null;
            max_output_tokens: number | null;
            dimensions: number | null;
            pricing: components["schemas"]["Pricing"];
            channels: components["schemas"]["ChannelBinding"][];
            fallbacks: string[];
            /** @description Other names (exact, or `*` glob patterns) that route to this model; `*` alone makes it the default for its protocols. */
            aliases: string[];
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @description Micro-credits; token prices per million tokens. */
        Pricing: {
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
        ChannelBinding: {
            channel: string;
            /** @description The model id at the upstream, when it differs. */
            upstream_model?: string;
        };
        CreateModelRequest: {
            id: string;
            display_name?: string;
            /** @enum {string} */
            kind?: "chat" | "embedding" | "image" | "video";
            owned_by?: string;
            supported_protocols: ("openai:chat-completions" | "openai:responses" | "openai:embeddings" | "openai:image-generations" | "anthropic:messages" | "gemini:generate-content" | "gemini:embed-content" | "nexusflow:tasks")[];
            capabilities?: components["schemas"]["Capabilities"];
            context_window?: number;
            max_output_tokens?: number;
            dimensions?: number;
            pricing?: components["schemas"]["Pricing"];
            channels: components["schemas"]["ChannelBinding"][];
            fallbacks?: string[];
            aliases?: string[];
        };
        Capabilities: {
            tools?: boolean;
            vision?: boolean;
            thinking?: boolean;
            json_output?: boolean;
        };
        UpdateModelRequest: {
            display_name?: string;
            /** @enum {string} */
            kind?: "chat" | "embedding" | "image" | "video";
            owned_by?: string;
            supported_protocols?: ("openai:chat-completions" | "openai:responses" | "openai:embeddings" | "openai:image-generations" | "anthropic:messages" | "gemini:generate-content" | "gemini:embed-content" | "nexusflow:tasks")[];
            capabilities?: components["schemas"]["Capabilities"] & unknown;
            context_window?: number | null;
            max_output_tokens?: number | null;
            dimensions?: number | null;
            pricing?: components["schemas"]["Pricing"] & unknown;
            channels?: components["schemas"]["ChannelBinding"][];
            fallbacks?: string[] | null;
            aliases?: string[] | null;
        };
        DeletedModel: {
            /** @enum {string} */
            object: "model";
            id: string;
            /** @enum {boolean} */
            deleted: true;
        };
        UsageSummary: {
            /** @enum {string} */
            object: "usage_summary";
            rows: {
                /** Format: date */
                day: string;
                model: string;
                requests: number;
                /** @description Uncached input + cache reads + cache writes. */
                input_tokens: number;
                /** @description Output, reasoning included. */
                output_tokens: number;
                cost: number;
            }[];
            totals: {
                requests: number;
                /** @description Uncached input + cache reads + cache writes. */
                input_tokens: number;
                /** @description Output, reasoning included. */
                output_tokens: number;
                cost: number;
            };
        };
        UsageRecordList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["UsageRecord"][];
            next_cursor: string | null;
        };
        UsageRecord: {
            /** @enum {string} */
            object: "usage_record";
            request_id: string;
            account_id: string;
            key_id: string;
            model: string;
            channel_id: string | null;
            protocol: string;
            endpoint: string;
            /** @enum {string} */
            status: "succeeded" | "failed" | "partial";
            http_status: number;
            /** @description null: the count is unknown (not zero). */
            usage: {
                uncached_input: number | null;
                cache_read: number | null;
                cache_write: number | null;
                output: number | null;
                reasoning: number | null;
                images: number | null;
                seconds: number | null;
            };
            /** @enum {string} */
            source: "upstream" | "estimated";
            cost: number;
            latency_ms: number;
            error_code: string | null;
            /** Format: date-time */
            created_at: string;
        };
        UsageSeries: {
            /** @enum {string} */
            object: "usage_series";
            /** Format: date-time */
            since: string;
            /** Format: date-time */
            until: string;
            bucket_seconds: number;
            /** @enum {string} */
            group_by: "none" | "model" | "channel" | "key" | "account";
            /** @description Buckets without requests are left out. */
            rows: {
                /**
                 * Format: date-time
                 * @description Start of the bucket.
                 */
                bucket: string;
                /** @description Model, channel, key or account id ("" when not grouped, or no channel was reached). */
                group: string;
                requests: number;
                /** @description Uncached input + cache reads + cache writes. */
                input_tokens: number;
                /** @description Output, reasoning included. */
                output_tokens: number;
                cost: number;
                /** @description Requests answered with an HTTP error (client disconnects included). */
                errors: number;
                latency_p50_ms: number;
                latency_p99_ms: number;
            }[];
        };
        AdminTaskList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["AdminTask"][];
            next_cursor: string | null;
        };
        AdminTask: {
            /** @enum {string} */
            object: "task";
            id: string;
            account_id: string;
            key_id: string;
            model: string;
            kind: components["schemas"]["TaskKind"];
            status: components["schemas"]["TaskStatus"];
            channel_id: string | null;
            /** @description Upstream polls and submissions so far. */
            attempts: number;
            /** @description Result files kept (succeeded tasks). */
            files: number;
            /** @description Charged, once the task is terminal. */
            cost: number | null;
            error: {
                code: string;
                message: string;
            } | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
        };
        /** @enum {string} */
        TaskKind: "image" | "video";
        /**
         * @description queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
         * @enum {string}
         */
        TaskStatus: "queued" | "running" | "succeeded" | "failed" | "canceled" | "expired";
        AuditList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["AuditEntry"][];
            next_cursor: string | null;
        };
        AuditEntry: {
            /** @enum {string} */
            object: "audit_entry";
            id: string;
            /** @description Who: the admin credential by fingerprint (`admin-token:3fa9c2d1`), never the credential. */
            actor: string;
            /** @description What: `<entity>.<verb>`, e.g. `key.revoke`. */
            action: string;
            /** @enum {string} */
            target_type: "account" | "key" | "model" | "channel";
            target_id: string;
            request_id: string | null;
            /** @description The change as requested; credentials appear as `[redacted]`. */
            detail: {
                [key: string]: unknown;
            } | null;
            /** Format: date-time */
            created_at: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAccounts: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of accounts */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AccountList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAccountRequest"];
            };
        };
        responses: {
            /** @description The new account */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateAccountRequest"];
            };
        };
        responses: {
            /** @description The updated account */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    topUpAccount: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["TopUpRequest"];
            };
        };
        responses: {
            /** @description The account after the top-up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Account"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAccountLedger: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path: {
                account_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of ledger entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerPage"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listKeys: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
                account_id?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createKey: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateKeyRequest"];
            };
        };
        responses: {
            /** @description The new key with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateKeyRequest"];
            };
        };
        responses: {
            /** @description The updated key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    rotateKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["RotateKeyRequest"];
            };
        };
        responses: {
            /** @description The replacement key with its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKeyWithSecret"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    revokeKey: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                key_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revoked key */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ApiKey"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listChannels: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of channels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelRequest"];
            };
        };
        responses: {
            /** @description The new channel */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChannelRequest"];
            };
        };
        responses: {
            /** @description The updated channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    disableChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The disabled channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Channel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    testChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                channel_id: string;
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["ChannelTestRequest"];
            };
        };
        responses: {
            /** @description What the upstream answered */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelTestResult"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listModels: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of models */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminModelList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    createModel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateModelRequest"];
            };
        };
        responses: {
            /** @description The new model */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminModel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (409) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminModel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    deleteModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeletedModel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    updateModel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                model_id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateModelRequest"];
            };
        };
        responses: {
            /** @description The updated model */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminModel"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (404) */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsageSummary: {
        parameters: {
            query?: {
                account_id?: string;
                key_id?: string;
                model?: string;
                /** @description Inclusive start: a UTC day or a time. */
                since?: string;
                /** @description Exclusive end: a UTC day or a time. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The summary */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSummary"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listUsageRecords: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
                account_id?: string;
                key_id?: string;
                model?: string;
                /** @description Inclusive start: a UTC day or a time. */
                since?: string;
                /** @description Exclusive end: a UTC day or a time. */
                until?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of usage records */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageRecordList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getUsageSeries: {
        parameters: {
            query?: {
                account_id?: string;
                key_id?: string;
                model?: string;
                /** @description Inclusive start: a UTC day or a time. */
                since?: string;
                /** @description Exclusive end: a UTC day or a time. */
                until?: string;
                /** @description Bucket width (default 1h). */
                bucket?: "1m" | "5m" | "15m" | "1h" | "6h" | "1d";
                /** @description One row per bucket and group (default none: one row per bucket). */
                group_by?: "none" | "model" | "channel" | "key" | "account";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The series */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UsageSeries"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listTasks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
                /** @description Only this account's tasks (default: every account). */
                account_id?: string;
                /** @description queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal. */
                status?: components["schemas"]["TaskStatus"];
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of tasks */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdminTaskList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    listAuditEntries: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
                target_type?: "account" | "key" | "model" | "channel";
                target_id?: string;
                action?: string;
                actor?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of audit entries */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditList"];
                };
            };
            /** @description Error (400) */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (401) */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Error (429) */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type AccountList = components['schemas']['AccountList'];
export type Account = components['schemas']['Account'];
export type CreateAccountRequest = components['schemas']['CreateAccountRequest'];
export type UpdateAccountRequest = components['schemas']['UpdateAccountRequest'];
export type TopUpRequest = components['schemas']['TopUpRequest'];
export type LedgerPage = components['schemas']['LedgerPage'];
export type LedgerEntry = components['schemas']['LedgerEntry'];
export type ApiKeyList = components['schemas']['ApiKeyList'];
export type ApiKey = components['schemas']['ApiKey'];
export type ApiKeyWithSecret = components['schemas']['ApiKeyWithSecret'];
export type CreateKeyRequest = components['schemas']['CreateKeyRequest'];
export type RateLimits = components['schemas']['RateLimits'];
export type UpdateKeyRequest = components['schemas']['UpdateKeyRequest'];
export type RotateKeyRequest = components['schemas']['RotateKeyRequest'];
export type ChannelList = components['schemas']['ChannelList'];
export type Channel = components['schemas']['Channel'];
export type CreateChannelRequest = components['schemas']['CreateChannelRequest'];
export type UpdateChannelRequest = components['schemas']['UpdateChannelRequest'];
export type ChannelTestResult = components['schemas']['ChannelTestResult'];
export type ChannelTestRequest = components['schemas']['ChannelTestRequest'];
export type AdminModelList = components['schemas']['AdminModelList'];
export type AdminModel = components['schemas']['AdminModel'];
export type Pricing = components['schemas']['Pricing'];
export type ChannelBinding = components['schemas']['ChannelBinding'];
export type CreateModelRequest = components['schemas']['CreateModelRequest'];
export type Capabilities = components['schemas']['Capabilities'];
export type UpdateModelRequest = components['schemas']['UpdateModelRequest'];
export type DeletedModel = components['schemas']['DeletedModel'];
export type UsageSummary = components['schemas']['UsageSummary'];
export type UsageRecordList = components['schemas']['UsageRecordList'];
export type UsageRecord = components['schemas']['UsageRecord'];
export type UsageSeries = components['schemas']['UsageSeries'];
export type AdminTaskList = components['schemas']['AdminTaskList'];
export type AdminTask = components['schemas']['AdminTask'];
export type TaskKind = components['schemas']['TaskKind'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type AuditList = components['schemas']['AuditList'];
export type AuditEntry = components['schemas']['AuditEntry'];
