// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.
// TypeScript types of the spec (openapi-typescript), plus an alias per component schema.

export interface paths {
    "/v1/tasks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List the account's tasks, oldest first */
        get: operations["listTasks"];
        put?: never;
        /**
         * Create an image or video task
         * @description Holds the worst-case cost, answers at once with the queued task, and lets the gateway run it upstream. A repeated `Idempotency-Key` answers the task it created (409 if the request differs).
         */
        post: operations["createTask"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/callback-secret": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The secret that signs this account's task callbacks */
        get: operations["getCallbackSecret"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Get a task */
        get: operations["getTask"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/v1/tasks/{task_id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a task
         * @description A queued task is canceled at once. A running one only while the upstream has not started it (DashScope cancels PENDING jobs only); otherwise 409, and the task runs to its end and is charged if it succeeds. Canceling a canceled task answers it again.
         */
        post: operations["cancelTask"];
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
        Task: {
            /** @enum {string} */
            object: "task";
            id: string;
            model: string;
            kind: components["schemas"]["TaskKind"];
            status: components["schemas"]["TaskStatus"];
            input: {
                [key: string]: unknown;
            };
            parameters: {
                [key: string]: unknown;
            };
            callback_url: string | null;
            /** Format: date-time */
            created_at: string;
            /** Format: date-time */
            updated_at: string;
            /** @description The results (succeeded tasks), kept by the gateway past the vendor's 24 h retention. */
            files: components["schemas"]["TaskFile"][];
            error: {
                /** @description invalid_request, content_filtered, insufficient_quota, generation_failed, upstream_error, upstream_rate_limited, model_not_found, no_channel_available, task_expired. */
                code: string;
                message: string;
            } | null;
            /** @description What was produced and charged; set once the task is terminal. */
            usage: {
                images: number | null;
                seconds: number | null;
                /** @description Micro-credits charged; 0 unless the task succeeded. */
                cost: number;
            } | null;
        };
        /** @enum {string} */
        TaskKind: "image" | "video";
        /**
         * @description queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
         * @enum {string}
         */
        TaskStatus: "queued" | "running" | "succeeded" | "failed" | "canceled" | "expired";
        TaskFile: {
            kind: components["schemas"]["TaskKind"];
            /** @description A signed gateway URL, valid until `expires_at`; fetch the task again for a fresh one. */
            url: string;
            /** Format: date-time */
            expires_at: string;
            content_type: string;
            bytes: number;
            width?: number;
            height?: number;
            duration_seconds?: number;
            revised_prompt?: string;
            /** @description Present when the file only stands in for the real output (the simulator's video), saying what it is. */
            placeholder?: string;
        };
        CreateTaskRequest: {
            model: string;
            kind: components["schemas"]["TaskKind"];
            input: components["schemas"]["TaskInput"];
            parameters?: components["schemas"]["TaskParameters"];
            /**
             * Format: uri
             * @description Receives one signed POST of the task when it reaches a terminal status (see getCallbackSecret). Private and loopback addresses are refused.
             */
            callback_url?: string;
        };
        TaskInput: {
            prompt: string;
            negative_prompt?: string;
            /** @description Image-to-video: the first frame, an https URL or a `data:image/…;base64,` URI. */
            image_url?: string;
        };
        /** @description Generation parameters. Fields not listed here (e.g. DashScope `prompt_extend`, `watermark`, `resolution`) are passed to the upstream as given. */
        TaskParameters: {
            /** @description Images to generate (image tasks; DashScope takes at most 4). Default 1. */
            n?: number;
            /** @description `1024x1024`, `1280x720`, … Absent: the model's default. */
            size?: string;
            /** @description Video length in seconds (video tasks). Default 5. */
            duration?: number;
            seed?: number;
            quality?: string;
            style?: string;
        } & {
            [key: string]: unknown;
        };
        TaskList: {
            /** @enum {string} */
            object: "list";
            data: components["schemas"]["Task"][];
            next_cursor: string | null;
        };
        /** @description Verify a callback: hex HMAC-SHA256 with this secret over `<x-nexusflow-timestamp>.<raw body>`, compared with `x-nexusflow-signature` (`v1=<hex>`). */
        CallbackSecret: {
            /** @enum {string} */
            object: "callback_secret";
            secret: string;
            /** @enum {string} */
            algorithm: "HMAC-SHA256";
            /** @enum {string} */
            signature_header: "x-nexusflow-signature";
            /** @enum {string} */
            timestamp_header: "x-nexusflow-timestamp";
            /** @enum {string} */
            signed_payload: "{timestamp}.{body}";
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
    listTasks: {
        parameters: {
            query?: {
                /** @description Opaque cursor from a previous page. */
                cursor?: string;
                limit?: number;
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
                    "application/json": components["schemas"]["TaskList"];
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
    createTask: {
        parameters: {
            query?: never;
            header?: {
                /** @description Same key, same account → the same task. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateTaskRequest"];
            };
        };
        responses: {
            /** @description The task (new, or the one this Idempotency-Key created) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
            /** @description Error (503) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    getCallbackSecret: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The account's callback secret */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CallbackSecret"];
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
    getTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
    cancelTask: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                task_id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The canceled task */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Task"];
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
}

// Component schema aliases.
export type ErrorResponse = components['schemas']['ErrorResponse'];
export type Task = components['schemas']['Task'];
export type TaskKind = components['schemas']['TaskKind'];
export type TaskStatus = components['schemas']['TaskStatus'];
export type TaskFile = components['schemas']['TaskFile'];
export type CreateTaskRequest = components['schemas']['CreateTaskRequest'];
export type TaskInput = components['schemas']['TaskInput'];
export type TaskParameters = components['schemas']['TaskParameters'];
export type TaskList = components['schemas']['TaskList'];
export type CallbackSecret = components['schemas']['CallbackSecret'];
