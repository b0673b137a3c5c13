import { stringFlag, type Command } from '../context.js';
import { credits, table } from '../format.js';

export const usageCommand: Command = {
  usage: 'usage [--account <id>] [--key <id>] [--model <id>] [--since <day|time>] [--until <day|time>]',
  summary: 'usage by day and model, with totals',
  flags: { account: 'string', key: 'string', model: 'string', since: 'string', until: 'string' },
  async run(ctx, _args, flags) {
    const query: Record<string, string> = {};
    for (const [flag, param] of [['account', 'account_id'], ['key', 'key_id'], ['model', 'model'], ['since', 'since'], ['until', 'until']] as const) {
      const v = stringFlag(flags, flag);
      if (v !== undefined) query[param] = v;
    }
    const summary = await ctx.nf.admin.getUsageSummary({ query });
    if (ctx.json) {
      ctx.out(JSON.stringify(summary, null, 2));
      return;
    }
    const t = summary.totals;
    ctx.out(table(
      ['DAY', 'MODEL', 'REQUESTS', 'INPUT TOKENS', 'OUTPUT TOKENS', 'COST (credits)'],
      [...summary.rows.map((r) => [r.day, r.model, r.requests, r.input_tokens, r.output_tokens, credits(r.cost)]), ['total', '', t.requests, t.input_tokens, t.output_tokens, credits(t.cost)]],
    ));
  },
};
