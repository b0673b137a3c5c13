import type { z } from 'zod';
import type { AuditEntry, AuditQuery } from '../../../spec/native/admin/audit.js';
import type { AuditRecord } from '../../store/types.js';
import { iso, listPage, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type AuditEntryWire = z.infer<typeof AuditEntry>;

export function encodeAuditEntry(a: AuditRecord): AuditEntryWire {
  return {
    object: 'audit_entry', id: a.id, actor: a.actor, action: a.action, target_type: a.targetType as AuditEntryWire['target_type'],
    target_id: a.targetId, request_id: a.requestId ?? null, detail: a.detail ?? null, created_at: iso(a.createdAt),
  };
}

/** Reads the audit log (written by `audit()` in common.ts on every mutation). */
export class AuditLogService {
  constructor(private readonly deps: AdminDeps) {}

  async list(query: z.infer<typeof AuditQuery>): Promise<ListPage<AuditEntryWire>> {
    const filter = {
      ...(query.target_type !== undefined ? { targetType: query.target_type } : {}),
      ...(query.target_id !== undefined ? { targetId: query.target_id } : {}),
      ...(query.action !== undefined ? { action: query.action } : {}),
      ...(query.actor !== undefined ? { actor: query.actor } : {}),
    };
    const r = await this.deps.store.listAudit(filter, { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}) });
    return listPage(r.items.map(encodeAuditEntry), r.nextCursor);
  }
}
