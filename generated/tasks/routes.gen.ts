// Generated from spec/native/tasks.spec.ts by spec/codegen — do not edit.
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';
import type { CallbackSecret, CreateTaskRequest, Task, TaskList, operations } from './types.gen.js';
import { validateCancelTaskParams, validateCreateTaskBody, validateGetTaskParams, validateListTasksQuery } from './validators.gen.js';

/** Request and response types of each NexusFlow tasks API operation. */
export interface TasksOperations {
  createTask: {
    body: CreateTaskRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: Task;
  };
  listTasks: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listTasks']['parameters']['query']>;
    response: TaskList;
  };
  getCallbackSecret: {
    body: undefined;
    params: Record<string, never>;
    query: Record<string, never>;
    response: CallbackSecret;
  };
  getTask: {
    body: undefined;
    params: operations['getTask']['parameters']['path'];
    query: Record<string, never>;
    response: Task;
  };
  cancelTask: {
    body: undefined;
    params: operations['cancelTask']['parameters']['path'];
    query: Record<string, never>;
    response: Task;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type TasksHandlers<Ctx, Result> = {
  [K in keyof TasksOperations]:
    | ((input: OperationInput<TasksOperations[K]['body'], TasksOperations[K]['params'], TasksOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const tasksRoutes: readonly RouteDef<keyof TasksOperations & string>[] = [
  {
    operationId: 'createTask',
    method: 'POST',
    path: '/v1/tasks',
    routerPath: '/v1/tasks',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateCreateTaskBody,
  },
  {
    operationId: 'listTasks',
    method: 'GET',
    path: '/v1/tasks',
    routerPath: '/v1/tasks',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListTasksQuery,
  },
  {
    operationId: 'getCallbackSecret',
    method: 'GET',
    path: '/v1/tasks/callback-secret',
    routerPath: '/v1/tasks/callback-secret',
    protocol: 'nexusflow',
    bodyRequired: false,
  },
  {
    operationId: 'getTask',
    method: 'GET',
    path: '/v1/tasks/{task_id}',
    routerPath: '/v1/tasks/:task_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateGetTaskParams,
  },
  {
    operationId: 'cancelTask',
    method: 'POST',
    path: '/v1/tasks/{task_id}/cancel',
    routerPath: '/v1/tasks/:task_id/cancel',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateCancelTaskParams,
  },
];
