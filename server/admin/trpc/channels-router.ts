import { ChannelPath, ChannelTestRequest, CreateChannelRequest, UpdateChannelRequest } from '../../../spec/native/admin/channels.js';
import { PageQuery } from '../../../spec/native/common.js';
import { adminProcedure, call, router } from './trpc.js';

export const channelsRouter = router({
  list: adminProcedure.input(PageQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.channels.list(input ?? {}))),
  get: adminProcedure.input(ChannelPath).query(({ ctx, input }) => call(() => ctx.services.channels.get(input.channel_id))),
  create: adminProcedure.input(CreateChannelRequest).mutation(({ ctx, input }) => call(() => ctx.services.channels.create(ctx.actor, input))),
  update: adminProcedure.input(ChannelPath.extend(UpdateChannelRequest.shape))
    .mutation(({ ctx, input: { channel_id, ...body } }) => call(() => ctx.services.channels.update(ctx.actor, channel_id, body))),
  disable: adminProcedure.input(ChannelPath).mutation(({ ctx, input }) => call(() => ctx.services.channels.disable(ctx.actor, input.channel_id))),
  test: adminProcedure.input(ChannelPath.extend(ChannelTestRequest.shape))
    .mutation(({ ctx, input: { channel_id, ...body } }) => call(() => ctx.services.channels.test(ctx.actor, channel_id, body))),
});
