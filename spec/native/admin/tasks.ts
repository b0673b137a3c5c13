/** Tasks (image and video jobs) across accounts, for operators: what ran, where, and what it cost. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { TaskKind, TaskStatus } from '../tasks/schemas.js';
import { EntityId, Micro, operation, Timestamp } from './shared.js';

export const AdminTask = z.object({
  object: z.literal('task'),
  id: z.string(),
  account_id: z.string(),
  key_id: z.string(),
  model: z.string(),
  kind: TaskKind,
  status: TaskStatus,
  channel_id: z.string().nullable(),
  attempts: z.number().int().openapi({ description: 'Upstream polls and submissions so far.' }),
  files: z.number().int().openapi({ description: 'Result files kept (succeeded tasks).' }),
  cost: Micro.nullable().openapi({ description: 'Charged, once the task is terminal.' }),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
}).openapi('AdminTask');

export const AdminTaskQuery = PageQuery.extend({
  account_id: EntityId.optional().openapi({ description: 'Only this account\'s tasks (default: every account).' }),
  status: TaskStatus.optional(),
});
export const AdminTaskList = pageOf(AdminTask, 'AdminTaskList');

export function registerTaskPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listTasks', method: 'get', path: '/admin/v1/tasks', summary: 'Image and video tasks, oldest first', tags: ['tasks'],
    query: AdminTaskQuery, response: { schema: AdminTaskList, description: 'A page of tasks' },
  });
}
