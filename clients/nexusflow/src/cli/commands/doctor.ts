import { NexusFlowError, type admin } from '../../index.js';
import { allPages, intFlag, type Command, type CommandContext } from '../context.js';
import { table } from '../format.js';

export type CheckStatus = 'ok' | 'warn' | 'fail' | 'skip';

export interface DoctorCheck {
  check: string;
  status: CheckStatus;
  detail: string;
}

/** Clock skew tolerated silently, and the skew that fails (signed file URLs and callbacks carry times). */
const SKEW_WARN_S = 5;
const SKEW_FAIL_S = 60;

const why = (err: unknown): string => {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if (err instanceof Error && err.name === 'TimeoutError') return 'no answer in time';
  return cause?.code ?? cause?.message ?? (err instanceof Error ? err.message : String(err));
};

async function get(ctx: CommandContext, path: string, timeoutMs: number, headers: Record<string, string> = {}): Promise<{ res: Response; sentAt: number; receivedAt: number }> {
  const sentAt = Date.now();
  const res = await ctx.fetch(`${ctx.baseUrl}${path}`, { headers, signal: AbortSignal.timeout(timeoutMs) });
  return { res, sentAt, receivedAt: Date.now() };
}

/** Gateway side: liveness, readiness (store, catalog, draining) and the gateway's clock. */
async function gatewayChecks(ctx: CommandContext, timeoutMs: number, out: DoctorCheck[]): Promise<boolean> {
  let live;
  try {
    live = await get(ctx, '/healthz', timeoutMs);
  } catch (err) {
    out.push({ check: 'gateway', status: 'fail', detail: `cannot reach ${ctx.baseUrl}: ${why(err)}` });
    return false;
  }
  if (live.res.status !== 200) {
    out.push({ check: 'gateway', status: 'fail', detail: `${ctx.baseUrl}/healthz answered HTTP ${live.res.status}` });
    return false;
  }
  out.push({ check: 'gateway', status: 'ok', detail: `${ctx.baseUrl} is up` });

  const date = live.res.headers.get('date');
  if (date) {
    // The Date header has whole seconds: the gateway's clock read somewhere in [date, date + 1 s)
    // while ours read somewhere in [sent, received]; only a gap between the two is skew.
    const lo = Date.parse(date);
    const ahead = lo - live.receivedAt;
    const behind = live.sentAt - (lo + 1000);
    const skew = ahead > 0 ? Math.round(ahead / 1000) : behind > 0 ? -Math.round(behind / 1000) : 0;
    const status: CheckStatus = Math.abs(skew) >= SKEW_FAIL_S ? 'fail' : Math.abs(skew) >= SKEW_WARN_S ? 'warn' : 'ok';
    out.push({ check: 'clock skew', status, detail: `gateway clock is ${skew === 0 ? 'within 1 s of' : `${Math.abs(skew)} s ${skew > 0 ? 'ahead of' : 'behind'}`} this machine's` });
  } else {
    out.push({ check: 'clock skew', status: 'skip', detail: 'the gateway sent no Date header' });
  }

  try {
    const { res } = await get(ctx, '/readyz', timeoutMs);
    const body = (await res.json().catch(() => ({}))) as { checks?: Record<string, string> };
    const checks = body.checks ?? {};
    out.push({ check: 'store', status: checks.store === 'ok' ? 'ok' : 'fail', detail: checks.store === 'ok' ? 'the gateway reaches its store' : `the gateway's store: ${checks.store ?? `unknown (HTTP ${res.status})`}` });
    out.push({ check: 'catalog', status: checks.catalog === 'ok' ? 'ok' : 'fail', detail: checks.catalog === 'ok' ? 'loaded' : (checks.catalog ?? 'unknown') });
    if (checks.draining !== undefined && checks.draining !== 'ok') out.push({ check: 'draining', status: 'fail', detail: 'the gateway is shutting down' });
  } catch (err) {
    out.push({ check: 'store', status: 'fail', detail: `/readyz did not answer: ${why(err)}` });
  }
  return true;
}

/** An HTTP answer of any status means the upstream is reachable; only the network can fail this. */
async function reachable(ctx: CommandContext, url: string, timeoutMs: number): Promise<{ ok: boolean; detail: string }> {
  try {
    const res = await ctx.fetch(url, { method: 'GET', signal: AbortSignal.timeout(timeoutMs), redirect: 'manual' });
    await res.body?.cancel();
    return { ok: true, detail: `${url} answers (HTTP ${res.status})` };
  } catch (err) {
    return { ok: false, detail: `${url}: ${why(err)}` };
  }
}

