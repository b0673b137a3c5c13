import type { Collection } from 'mongodb';
import { KeyedMutex } from '../keyed-mutex.js';
import type { TaskRecord } from '../types.js';
import { backoff, linkId, nonce } from './chain.js';
import type { TaskDoc, TaskLinkDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';

export interface TaskState {
  task: TaskRecord;
  v: number;
  idem: string;
}

export function taskFromDoc(doc: TaskDoc): TaskState {
  const { _id, _v, idem, ...rest } = doc;
  return { task: { id: _id, ...rest }, v: _v, idem };
}

export function taskToDoc(task: TaskRecord, v: number, idem: string): TaskDoc {
  const { id, ...rest } = task;
  return { _id: id, ...rest, _v: v, idem };
}

function applyLink(task: TaskRecord, link: TaskLinkDoc): TaskRecord {
  const next: Record<string, unknown> = { ...task, ...link.set };
  for (const k of link.unset) delete next[k];
  return next as unknown as TaskRecord;
}

/** The fields that differ between two versions of a task, as a link's `set` and `unset`. */
function diff(before: TaskRecord, after: TaskRecord): Pick<TaskLinkDoc, 'set' | 'unset'> {
  const b = before as unknown as Record<string, unknown>;
  const a = after as unknown as Record<string, unknown>;
  const set: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(a)) if (v !== undefined && v !== b[k]) set[k] = v;
  const unset = Object.keys(b).filter((k) => b[k] !== undefined && a[k] === undefined);
  return { set: set as Partial<TaskRecord>, unset };
}

/**
 * Tasks change by compare-and-swap on a version chain (chain.ts): change v + 1 of a task is a
 * `task_links` insert that only one writer can make, so status transitions and lease claims are
 * exclusive across processes on FerretDB too. The `tasks` document is the task as of `_v`,
 * rewritten after each change so queries see it; readers apply any newer links.
 */
export class TaskChain {
  readonly #mutex = new KeyedMutex();

  constructor(
    private readonly tasks: Collection<TaskDoc>,
    private readonly links: Collection<TaskLinkDoc>,
  ) {}

  async rollForward(state: TaskState): Promise<TaskState> {
    let { task, v } = state;
    for (;;) {
      const link = await this.links.findOne({ _id: linkId(task.id, v + 1) });
      if (!link) return { task, v, idem: state.idem };
      task = applyLink(task, link);
      v = link.v;
    }
  }

  async read(id: string): Promise<TaskState | null> {
    const doc = await this.tasks.findOne({ _id: id });
    return doc ? this.rollForward(taskFromDoc(doc)) : null;
  }

  /**
   * Applies `decide` to the current task and commits its result as the next version, unless
   * `decide` returns null. Returns the committed task, or null.
   */
  async change(id: string, decide: (task: TaskRecord) => TaskRecord | null, known?: TaskState): Promise<TaskRecord | null> {
    return this.#mutex.run(id, async () => {
      let state = known ? await this.rollForward(known) : await this.read(id);
      for (let attempt = 0; ; attempt++) {
        await backoff(attempt, `task ${id}`);
        if (!state) return null;
        const next = decide(state.task);
        if (!next) return null;
        const v = state.v + 1;
        const link: TaskLinkDoc = { _id: linkId(id, v), t: id, v, ...diff(state.task, next), w: nonce() };
        try {
          await this.links.insertOne(link);
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.links.findOne({ _id: link._id });
          if (existing?.w !== link.w) {
            state = await this.rollForward(state);
            continue;
          }
        }
        try {
          await this.tasks.replaceOne({ _id: id }, taskToDoc(next, v, state.idem));
        } catch {
          // The change is committed in task_links; readers roll forward past a stale document.
        }
        return next;
      }
    });
  }
}
