import { UsageQuery, UsageRecordQuery } from '../../../spec/native/admin/usage.js';
import { adminProcedure, call, router } from './trpc.js';

export const usageRouter = router({
  summary: adminProcedure.input(UsageQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.usage.summary(input ?? {}))),
  records: adminProcedure.input(UsageRecordQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.usage.records(input ?? {}))),
});