/** Admin side: the token, then every channel (status, credential, reachability) and every model's routes. */
async function catalogChecks(ctx: CommandContext, timeoutMs: number, out: DoctorCheck[]): Promise<void> {
  if (!ctx.adminToken) {
    out.push({ check: 'admin token', status: 'fail', detail: 'NEXUSFLOW_ADMIN_TOKEN is not set; channel and model checks skipped' });
    return;
  }
  let channels: admin.Channel[];
  let models: admin.AdminModel[];
  try {
    channels = await allPages((cursor) => ctx.nf.admin.listChannels({ query: { limit: 200, ...(cursor ? { cursor } : {}) } }));
    models = await allPages((cursor) => ctx.nf.admin.listModels({ query: { limit: 200, ...(cursor ? { cursor } : {}) } }));
  } catch (err) {
    const detail = err instanceof NexusFlowError && (err.status === 401 || err.status === 403)
      ? `the gateway refused it (HTTP ${err.status}, ${err.code ?? 'unauthorized'})`
      : `admin API: ${err instanceof Error ? err.message : String(err)}`;
    out.push({ check: 'admin token', status: 'fail', detail });
    return;
  }
  out.push({ check: 'admin token', status: 'ok', detail: `accepted; ${channels.length} channels, ${models.length} models` });

  const usable = new Set<string>();
  // Probed at once; reported in the catalog's order.
  const rows = await Promise.all(channels.map(async (c): Promise<DoctorCheck> => {
    const name = `channel ${c.id}`;
    if (c.status === 'disabled') return { check: name, status: 'warn', detail: 'disabled' };
    if (c.health === 'missing_credential') {
      return { check: name, status: 'fail', detail: c.credential.source === 'env' ? `credential variable ${c.credential.env} is not set on the gateway` : 'no credential the gateway can read' };
    }
    if (c.provider === 'simulator' || !c.base_url) {
      usable.add(c.id);
      return { check: name, status: 'ok', detail: c.provider === 'simulator' ? 'built-in simulator (no upstream)' : 'no base URL to check' };
    }
    const r = await reachable(ctx, c.base_url, timeoutMs);
    if (r.ok) usable.add(c.id);
    return { check: name, status: r.ok ? 'ok' : 'fail', detail: r.detail };
  }));
  out.push(...rows);

  const stranded = models.filter((m) => !m.channels.some((b) => usable.has(b.channel)));
  if (stranded.length > 0) out.push({ check: 'models', status: 'fail', detail: `no usable channel for: ${stranded.map((m) => m.id).join(', ')}` });
  else out.push({ check: 'models', status: 'ok', detail: `every model has a usable channel` });
}

export const doctorCommand: Command = {
  usage: 'doctor [--timeout <ms>]',
  summary: 'check the gateway: up, ready (store, catalog), clock skew, admin token, each channel (credential, upstream reachable from here), each model routable',
  flags: { timeout: 'string' },
  adminOptional: true,
  async run(ctx, _args, flags) {
    const timeoutMs = intFlag(flags, 'timeout') ?? 5000;
    const checks: DoctorCheck[] = [];
    if (await gatewayChecks(ctx, timeoutMs, checks)) {
      const channelChecks: DoctorCheck[] = [];
      await catalogChecks(ctx, timeoutMs, channelChecks);
      checks.push(...channelChecks);
    }
    const failed = checks.filter((c) => c.status === 'fail').length;
    const warned = checks.filter((c) => c.status === 'warn').length;
    if (ctx.json) ctx.out(`${JSON.stringify({ ok: failed === 0, checks }, null, 2)}\n`);
    else {
      ctx.out(table(['CHECK', 'STATUS', 'DETAIL'], checks.map((c) => [c.check, c.status.toUpperCase(), c.detail])));
      ctx.out(`\n${failed === 0 ? 'All checks passed' : `${failed} check${failed === 1 ? '' : 's'} failed`}${warned > 0 ? ` (${warned} warning${warned === 1 ? '' : 's'})` : ''}.\n`);
    }
    if (failed > 0) throw new DoctorFailed(failed);
  },
};

/** Exit code 1 after the report (runCli prints the message). */
export class DoctorFailed extends Error {
  constructor(readonly failed: number) {
    super(`doctor: ${failed} check${failed === 1 ? '' : 's'} failed`);
    this.name = 'DoctorFailed';
  }
}
