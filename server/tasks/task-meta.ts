import type { Pricing, TaskRecord } from '../store/types.js';

/** Where a task came from: the native API, or the synchronous OpenAI images endpoint riding on a task. */
export type TaskOrigin = 'tasks' | 'images';

/**
 * The task runner's bookkeeping, kept in `TaskRecord.meta` (never shown to callers). Written at
 * creation and when the upstream accepts the job; read defensively, since a record may come
 * from an older gateway.
 */
export interface TaskMeta {
  origin: TaskOrigin;
  /** Micro-credits held at creation (the hold's request id is the task id). */
  hold: number;
  /** The model's prices at creation: a task is charged what it was quoted, even if prices change while it runs. */
  pricing: Pricing;
  /** The gateway origin the caller used, for URLs in callbacks when no public base URL is configured. */
  baseUrl?: string;
  /** When the upstream accepted the job: poll intervals grow with its age. */
  submittedAt?: number;
  /** Micro-credits charged when it succeeded. */
  cost?: number;
  /** When it reached its terminal status. */
  finishedAt?: number;
}

export function readMeta(task: TaskRecord): TaskMeta {
  const m = task.meta ?? {};
  const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);
  const pricing = typeof m.pricing === 'object' && m.pricing !== null ? (m.pricing as Pricing) : {};
  const meta: TaskMeta = { origin: m.origin === 'images' ? 'images' : 'tasks', hold: num(m.hold) ?? 0, pricing };
  if (typeof m.baseUrl === 'string') meta.baseUrl = m.baseUrl;
  const submittedAt = num(m.submittedAt);
  if (submittedAt !== undefined) meta.submittedAt = submittedAt;
  const cost = num(m.cost);
  if (cost !== undefined) meta.cost = cost;
  const finishedAt = num(m.finishedAt);
  if (finishedAt !== undefined) meta.finishedAt = finishedAt;
  return meta;
}

/** The meta as stored (a plain JSON object). */
export function metaPatch(meta: TaskMeta): Record<string, unknown> {
  return { ...meta };
}

export const TERMINAL: ReadonlySet<TaskRecord['status']> = new Set(['succeeded', 'failed', 'canceled', 'expired']);

export function isTerminal(task: TaskRecord): boolean {
  return TERMINAL.has(task.status);
}
