import { randomBytes } from 'node:crypto';
import { decodeCursor, encodeCursor, pageLimit } from '../../store/cursor.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { AuditRecord } from '../../store/types.js';
import type { AdminActor } from '../admin-actor.js';
import type { AdminDeps } from './deps.js';

/** Epoch ms → the RFC 3339 UTC string the admin API speaks. */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** RFC 3339 time or `YYYY-MM-DD` (UTC midnight) → epoch ms; the schemas checked the form already. */
export function parseTime(value: string, param: string): number {
  const ms = /^\d{4}-\d{2}-\d{2}$/.test(value) ? Date.parse(`${value}T00:00:00Z`) : Date.parse(value);
  if (!Number.isFinite(ms)) throw new GatewayError('invalid_request', `Invalid ${param}: not a time.`, { param });
  return ms;
}

export function notFound(what: string, id: string, param?: string): GatewayError {
  return new GatewayError('not_found', `No ${what} with id '${id}'.`, param ? { param } : {});
}

export function conflict(message: string, param?: string): GatewayError {
  return new GatewayError('conflict', message, param ? { param } : {});
}

export interface ListPage<T> {
  object: 'list';
  data: T[];
  next_cursor: string | null;
}

export function listPage<T>(data: T[], nextCursor: string | undefined): ListPage<T> {
  return { object: 'list', data, next_cursor: nextCursor ?? null };
}

/** Pages a list the store returns whole (models, channels), sorted by id, cursor = last id. */
export function pageById<T extends { id: string }>(items: readonly T[], page: { cursor?: string | undefined; limit?: number | undefined }): { items: T[]; nextCursor?: string } {
  const limit = pageLimit(page.limit ?? 50);
  const [after] = page.cursor ? decodeCursor(page.cursor, ['string'] as const) : [''];
  const rest = [...items].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).filter((i) => page.cursor === undefined || i.id > after);
  const kept = rest.slice(0, limit);
  const last = kept[kept.length - 1];
  return rest.length > limit && last ? { items: kept, nextCursor: encodeCursor([last.id]) } : { items: kept };
}

/** Time-ordered, unique audit ids. */
function auditId(now: number): string {
  return `aud_${now.toString(36).padStart(9, '0')}${randomBytes(6).toString('hex')}`;
}

/**
 * Records one mutation in the audit log. Called after the change succeeded; a failure here
 * surfaces to the caller (store_unavailable) although the change itself stands.
 */
export async function audit(
  deps: AdminDeps,
  actor: AdminActor,
  action: string,
  target: { type: 'account' | 'key' | 'model' | 'channel'; id: string },
  detail?: Record<string, unknown>,
): Promise<void> {
  const now = deps.now();
  const record: AuditRecord = { id: auditId(now), actor: actor.id, action, targetType: target.type, targetId: target.id, requestId: actor.requestId, createdAt: now };
  if (detail !== undefined) record.detail = detail;
  await deps.store.insertAudit(record);
}

/** Drops keys whose value is undefined, so a record never stores `undefined` explicitly. */
export function defined<T extends object>(o: T): T {
  for (const k of Object.keys(o) as (keyof T)[]) if (o[k] === undefined) delete o[k];
  return o;
}
