import type { Task, TaskFile } from '../../generated/tasks/types.gen.js';
import type { FileUrlSigner } from '../files/file-urls.js';
import type { TaskRecord } from '../store/types.js';
import { isTerminal, readMeta } from './task-meta.js';
import type { StoredFile } from './task-results.js';

/** What a finished task keeps in `TaskRecord.result`. */
export interface TaskResultRecord {
  files: StoredFile[];
  images?: number;
  seconds?: number;
}

export function resultRecord(files: StoredFile[], usage: { images?: number; seconds?: number }): Record<string, unknown> {
  const r: TaskResultRecord = { files };
  if (usage.images !== undefined) r.images = usage.images;
  if (usage.seconds !== undefined) r.seconds = usage.seconds;
  return { ...r };
}

/** The stored result, read defensively (records outlive code versions). */
export function readResult(task: TaskRecord): TaskResultRecord {
  const r = task.result ?? {};
  const files = Array.isArray(r.files) ? (r.files as StoredFile[]).filter((f) => typeof f?.id === 'string') : [];
  const out: TaskResultRecord = { files };
  if (typeof r.images === 'number') out.images = r.images;
  if (typeof r.seconds === 'number') out.seconds = r.seconds;
  return out;
}

const iso = (ms: number): string => new Date(ms).toISOString();

/**
 * A task as the API shows it. File URLs are signed afresh on every read (for `baseUrl`, the
 * gateway origin the caller sees), so an old URL expiring never loses the file.
 */
export function taskView(task: TaskRecord, signer: FileUrlSigner, baseUrl: string, now = Date.now()): Task {
  const meta = readMeta(task);
  const result = readResult(task);
  const files = task.status === 'succeeded' ? result.files.map((f) => fileView(f, signer, baseUrl, now)) : [];
  return {
    object: 'task',
    id: task.id,
    model: task.model,
    kind: task.kind,
    status: task.status,
    input: task.input,
    parameters: task.parameters,
    callback_url: task.callbackUrl ?? null,
    created_at: iso(task.createdAt),
    updated_at: iso(task.updatedAt),
    files,
    error: task.error ? { code: task.error.code, message: task.error.message } : null,
    usage: isTerminal(task)
      ? { images: task.kind === 'image' ? result.images ?? null : null, seconds: task.kind === 'video' ? result.seconds ?? null : null, cost: meta.cost ?? 0 }
      : null,
  };
}

export function fileView(f: StoredFile, signer: FileUrlSigner, baseUrl: string, now = Date.now()): TaskFile {
  const { url, expiresAt } = signer.sign(f.id, baseUrl, now);
  const view: TaskFile = { kind: f.kind, url, expires_at: iso(expiresAt * 1000), content_type: f.contentType, bytes: f.bytes };
  if (f.width !== undefined) view.width = f.width;
  if (f.height !== undefined) view.height = f.height;
  if (f.durationSeconds !== undefined) view.duration_seconds = f.durationSeconds;
  if (f.revisedPrompt !== undefined) view.revised_prompt = f.revisedPrompt;
  if (f.placeholder !== undefined) view.placeholder = f.placeholder;
  return view;
}
