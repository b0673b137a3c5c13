import { AdminTaskQuery } from '../../../spec/native/admin/tasks.js';
import { adminProcedure, call, router } from './trpc.js';

export const tasksRouter = router({
  list: adminProcedure.input(AdminTaskQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.tasks.list(input ?? {}))),
});
