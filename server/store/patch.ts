import type { ApiKeyRecord, KeyPatch, TaskPatch, TaskRecord } from './types.js';

/**
 * Patch semantics shared by both stores: a key absent from the patch is left alone; a key
 * present with the value `undefined` clears an optional field (required fields ignore it).
 */
function applyPatch<T extends object>(record: T, patch: Partial<T>, required: ReadonlySet<keyof T>): T {
  const out: T = { ...record };
  for (const key of Object.keys(patch) as (keyof T)[]) {
    const value = patch[key];
    if (value === undefined) {
      if (!required.has(key)) delete out[key];
    } else {
      out[key] = value as T[keyof T];
    }
  }
  return out;
}

const KEY_REQUIRED = new Set<keyof ApiKeyRecord>(['name', 'status']);
const TASK_REQUIRED = new Set<keyof TaskRecord>(['keyId', 'model', 'kind', 'status', 'input', 'parameters', 'attempts', 'updatedAt']);

export function applyKeyPatch(key: ApiKeyRecord, patch: KeyPatch, now: number): ApiKeyRecord {
  return { ...applyPatch<ApiKeyRecord>(key, patch, KEY_REQUIRED), updatedAt: now };
}

/** `updatedAt` comes from the patch when given, else `now`. */
export function applyTaskPatch(task: TaskRecord, patch: TaskPatch, now: number): TaskRecord {
  const out = applyPatch<TaskRecord>(task, patch, TASK_REQUIRED);
  if (patch.updatedAt === undefined) out.updatedAt = now;
  return out;
}

/** True when a task may be claimed at `now`: active, due (or never scheduled) and not leased. */
export function isClaimable(t: TaskRecord, now: number): boolean {
  return (
    (t.status === 'queued' || t.status === 'running') &&
    (t.nextPollAt === undefined || t.nextPollAt <= now) &&
    (t.leaseUntil === undefined || t.leaseUntil < now)
  );
}

/** Key spend after adding `amount`: a newer `periodStart` starts a new period. */
export function nextSpend(
  current: { spent: number; periodStart?: number },
  amount: number,
  periodStart?: number,
): { spent: number; periodStart?: number } {
  if (periodStart !== undefined && (current.periodStart === undefined || periodStart > current.periodStart)) {
    return { spent: amount, periodStart };
  }
  return current.periodStart === undefined ? { spent: current.spent + amount } : { spent: current.spent + amount, periodStart: current.periodStart };
}
