import { CreateKeyRequest, KeyListQuery, KeyPath, RotateKeyRequest, UpdateKeyRequest } from '../../../spec/native/admin/keys.js';
import { adminProcedure, call, router } from './trpc.js';

export const keysRouter = router({
  list: adminProcedure.input(KeyListQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.keys.list(input ?? {}, input ?? {}))),
  get: adminProcedure.input(KeyPath).query(({ ctx, input }) => call(() => ctx.services.keys.get(input.key_id))),
  create: adminProcedure.input(CreateKeyRequest).mutation(({ ctx, input }) => call(() => ctx.services.keys.create(ctx.actor, input))),
  update: adminProcedure.input(KeyPath.extend(UpdateKeyRequest.shape))
    .mutation(({ ctx, input: { key_id, ...body } }) => call(() => ctx.services.keys.update(ctx.actor, key_id, body))),
  rotate: adminProcedure.input(KeyPath.extend(RotateKeyRequest.shape))
    .mutation(({ ctx, input: { key_id, ...body } }) => call(() => ctx.services.keys.rotate(ctx.actor, key_id, body))),
  revoke: adminProcedure.input(KeyPath).mutation(({ ctx, input }) => call(() => ctx.services.keys.revoke(ctx.actor, input.key_id))),
});
