import type { Collection, Filter } from 'mongodb';
import { encodeCursor } from '../cursor.js';
import { applyTaskPatch, isClaimable } from '../patch.js';
import { StoreConflictError } from '../store.js';
import type { Page, TaskPatch, TaskRecord, TaskStatus } from '../types.js';
import type { TaskDoc, TaskLinkDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';
import { page, withCursor } from './docs.js';
import { TaskChain, taskFromDoc, taskToDoc } from './task-chain.js';

const idemOf = (task: TaskRecord): string =>
  task.idempotencyKey !== undefined ? `k:${JSON.stringify([task.accountId, task.idempotencyKey])}` : `id:${task.id}`;

/** How many due tasks one claim looks at before giving up (others may be claiming the same ones). */
const CLAIM_CANDIDATES = 20;

export class TaskRepo {
  readonly #chain: TaskChain;

  constructor(private readonly tasks: Collection<TaskDoc>, links: Collection<TaskLinkDoc>) {
    this.#chain = new TaskChain(tasks, links);
  }

  async #byIdem(idem: string): Promise<TaskRecord | null> {
    const doc = await this.tasks.findOne({ idem });
    return doc ? ((await this.#chain.read(doc._id))?.task ?? null) : null;
  }

  async insert(task: TaskRecord): Promise<{ task: TaskRecord; created: boolean }> {
    const idem = idemOf(task);
    const keyed = task.idempotencyKey !== undefined;
    const before = keyed ? await this.#byIdem(idem) : null;
    if (before) return { task: before, created: false };
    try {
      await this.tasks.insertOne(taskToDoc(task, 0, idem));
    } catch (err) {
      if (!isDuplicateKey(err)) throw err;
      const raced = keyed ? await this.#byIdem(idem) : null;
      if (raced) return { task: raced, created: false };
      throw new StoreConflictError(`Task ${task.id} already exists`);
    }
    return { task: { ...task }, created: true };
  }

  async get(id: string): Promise<TaskRecord | null> {
    return (await this.#chain.read(id))?.task ?? null;
  }

  async list(filter: { accountId?: string; status?: TaskStatus }, cursor: string | undefined, limit: number): Promise<Page<TaskRecord>> {
    const base: Filter<TaskDoc> = { ...(filter.accountId !== undefined ? { accountId: filter.accountId } : {}), ...(filter.status !== undefined ? { status: filter.status } : {}) };
    const docs = await this.tasks.find(withCursor(base, cursor)).sort({ createdAt: 1, _id: 1 }).limit(limit + 1).toArray();
    const states = await Promise.all(docs.map((d) => this.#chain.rollForward(taskFromDoc(d))));
    const result = page(states.map((s) => s.task), limit, (t) => encodeCursor([t.createdAt, t.id]));
    // A change committed after the document was last written may have moved a task out of the filter.
    return filter.status === undefined ? result : { ...result, items: result.items.filter((t) => t.status === filter.status) };
  }

  async update(id: string, patch: TaskPatch, fromStatuses?: TaskStatus[]): Promise<TaskRecord | null> {
    return this.#chain.change(id, (t) => (fromStatuses && !fromStatuses.includes(t.status) ? null : applyTaskPatch(t, patch, Date.now())));
  }

  async claim(owner: string, now: number, leaseMs: number): Promise<TaskRecord | null> {
    const due: Filter<TaskDoc> = {
      status: { $in: ['queued', 'running'] },
      $and: [
        { $or: [{ nextPollAt: { $exists: false } }, { nextPollAt: { $lte: now } }] },
        { $or: [{ leaseUntil: { $exists: false } }, { leaseUntil: { $lt: now } }] },
      ],
    };
    const candidates = await this.tasks.find(due).sort({ nextPollAt: 1, createdAt: 1, _id: 1 }).limit(CLAIM_CANDIDATES).toArray();
    for (const doc of candidates) {
      // The document may be stale; the chain re-checks the claim against the current version.
      const claimed = await this.#chain.change(
        doc._id,
        (t) => (isClaimable(t, now) ? { ...t, leaseOwner: owner, leaseUntil: now + leaseMs, updatedAt: now } : null),
        taskFromDoc(doc),
      );
      if (claimed) return claimed;
    }
    return null;
  }
}
