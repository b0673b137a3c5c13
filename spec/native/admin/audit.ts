/** The audit log: one entry per admin mutation (who, what, when), newest first. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { operation, Timestamp } from './shared.js';

export const AuditEntry = z.object({
  object: z.literal('audit_entry'),
  id: z.string(),
  actor: z.string().openapi({ description: 'Who: the admin credential by fingerprint (`admin-token:3fa9c2d1`), never the credential.' }),
  action: z.string().openapi({ description: 'What: `<entity>.<verb>`, e.g. `key.revoke`.' }),
  target_type: z.enum(['account', 'key', 'model', 'channel']),
  target_id: z.string(),
  request_id: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()).nullable().openapi({ description: 'The change as requested; credentials appear as `[redacted]`.' }),
  created_at: Timestamp,
}).openapi('AuditEntry');

export const AuditQuery = PageQuery.extend({
  target_type: z.enum(['account', 'key', 'model', 'channel']).optional(),
  target_id: z.string().min(1).max(200).optional(),
  action: z.string().min(1).max(100).optional(),
  actor: z.string().min(1).max(200).optional(),
});
export const AuditList = pageOf(AuditEntry, 'AuditList');

export function registerAuditPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listAuditEntries', method: 'get', path: '/admin/v1/audit', summary: 'The audit log, newest first', tags: ['audit'],
    query: AuditQuery, response: { schema: AuditList, description: 'A page of audit entries' },
  });
}
