import { stringFlag, UsageError, intFlag, type Command, type CommandContext } from '../context.js';
import { table } from '../format.js';
import { histogramQuantile, parseMetrics, sum, sumBy, type Sample } from '../prometheus-text.js';

export interface ModelRow {
  model: string;
  requestsPerSecond: number;
  errorsPerSecond: number;
  tokensPerSecond: number;
  creditsPerSecond: number;
  requestsTotal: number;
  creditsTotal: number;
}

/** One frame of `nexusflow top`: rates over the interval between two scrapes, totals since the process started. */
export interface TopFrame {
  intervalSeconds: number;
  requestsPerSecond: number;
  errorsPerSecond: { '4xx': number; '5xx': number };
  tokensPerSecond: number;
  creditsPerSecond: number;
  latencyP95Seconds: number | null;
  openStreams: number;
  holdsOutstanding: number;
  usageRecordsPending: number;
  requestsTotal: number;
  creditsTotal: number;
  models: ModelRow[];
}

const is5xx = (l: Record<string, string>): boolean => (l.status ?? '').startsWith('5');
const is4xx = (l: Record<string, string>): boolean => (l.status ?? '').startsWith('4');

/** Compares two scrapes of /metrics taken `seconds` apart. */
export function topFrame(before: readonly Sample[], after: readonly Sample[], seconds: number): TopFrame {
  const rate = (name: string, where?: (l: Record<string, string>) => boolean): number => Math.max(0, sum(after, name, where) - sum(before, name, where)) / seconds;
  const models = new Set([...sumBy(after, 'nexusflow_requests_total', 'model').keys(), ...sumBy(after, 'nexusflow_cost_microcredits_total', 'model').keys()].filter((m) => m !== ''));
  const rows = [...models].sort().map((model): ModelRow => {
    const mine = (l: Record<string, string>): boolean => l.model === model;
    return {
      model,
      requestsPerSecond: rate('nexusflow_requests_total', mine),
      errorsPerSecond: rate('nexusflow_requests_total', (l) => mine(l) && (is4xx(l) || is5xx(l))),
      tokensPerSecond: rate('nexusflow_tokens_total', mine),
      creditsPerSecond: rate('nexusflow_cost_microcredits_total', mine) / 1e6,
      requestsTotal: sum(after, 'nexusflow_requests_total', mine),
      creditsTotal: sum(after, 'nexusflow_cost_microcredits_total', mine) / 1e6,
    };
  }).sort((a, b) => b.requestsPerSecond - a.requestsPerSecond || b.requestsTotal - a.requestsTotal || a.model.localeCompare(b.model));
  return {
    intervalSeconds: seconds,
    requestsPerSecond: rate('nexusflow_requests_total'),
    errorsPerSecond: { '4xx': rate('nexusflow_requests_total', is4xx), '5xx': rate('nexusflow_requests_total', is5xx) },
    tokensPerSecond: rate('nexusflow_tokens_total'),
    creditsPerSecond: rate('nexusflow_cost_microcredits_total') / 1e6,
    latencyP95Seconds: histogramQuantile(0.95, before, after, 'nexusflow_request_duration_seconds') ?? null,
    openStreams: sum(after, 'nexusflow_open_streams'),
    holdsOutstanding: sum(after, 'nexusflow_holds_outstanding'),
    usageRecordsPending: sum(after, 'nexusflow_usage_records_pending'),
    requestsTotal: sum(after, 'nexusflow_requests_total'),
    creditsTotal: sum(after, 'nexusflow_cost_microcredits_total') / 1e6,
    models: rows,
  };
}

const n = (x: number, digits = 2): string => (Number.isInteger(x) ? String(x) : x.toFixed(digits));

export function renderFrame(f: TopFrame, baseUrl: string): string {
  const lines = [
    `nexusflow top — ${baseUrl} — every ${n(f.intervalSeconds)} s`,
    '',
    `requests/s ${n(f.requestsPerSecond)}   errors/s 4xx ${n(f.errorsPerSecond['4xx'])} 5xx ${n(f.errorsPerSecond['5xx'])}   tokens/s ${n(f.tokensPerSecond)}   spend ${n(f.creditsPerSecond, 6)} credits/s   p95 ${f.latencyP95Seconds === null ? '-' : `${n(f.latencyP95Seconds * 1000, 0)} ms`}`,
    `open streams ${f.openStreams}   holds outstanding ${f.holdsOutstanding}   usage records pending ${f.usageRecordsPending}   since start: ${f.requestsTotal} requests, ${n(f.creditsTotal, 6)} credits`,
    '',
  ];
  const body = table(['MODEL', 'REQ/S', 'ERR/S', 'TOKENS/S', 'CREDITS/S', 'REQUESTS', 'CREDITS'],
    f.models.map((m) => [m.model, n(m.requestsPerSecond), n(m.errorsPerSecond), n(m.tokensPerSecond), n(m.creditsPerSecond, 6), m.requestsTotal, n(m.creditsTotal, 6)]));
  return `${lines.join('\n')}\n${body}`;
}

async function scrape(ctx: CommandContext): Promise<Sample[]> {
  let res: Response;
  try {
    res = await ctx.fetch(`${ctx.baseUrl}/metrics`, { headers: ctx.adminToken ? { authorization: `Bearer ${ctx.adminToken}` } : {}, signal: AbortSignal.timeout(10_000) });
  } catch (err) {
    throw new Error(`cannot reach ${ctx.baseUrl}: ${(err as { cause?: { code?: string } }).cause?.code ?? (err as Error).message}`);
  }
  if (res.status !== 200) throw new Error(`${ctx.baseUrl}/metrics answered HTTP ${res.status}${res.status === 401 ? ' (set NEXUSFLOW_ADMIN_TOKEN to the gateway\'s admin token)' : ''}`);
  return parseMetrics(await res.text());
}

export const topCommand: Command = {
  usage: 'top [--interval <seconds>] [--count <frames>]',
  summary: 'live requests/s, errors, tokens, spend and latency per model from /metrics (one frame when not on a terminal, unless --count)',
  flags: { interval: 'string', count: 'string' },
  adminOptional: true,
  async run(ctx, _args, flags) {
    const intervalText = stringFlag(flags, 'interval') ?? '2';
    const interval = Number(intervalText);
    if (!Number.isFinite(interval) || interval < 0.1 || interval > 3600) throw new UsageError(`--interval must be a number of seconds from 0.1 to 3600, got '${intervalText}'`);
    const count = intFlag(flags, 'count') ?? (ctx.isTty && !ctx.json ? Number.POSITIVE_INFINITY : 1);
    let before = await scrape(ctx);
    let t0 = performance.now();
    for (let frame = 0; frame < count; frame++) {
      await ctx.sleep(interval * 1000);
      const after = await scrape(ctx);
      const t1 = performance.now();
      const f = topFrame(before, after, (t1 - t0) / 1000);
      if (ctx.json) ctx.out(`${JSON.stringify(f)}\n`);
      else ctx.out(`${ctx.isTty ? '\x1b[2J\x1b[H' : frame > 0 ? '\n' : ''}${renderFrame(f, ctx.baseUrl)}`);
      before = after;
      t0 = t1;
    }
  },
};
