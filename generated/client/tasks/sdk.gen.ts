// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.

import { client } from './client.gen.js';
import type { Client, Options as Options2, TDataShape } from './client/index.js';
import type { CancelTaskData, CancelTaskErrors, CancelTaskResponses, CreateTaskData, CreateTaskErrors, CreateTaskResponses, GetCallbackSecretData, GetCallbackSecretErrors, GetCallbackSecretResponses, GetTaskData, GetTaskErrors, GetTaskResponses, ListTasksData, ListTasksErrors, ListTasksResponses } from './types.gen.js';

export type Options<TData extends TDataShape = TDataShape, ThrowOnError extends boolean = boolean, TResponse = unknown> = Options2<TData, ThrowOnError, TResponse> & {
    /**
     * You can provide a client instance returned by `createClient()` instead of
     * individual options. This might be also useful if you want to implement a
     * custom client.
     */
    client?: Client;
    /**
     * You can pass arbitrary values through the `meta` object. This can be
     * used to access values that aren't defined as part of the SDK function.
     */
    meta?: Record<string, unknown>;
};

/**
 * List the account's tasks, oldest first
 */
export const listTasks = <ThrowOnError extends boolean = false>(options?: Options<ListTasksData, ThrowOnError>) => (options?.client ?? client).get<ListTasksResponses, ListTasksErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/tasks',
    ...options
});

/**
 * Create an image or video task
 *
 * Holds the worst-case cost, answers at once with the queued task, and lets the gateway run it upstream. A repeated `Idempotency-Key` answers the task it created (409 if the request differs).
 */
export const createTask = <ThrowOnError extends boolean = false>(options: Options<CreateTaskData, ThrowOnError>) => (options.client ?? client).post<CreateTaskResponses, CreateTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/tasks',
    ...options,
    headers: {
        'Content-Type': 'application/json',
        ...options.headers
    }
});

/**
 * The secret that signs this account's task callbacks
 */
export const getCallbackSecret = <ThrowOnError extends boolean = false>(options?: Options<GetCallbackSecretData, ThrowOnError>) => (options?.client ?? client).get<GetCallbackSecretResponses, GetCallbackSecretErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/tasks/callback-secret',
    ...options
});

/**
 * Get a task
 */
export const getTask = <ThrowOnError extends boolean = false>(options: Options<GetTaskData, ThrowOnError>) => (options.client ?? client).get<GetTaskResponses, GetTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/tasks/{task_id}',
    ...options
});

/**
 * Cancel a task
 *
 * A queued task is canceled at once. A running one only while the upstream has not started it (DashScope cancels PENDING jobs only); otherwise 409, and the task runs to its end and is charged if it succeeds. Canceling a canceled task answers it again.
 */
export const cancelTask = <ThrowOnError extends boolean = false>(options: Options<CancelTaskData, ThrowOnError>) => (options.client ?? client).post<CancelTaskResponses, CancelTaskErrors, ThrowOnError>({
    security: [{ scheme: 'bearer', type: 'http' }],
    url: '/v1/tasks/{task_id}/cancel',
    ...options
});
