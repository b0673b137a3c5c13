import type { admin } from '../../index.js';
import { allPages, creditsToMicro, intFlag, requireArg, requireFlag, stringFlag, UsageError, type Command } from '../context.js';
import { credits, details, table, when } from '../format.js';

const keyRow = (k: admin.ApiKey): unknown[] => [
  k.id, k.prefix, k.account_id, k.name, k.status, when(k.expires_at), k.allowed_models ?? 'all',
  k.spend_limit === null ? '-' : `${credits(k.spent)}/${credits(k.spend_limit)} ${k.spend_period ?? ''}`.trim(),
  k.rate_limits.requests_per_minute ?? '-', k.rate_limits.tokens_per_minute ?? '-',
];
const KEY_HEADERS = ['ID', 'PREFIX', 'ACCOUNT', 'NAME', 'STATUS', 'EXPIRES', 'MODELS', 'SPENT/LIMIT', 'RPM', 'TPM'];

function secretNotice(k: admin.ApiKeyWithSecret): string {
  return `${details([['id', k.id], ['account', k.account_id], ['name', k.name], ['prefix', k.prefix]])}\nSecret (shown once, store it now):\n  ${k.secret}\n`;
}

export const keyCommands: Record<string, Command> = {
  create: {
    usage: 'keys create --account <id> [--name <name>] [--id <id>] [--expires <time>] [--models a,b] [--spend-limit <credits>] [--period day|month|total] [--rpm <n>] [--tpm <n>]',
    summary: 'create an API key (its secret is printed once)',
    flags: { account: 'string', name: 'string', id: 'string', expires: 'string', models: 'string', 'spend-limit': 'string', period: 'string', rpm: 'string', tpm: 'string' },
    async run(ctx, _args, flags) {
      const period = stringFlag(flags, 'period');
      if (period !== undefined && period !== 'day' && period !== 'month' && period !== 'total') throw new UsageError(`--period must be day, month or total, got '${period}'`);
      const spend = stringFlag(flags, 'spend-limit');
      const rpm = intFlag(flags, 'rpm');
      const tpm = intFlag(flags, 'tpm');
      const models = stringFlag(flags, 'models');
      const expires = stringFlag(flags, 'expires');
      const id = stringFlag(flags, 'id');
      const key = await ctx.nf.admin.createKey({
        body: {
          account_id: requireFlag(flags, 'account'),
          name: stringFlag(flags, 'name') ?? 'cli',
          ...(id !== undefined ? { id } : {}),
          ...(expires !== undefined ? { expires_at: expires } : {}),
          ...(models !== undefined ? { allowed_models: models.split(',').map((m) => m.trim()).filter(Boolean) } : {}),
          ...(spend !== undefined ? { spend_limit: creditsToMicro(spend, '--spend-limit') } : {}),
          ...(period !== undefined ? { spend_period: period } : {}),
          ...(rpm !== undefined || tpm !== undefined ? { rate_limits: { ...(rpm !== undefined ? { requests_per_minute: rpm } : {}), ...(tpm !== undefined ? { tokens_per_minute: tpm } : {}) } } : {}),
        },
      });
      ctx.out(ctx.json ? JSON.stringify(key, null, 2) : secretNotice(key));
    },
  },
  list: {
    usage: 'keys list [--account <id>]',
    summary: 'list API keys (prefixes only)',
    flags: { account: 'string' },
    async run(ctx, _args, flags) {
      const account = stringFlag(flags, 'account');
      const keys = await allPages((cursor) => ctx.nf.admin.listKeys({ query: { limit: 200, ...(cursor ? { cursor } : {}), ...(account ? { account_id: account } : {}) } }));
      ctx.out(ctx.json ? JSON.stringify(keys, null, 2) : table(KEY_HEADERS, keys.map(keyRow)));
    },
  },
  revoke: {
    usage: 'keys revoke <key-id>',
    summary: 'revoke a key (refused everywhere within seconds)',
    flags: {},
    async run(ctx, args) {
      const key = await ctx.nf.admin.revokeKey({ path: { key_id: requireArg(args, 0, 'key id') } });
      ctx.out(ctx.json ? JSON.stringify(key, null, 2) : `Revoked ${key.id} (${key.prefix}…).\n`);
    },
  },
  rotate: {
    usage: 'keys rotate <key-id> [--grace <seconds>]',
    summary: 'new secret for a key; the old one works for the grace period (default 1 day)',
    flags: { grace: 'string' },
    async run(ctx, args, flags) {
      const grace = intFlag(flags, 'grace');
      const key = await ctx.nf.admin.rotateKey({ path: { key_id: requireArg(args, 0, 'key id') }, body: grace !== undefined ? { grace_period_seconds: grace } : {} });
      ctx.out(ctx.json ? JSON.stringify(key, null, 2) : `The old key works for ${grace ?? 86_400} more seconds.\n${secretNotice(key)}`);
    },
  },
};
