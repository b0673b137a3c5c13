import { UsageQuery, UsageRecordQuery, UsageSeriesQuery } from '../../../spec/native/admin/usage.js';
import { adminProcedure, call, router } from './trpc.js';

export const usageRouter = router({
  summary: adminProcedure.input(UsageQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.usage.summary(input ?? {}))),
  series: adminProcedure.input(UsageSeriesQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.usage.series(input ?? {}))),
  records: adminProcedure.input(UsageRecordQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.usage.records(input ?? {}))),
});
