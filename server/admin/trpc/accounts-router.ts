import { AccountPath, CreateAccountRequest, TopUpRequest, UpdateAccountRequest } from '../../../spec/native/admin/accounts.js';
import { PageQuery } from '../../../spec/native/common.js';
import { adminProcedure, call, router } from './trpc.js';

export const accountsRouter = router({
  list: adminProcedure.input(PageQuery.optional()).query(({ ctx, input }) => call(() => ctx.services.accounts.list(input ?? {}))),
  get: adminProcedure.input(AccountPath).query(({ ctx, input }) => call(() => ctx.services.accounts.get(input.account_id))),
  create: adminProcedure.input(CreateAccountRequest).mutation(({ ctx, input }) => call(() => ctx.services.accounts.create(ctx.actor, input))),
  update: adminProcedure.input(AccountPath.extend(UpdateAccountRequest.shape))
    .mutation(({ ctx, input: { account_id, ...body } }) => call(() => ctx.services.accounts.update(ctx.actor, account_id, body))),
  topUp: adminProcedure.input(AccountPath.extend(TopUpRequest.shape))
    .mutation(({ ctx, input: { account_id, ...body } }) => call(() => ctx.services.accounts.topUp(ctx.actor, account_id, body))),
  ledger: adminProcedure.input(AccountPath.extend(PageQuery.shape))
    .query(({ ctx, input: { account_id, ...page } }) => call(() => ctx.services.accounts.ledger(account_id, page))),
});
