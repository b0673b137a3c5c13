import type { admin } from '../../index.js';
import { allPages, creditsToMicro, requireArg, requireFlag, stringFlag, type Command } from '../context.js';
import { credits, details, table, when } from '../format.js';

const accountDetails = (a: admin.Account): [string, unknown][] => [
  ['id', a.id], ['name', a.name], ['balance', credits(a.balance)], ['held', credits(a.held)], ['credit limit', credits(a.credit_limit)],
  ['created', when(a.created_at)],
];

export const accountCommands: Record<string, Command> = {
  create: {
    usage: 'accounts create --name <name> [--id <id>] [--credit-limit <credits>]',
    summary: 'create an account',
    flags: { name: 'string', id: 'string', 'credit-limit': 'string' },
    async run(ctx, _args, flags) {
      const id = stringFlag(flags, 'id');
      const limit = stringFlag(flags, 'credit-limit');
      const account = await ctx.nf.admin.createAccount({
        body: { name: requireFlag(flags, 'name'), ...(id ? { id } : {}), ...(limit !== undefined ? { credit_limit: creditsToMicro(limit, '--credit-limit') } : {}) },
      });
      ctx.out(ctx.json ? JSON.stringify(account, null, 2) : details(accountDetails(account)));
    },
  },
  topup: {
    usage: 'accounts topup <account-id> <credits> --reason <text> [--idempotency-key <key>]',
    summary: 'add credits to an account (one ledger entry)',
    flags: { reason: 'string', 'idempotency-key': 'string' },
    async run(ctx, args, flags) {
      const id = requireArg(args, 0, 'account id');
      const amount = creditsToMicro(requireArg(args, 1, 'amount of credits'), 'the amount');
      const key = stringFlag(flags, 'idempotency-key');
      const account = await ctx.nf.admin.topUpAccount({ path: { account_id: id }, body: { amount, reason: requireFlag(flags, 'reason'), ...(key ? { idempotency_key: key } : {}) } });
      ctx.out(ctx.json ? JSON.stringify(account, null, 2) : `Added ${credits(amount)} credits.\n${details(accountDetails(account))}`);
    },
  },
  show: {
    usage: 'accounts show <account-id>',
    summary: 'an account with its keys and latest ledger entries',
    flags: {},
    async run(ctx, args) {
      const id = requireArg(args, 0, 'account id');
      const account = await ctx.nf.admin.getAccount({ path: { account_id: id } });
      const keys = await allPages((cursor) => ctx.nf.admin.listKeys({ query: { account_id: id, limit: 200, ...(cursor ? { cursor } : {}) } }));
      const ledger = await allPages((cursor) => ctx.nf.admin.listAccountLedger({ path: { account_id: id }, query: { limit: 200, ...(cursor ? { cursor } : {}) } }));
      if (ctx.json) {
        ctx.out(JSON.stringify({ account, keys, ledger }, null, 2));
        return;
      }
      const recent = ledger.slice(-10);
      ctx.out([
        details(accountDetails(account)),
        `Keys (${keys.length}):`,
        table(['ID', 'PREFIX', 'NAME', 'STATUS'], keys.map((k) => [k.id, k.prefix, k.name, k.status])).trimEnd(),
        '',
        `Ledger (latest ${recent.length} of ${ledger.length}):`,
        table(['TIME', 'KIND', 'AMOUNT', 'BALANCE', 'REASON / REQUEST'], recent.map((e) => [when(e.created_at), e.kind, credits(e.amount), credits(e.balance_after), e.reason ?? e.request_id])),
      ].join('\n'));
    },
  },
};
