import { CreateModelRequest, ModelPath, UpdateModelRequest } from '../../../spec/native/admin/models.js';
import { PageQuery } from '../../../spec/native/common.js';
import { adminProcedure, call, router } from './trpc.js';

export const modelsRouter = router({
  list: adminProcedure.input(PageQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.models.list(input ?? {}))),
  get: adminProcedure.input(ModelPath).query(({ ctx, input }) => call(() => ctx.services.models.get(input.model_id))),
  create: adminProcedure.input(CreateModelRequest).mutation(({ ctx, input }) => call(() => ctx.services.models.create(ctx.actor, input))),
  update: adminProcedure.input(ModelPath.extend(UpdateModelRequest.shape))
    .mutation(({ ctx, input: { model_id, ...body } }) => call(() => ctx.services.models.update(ctx.actor, model_id, body))),
  delete: adminProcedure.input(ModelPath).mutation(({ ctx, input }) => call(() => ctx.services.models.delete(ctx.actor, input.model_id))),
});
