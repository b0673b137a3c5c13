// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.

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

export type Task = {
    object: 'task';
    id: string;
    model: string;
    kind: TaskKind;
    status: TaskStatus;
    input: {
        [key: string]: unknown;
    };
    parameters: {
        [key: string]: unknown;
    };
    callback_url: string | null;
    created_at: string;
    updated_at: string;
    /**
     * The results (succeeded tasks), kept by the gateway past the vendor's 24 h retention.
     */
    files: Array<TaskFile>;
    error: {
        /**
         * invalid_request, content_filtered, insufficient_quota, generation_failed, upstream_error, upstream_rate_limited, model_not_found, no_channel_available, task_expired.
         */
        code: string;
        message: string;
    } | null;
    /**
     * What was produced and charged; set once the task is terminal.
     */
    usage: {
        images: number | null;
        seconds: number | null;
        /**
         * Micro-credits charged; 0 unless the task succeeded.
         */
        cost: number;
    } | null;
};

export type TaskKind = 'image' | 'video';

/**
 * queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
 */
export type TaskStatus = 'queued' | 'running' | 'succeeded' | 'failed' | 'canceled' | 'expired';

export type TaskFile = {
    kind: TaskKind;
    /**
     * A signed gateway URL, valid until `expires_at`; fetch the task again for a fresh one.
     */
    url: string;
    expires_at: string;
    content_type: string;
    bytes: number;
    width?: number;
    height?: number;
    duration_seconds?: number;
    revised_prompt?: string;
    /**
     * Present when the file only stands in for the real output (the simulator's video), saying what it is.
     */
    placeholder?: string;
};

export type CreateTaskRequest = {
    model: string;
    kind: TaskKind;
    input: TaskInput;
    parameters?: TaskParameters;
    /**
     * Receives one signed POST of the task when it reaches a terminal status (see getCallbackSecret). Private and loopback addresses are refused.
     */
    callback_url?: string;
};

export type TaskInput = {
    prompt: string;
    negative_prompt?: string;
    /**
     * Image-to-video: the first frame, an https URL or a `data:image/…;base64,` URI.
     */
    image_url?: string;
};

/**
 * Generation parameters. Fields not listed here (e.g. DashScope `prompt_extend`, `watermark`, `resolution`) are passed to the upstream as given.
 */
export type TaskParameters = {
    /**
     * Images to generate (image tasks; DashScope takes at most 4). Default 1.
     */
    n?: number;
    /**
     * `1024x1024`, `1280x720`, … Absent: the model's default.
     */
    size?: string;
    /**
     * Video length in seconds (video tasks). Default 5.
     */
    duration?: number;
    seed?: number;
    quality?: string;
    style?: string;
    [key: string]: unknown;
};

export type TaskList = {
    object: 'list';
    data: Array<Task>;
    next_cursor: string | null;
};

/**
 * Verify a callback: hex HMAC-SHA256 with this secret over `<x-nexusflow-timestamp>.<raw body>`, compared with `x-nexusflow-signature` (`v1=<hex>`).
 */
export type CallbackSecret = {
    object: 'callback_secret';
    secret: string;
    algorithm: 'HMAC-SHA256';
    signature_header: 'x-nexusflow-signature';
    timestamp_header: 'x-nexusflow-timestamp';
    signed_payload: '{timestamp}.{body}';
};

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
         * queued (not yet sent upstream) → running → succeeded | failed | canceled | expired. The last four are terminal.
         */
        status?: TaskStatus;
    };
    url: '/v1/tasks';
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
    200: TaskList;
};

export type ListTasksResponse = ListTasksResponses[keyof ListTasksResponses];

export type CreateTaskData = {
    body: CreateTaskRequest;
    headers?: {
        /**
         * Same key, same account → the same task.
         */
        'Idempotency-Key'?: string;
    };
    path?: never;
    query?: never;
    url: '/v1/tasks';
};

export type CreateTaskErrors = {
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
    /**
     * Error (503)
     */
    503: ErrorResponse;
};

export type CreateTaskError = CreateTaskErrors[keyof CreateTaskErrors];

export type CreateTaskResponses = {
    /**
     * The task (new, or the one this Idempotency-Key created)
     */
    200: Task;
};

export type CreateTaskResponse = CreateTaskResponses[keyof CreateTaskResponses];

export type GetCallbackSecretData = {
    body?: never;
    path?: never;
    query?: never;
    url: '/v1/tasks/callback-secret';
};

export type GetCallbackSecretErrors = {
    /**
     * Error (401)
     */
    401: ErrorResponse;
    /**
     * Error (429)
     */
    429: ErrorResponse;
};

export type GetCallbackSecretError = GetCallbackSecretErrors[keyof GetCallbackSecretErrors];

export type GetCallbackSecretResponses = {
    /**
     * The account's callback secret
     */
    200: CallbackSecret;
};

export type GetCallbackSecretResponse = GetCallbackSecretResponses[keyof GetCallbackSecretResponses];

export type GetTaskData = {
    body?: never;
    path: {
        task_id: string;
    };
    query?: never;
    url: '/v1/tasks/{task_id}';
};

export type GetTaskErrors = {
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

export type GetTaskError = GetTaskErrors[keyof GetTaskErrors];

export type GetTaskResponses = {
    /**
     * The task
     */
    200: Task;
};

export type GetTaskResponse = GetTaskResponses[keyof GetTaskResponses];

export type CancelTaskData = {
    body?: never;
    path: {
        task_id: string;
    };
    query?: never;
    url: '/v1/tasks/{task_id}/cancel';
};

export type CancelTaskErrors = {
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

export type CancelTaskError = CancelTaskErrors[keyof CancelTaskErrors];

export type CancelTaskResponses = {
    /**
     * The canceled task
     */
    200: Task;
};

export type CancelTaskResponse = CancelTaskResponses[keyof CancelTaskResponses];
