import type { z } from 'zod';
import type { AdminTask, AdminTaskQuery } from '../../../spec/native/admin/tasks.js';
import type { TaskRecord } from '../../store/types.js';
import { isTerminal, readMeta } from '../../tasks/task-meta.js';
import { readResult } from '../../tasks/task-view.js';
import { iso, listPage, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type AdminTaskWire = z.infer<typeof AdminTask>;

/** Image and video tasks across accounts (the key holder's view is /v1/tasks, scoped to their account). */
export class AdminTasksService {
  constructor(private readonly deps: AdminDeps) {}

  encode(t: TaskRecord): AdminTaskWire {
    return {
      object: 'task', id: t.id, account_id: t.accountId, key_id: t.keyId, model: t.model, kind: t.kind, status: t.status,
      channel_id: t.channelId ?? null, attempts: t.attempts, files: t.status === 'succeeded' ? readResult(t).files.length : 0,
      cost: isTerminal(t) ? readMeta(t).cost ?? 0 : null, error: t.error ? { code: t.error.code, message: t.error.message } : null,
      created_at: iso(t.createdAt), updated_at: iso(t.updatedAt),
    };
  }

  async list(q: z.infer<typeof AdminTaskQuery>): Promise<ListPage<AdminTaskWire>> {
    const filter = { ...(q.account_id !== undefined ? { accountId: q.account_id } : {}), ...(q.status !== undefined ? { status: q.status } : {}) };
    const page = await this.deps.store.listTasks(filter, { limit: q.limit ?? 50, ...(q.cursor !== undefined ? { cursor: q.cursor } : {}) });
    return listPage(page.items.map((t) => this.encode(t)), page.nextCursor);
  }
}
