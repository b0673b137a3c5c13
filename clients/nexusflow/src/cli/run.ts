import { parseArgs } from 'node:util';
import { createNexusFlowClient, NexusFlowError } from '../index.js';
import { accountCommands } from './commands/accounts.js';
import { channelCommands } from './commands/channels.js';
import { keyCommands } from './commands/keys.js';
import { modelCommands } from './commands/models.js';
import { usageCommand } from './commands/usage.js';
import { doctorCommand } from './commands/doctor.js';
import { topCommand } from './commands/top.js';
import { UsageError, type Command, type CommandContext, type Flags } from './context.js';

/** Exit codes: 0 ok, 1 the gateway refused or failed, 2 the command was misused, 3 configuration missing. */
export const EXIT = { ok: 0, api: 1, usage: 2, config: 3 } as const;

const GROUPS: Record<string, Record<string, Command> | Command> = {
  keys: keyCommands,
  accounts: accountCommands,
  models: modelCommands,
  channels: channelCommands,
  usage: usageCommand,
  doctor: doctorCommand,
  top: topCommand,
};

export interface CliIo {
  env: Record<string, string | undefined>;
  stdout(text: string): void;
  stderr(text: string): void;
  readStdin(): Promise<string>;
  fetch?: typeof fetch;
  isTty?: boolean;
  /** Defaults to a real timer (tests act during top's interval through it). */
  sleep?: (ms: number) => Promise<void>;
}

function isCommand(x: Record<string, Command> | Command): x is Command {
  return typeof (x as Command).run === 'function';
}

function help(): string {
  const lines = ['Usage: nexusflow <command> [options] [--json]', '', 'Commands:'];
  for (const group of Object.values(GROUPS)) {
    for (const c of isCommand(group) ? [group] : Object.values(group)) lines.push(`  ${c.usage}`, `      ${c.summary}`);
  }
  lines.push('', 'Environment: NEXUSFLOW_URL (default http://localhost:8080), NEXUSFLOW_ADMIN_TOKEN (required; doctor reports its absence instead).');
  lines.push('Output: tables for people; --json prints the API objects for scripts.');
  return `${lines.join('\n')}\n`;
}

/** Runs one command line; returns the exit code. Never throws. */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [groupName, ...rest] = argv;
  if (groupName === undefined || groupName === 'help' || groupName === '--help' || groupName === '-h') {
    io.stdout(help());
    return groupName === undefined ? EXIT.usage : EXIT.ok;
  }
  const group = GROUPS[groupName];
  if (!group) {
    io.stderr(`nexusflow: unknown command '${groupName}'. Run 'nexusflow help'.\n`);
    return EXIT.usage;
  }
  let command: Command | undefined;
  let args = rest;
  if (isCommand(group)) command = group;
  else {
    const [sub, ...subArgs] = rest;
    command = sub === undefined ? undefined : group[sub];
    args = subArgs;
    if (!command) {
      io.stderr(`nexusflow: ${groupName} needs one of: ${Object.keys(group).join(', ')}.\n`);
      return EXIT.usage;
    }
  }

  let flags: Flags;
  let positionals: string[];
  try {
    const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { json: { type: 'boolean' }, help: { type: 'boolean', short: 'h' } };
    for (const [name, type] of Object.entries(command.flags)) options[name] = { type };
    for (const [short, long] of Object.entries(command.short ?? {})) {
      const opt = options[long];
      if (opt) opt.short = short;
    }
    const parsed = parseArgs({ args, options, allowPositionals: true, strict: true });
    flags = parsed.values as Flags;
    positionals = parsed.positionals;
  } catch (err) {
    io.stderr(`nexusflow: ${(err as Error).message}\nUsage: nexusflow ${command.usage}\n`);
    return EXIT.usage;
  }
  if (flags.help === true) {
    io.stdout(`Usage: nexusflow ${command.usage}\n  ${command.summary}\n`);
    return EXIT.ok;
  }

  const adminToken = io.env.NEXUSFLOW_ADMIN_TOKEN;
  if (!adminToken && command.adminOptional !== true) {
    io.stderr('nexusflow: NEXUSFLOW_ADMIN_TOKEN is not set; export the gateway\'s admin token.\n');
    return EXIT.config;
  }
  const baseUrl = io.env.NEXUSFLOW_URL || 'http://localhost:8080';
  const ctx: CommandContext = {
    nf: createNexusFlowClient({ baseUrl, ...(adminToken ? { adminToken } : {}), ...(io.fetch ? { fetch: io.fetch } : {}) }),
    json: flags.json === true,
    out: io.stdout,
    readStdin: io.readStdin,
    baseUrl: baseUrl.replace(/\/+$/, ''),
    adminToken: adminToken || undefined,
    fetch: io.fetch ?? fetch,
    isTty: io.isTty === true,
    sleep: io.sleep ?? ((ms) => new Promise((resolve) => setTimeout(resolve, ms))),
  };
  try {
    await command.run(ctx, positionals, flags);
    return EXIT.ok;
  } catch (err) {
    if (err instanceof UsageError) {
      io.stderr(`nexusflow: ${err.message}\nUsage: nexusflow ${command.usage}\n`);
      return EXIT.usage;
    }
    if (err instanceof NexusFlowError) {
      const what = err.status === 0 ? `cannot reach ${baseUrl}: ${err.message.replace(/^0 /, '')}` : err.message.replace(/^\d+ /, '');
      const tags = [err.status > 0 ? `HTTP ${err.status}` : undefined, err.code, err.param ? `field ${err.param}` : undefined].filter(Boolean).join(', ');
      io.stderr(`nexusflow: ${what}${tags ? ` (${tags})` : ''}\n`);
      return EXIT.api;
    }
    io.stderr(`nexusflow: ${err instanceof Error ? err.message : String(err)}\n`);
    return EXIT.api;
  }
}
