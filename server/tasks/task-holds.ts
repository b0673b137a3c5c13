import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { TaskDriver } from './task-driver.js';
import { isTerminal } from './task-meta.js';

/** Hold request ids that belong to tasks (the hold of a task is keyed by its id). */
export function isTaskHold(requestId: string): boolean {
  return requestId.startsWith('task_');
}

/**
 * Task holds live as long as their task (minutes for videos, up to the vendors' 24 h), so the
 * request hold sweeper leaves them alone (HoldSweeper.exclude) and this settles them instead:
 * a hold still open on a terminal task — its process stopped between the terminal write and the
 * billing — is settled from the task (charge on success, release otherwise); a hold whose task
 * does not exist is released. Holds of running tasks are left for the task to settle.
 */
export class TaskHoldReconciler {
  constructor(private readonly store: Store, private readonly driver: TaskDriver, private readonly log: Logger, private readonly minAgeMs = 60_000) {}

  async sweep(now = Date.now()): Promise<number> {
    let fixed = 0;
    const stale = await this.store.listStaleHolds(now - this.minAgeMs, 200);
    for (const h of stale) {
      if (!isTaskHold(h.requestId)) continue;
      const task = await this.store.getTask(h.requestId);
      if (task && !isTerminal(task)) continue;
      if (task) {
        await this.driver.settle(task);
      } else {
        await this.store.releaseHold({ accountId: h.accountId, requestId: h.requestId, reason: 'task hold without a task' });
      }
      fixed++;
      this.log.warn({ taskId: h.requestId, status: task?.status ?? 'missing' }, 'task hold reconciled');
    }
    return fixed;
  }
}
