import { AuditQuery } from '../../../spec/native/admin/audit.js';
import { adminProcedure, call, router } from './trpc.js';

export const auditRouter = router({
  list: adminProcedure.input(AuditQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.audit.list(input ?? {}))),
});
