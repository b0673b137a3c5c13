// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The caller's account: balance, credit limit, holds, and the key's limits */
        get: operations["getAccount"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/usage/series": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's requests, errors, tokens, spend and latency over time */
        get: operations["getAccountUsageSeries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/account/usage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The account's usage records, newest last */
        get: operations["listAccountUsage"];
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
        AccountView: {
            /** @enum {string} */
            object: "account";
            id: string;
            name: string;
            /** @description Micro-credits (1 credit = 1,000,000), outstanding holds deducted. */
            balance: number;
            /** @description How far below zero the balance may go. */
            credit_limit: number;
            /** @description Held for requests in flight. */
            held: number;
            key: components["schemas"]["ApiKey"];
        };
        /** @description The key this request was made with. */
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
        AccountUsageList: {
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccount: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
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
                    "application/json": components["schemas"]["AccountView"];
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
    getAccountUsageSeries: {
        parameters: {
            query?: {
                since?: string;
                until?: string;
                bucket?: "1m" | "5m" | "15m" | "1h" | "6h" | "1d";
                group_by?: "none" | "model" | "key";
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
    listAccountUsage: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
                since?: string;
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
                    "application/json": components["schemas"]["AccountUsageList"];
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
export type AccountView = components['schemas']['AccountView'];
export type ApiKey = components['schemas']['ApiKey'];
export type UsageSeries = components['schemas']['UsageSeries'];
export type AccountUsageList = components['schemas']['AccountUsageList'];
export type UsageRecord = components['schemas']['UsageRecord'];
