import type { NexusFlowClient } from '../index.js';

/** A mistake in how the command was called (exit code 2), as opposed to an API error (1). */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** What every command gets: the client, the output mode and where to write. */
export interface CommandContext {
  nf: NexusFlowClient;
  /** `--json`: machine-readable output on stdout, nothing else. */
  json: boolean;
  out(text: string): void;
  /** Everything on standard input (for secrets that must not be in argv). */
  readStdin(): Promise<string>;
  /** The gateway root (NEXUSFLOW_URL), for commands that speak plain HTTP (doctor, top). */
  baseUrl: string;
  /** The admin token, when set (commands with `adminOptional` run without one). */
  adminToken: string | undefined;
  fetch: typeof fetch;
  /** Whether stdout is a terminal (top redraws in place there). */
  isTty: boolean;
  /** Waits (top's refresh interval). */
  sleep(ms: number): Promise<void>;
}

export type Flags = Record<string, string | boolean | undefined>;

export interface Command {
  /** `keys create` etc.; the usage line shown in help. */
  usage: string;
  summary: string;
  /** Flags this command accepts: name → takes a value? */
  flags: Record<string, 'string' | 'boolean'>;
  /** Short flags → long names. */
  short?: Record<string, string>;
  /** Runs without NEXUSFLOW_ADMIN_TOKEN (and reports its absence itself). */
  adminOptional?: boolean;
  run(ctx: CommandContext, args: string[], flags: Flags): Promise<void>;
}

export function stringFlag(flags: Flags, name: string): string | undefined {
  const v = flags[name];
  return typeof v === 'string' ? v : undefined;
}

export function requireFlag(flags: Flags, name: string): string {
  const v = stringFlag(flags, name);
  if (v === undefined || v === '') throw new UsageError(`--${name} is required`);
  return v;
}

export function requireArg(args: string[], index: number, what: string): string {
  const v = args[index];
  if (v === undefined || v === '') throw new UsageError(`missing ${what}`);
  return v;
}

export function intFlag(flags: Flags, name: string): number | undefined {
  const v = stringFlag(flags, name);
  if (v === undefined) return undefined;
  if (!/^\d+$/.test(v)) throw new UsageError(`--${name} must be a whole number, got '${v}'`);
  return Number(v);
}

/** "2.5" credits → 2_500_000 micro-credits, without floating point. */
export function creditsToMicro(text: string, what: string): number {
  if (!/^\d+(\.\d{1,6})?$/.test(text)) throw new UsageError(`${what} must be a number of credits like 10 or 2.5, got '${text}'`);
  const [whole = '0', frac = ''] = text.split('.');
  return Number(whole) * 1_000_000 + Number(frac.padEnd(6, '0'));
}

/** Every page of a cursor-paginated admin list. */
export async function allPages<T>(fetchPage: (cursor: string | undefined) => Promise<{ data: T[]; next_cursor: string | null }>, max = 10_000): Promise<T[]> {
  const out: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    out.push(...page.data);
    cursor = page.next_cursor ?? undefined;
  } while (cursor !== undefined && out.length < max);
  return out;
}
