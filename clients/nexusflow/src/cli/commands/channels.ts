import type { admin } from '../../index.js';
import { allPages, intFlag, requireArg, requireFlag, stringFlag, UsageError, type Command } from '../context.js';
import { table } from '../format.js';

const PROVIDERS = ['simulator', 'openai-compatible', 'anthropic', 'gemini', 'dashscope'] as const;

const channelRow = (c: admin.Channel): unknown[] => [
  c.id, c.provider, c.base_url, c.weight, c.priority, c.status, c.health, c.credential.source === 'env' ? `env ${c.credential.env}` : c.credential.source,
];

export const channelCommands: Record<string, Command> = {
  list: {
    usage: 'channels list',
    summary: 'list channels with status and health',
    flags: {},
    async run(ctx) {
      const channels = await allPages((cursor) => ctx.nf.admin.listChannels({ query: { limit: 200, ...(cursor ? { cursor } : {}) } }));
      ctx.out(ctx.json ? JSON.stringify(channels, null, 2) : table(['ID', 'PROVIDER', 'BASE URL', 'WEIGHT', 'PRIORITY', 'STATUS', 'HEALTH', 'CREDENTIAL'], channels.map(channelRow)));
    },
  },
  add: {
    usage: 'channels add --id <id> --provider <type> [--base-url <url>] [--name <name>] [--credential-env <VAR> | --credential-stdin] [--weight <n>] [--priority <n>]',
    summary: 'add a channel; --credential-stdin reads the secret from standard input (stored encrypted)',
    flags: { id: 'string', provider: 'string', 'base-url': 'string', name: 'string', 'credential-env': 'string', 'credential-stdin': 'boolean', weight: 'string', priority: 'string' },
    async run(ctx, _args, flags) {
      const provider = requireFlag(flags, 'provider');
      if (!(PROVIDERS as readonly string[]).includes(provider)) throw new UsageError(`--provider must be one of ${PROVIDERS.join(', ')}, got '${provider}'`);
      const credentialEnv = stringFlag(flags, 'credential-env');
      if (credentialEnv !== undefined && flags['credential-stdin'] === true) throw new UsageError('give --credential-env or --credential-stdin, not both');
      // A secret on the command line would land in shell history and `ps`; stdin does not.
      const credential = flags['credential-stdin'] === true ? (await ctx.readStdin()).trim() : undefined;
      if (credential === '') throw new UsageError('--credential-stdin: standard input was empty');
      const baseUrl = stringFlag(flags, 'base-url');
      const name = stringFlag(flags, 'name');
      const weight = intFlag(flags, 'weight');
      const priority = intFlag(flags, 'priority');
      const channel = await ctx.nf.admin.createChannel({
        body: {
          id: requireFlag(flags, 'id'), provider: provider as (typeof PROVIDERS)[number],
          ...(baseUrl !== undefined ? { base_url: baseUrl } : {}), ...(name !== undefined ? { name } : {}),
          ...(credentialEnv !== undefined ? { credential_env: credentialEnv } : {}), ...(credential !== undefined ? { credential } : {}),
          ...(weight !== undefined ? { weight } : {}), ...(priority !== undefined ? { priority } : {}),
        },
      });
      ctx.out(ctx.json ? JSON.stringify(channel, null, 2) : table(['ID', 'PROVIDER', 'BASE URL', 'WEIGHT', 'PRIORITY', 'STATUS', 'HEALTH', 'CREDENTIAL'], [channelRow(channel)]));
    },
  },
  disable: {
    usage: 'channels disable <channel-id>',
    summary: 'stop routing to a channel',
    flags: {},
    async run(ctx, args) {
      const channel = await ctx.nf.admin.disableChannel({ path: { channel_id: requireArg(args, 0, 'channel id') } });
      ctx.out(ctx.json ? JSON.stringify(channel, null, 2) : `Disabled ${channel.id}.\n`);
    },
  },
};
