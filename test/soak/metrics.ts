/**
 * One reading of the gateway's health, scraped from its Prometheus endpoint (prom-client's
 * default process metrics plus NexusFlow's own gauges) behind the admin token.
 */
export interface GatewayReading {
  rssMb: number;
  heapUsedMb: number;
  heapTotalMb: number;
  externalMb: number;
  /** Event-loop delay since the previous scrape (prom-client resets its histogram on each scrape), beyond the sampling interval (loopDelayMs). */
  loopP99Ms: number;
  loopMaxMs: number;
  activeHandles: number;
  activeRequests: number;
  openStreams: number;
  holdsOutstanding: number;
  usagePending: number;
}

/** `name value` and `name{labels} value` lines → sum per metric name. */
export function parseProm(text: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const m = /^([a-zA-Z_:][\w:]*)(?:\{[^}]*\})?\s+(\S+)/.exec(line);
    if (!m) continue;
    const v = Number(m[2]);
    if (Number.isFinite(v)) out.set(m[1]!, (out.get(m[1]!) ?? 0) + v);
  }
  return out;
}

export async function readGateway(baseUrl: string, adminToken: string): Promise<GatewayReading> {
  const res = await fetch(`${baseUrl}/metrics`, { headers: { authorization: `Bearer ${adminToken}` }, signal: AbortSignal.timeout(30_000) });
  if (res.status !== 200) throw new Error(`/metrics answered ${res.status}`);
  const m = parseProm(await res.text());
  const mb = (name: string): number => round((m.get(name) ?? Number.NaN) / 1024 / 1024, 1);
  const ms = (name: string): number => round((m.get(name) ?? Number.NaN) * 1000, 2);
  return {
    rssMb: mb('process_resident_memory_bytes'),
    heapUsedMb: mb('nodejs_heap_size_used_bytes'),
    heapTotalMb: mb('nodejs_heap_size_total_bytes'),
    externalMb: mb('nodejs_external_memory_bytes'),
    loopP99Ms: loopDelayMs(m.get('nodejs_eventloop_lag_p99_seconds')),
    loopMaxMs: loopDelayMs(m.get('nodejs_eventloop_lag_max_seconds')),
    activeHandles: m.get('nodejs_active_handles_total') ?? Number.NaN,
    activeRequests: m.get('nodejs_active_requests_total') ?? Number.NaN,
    openStreams: m.get('nexusflow_open_streams') ?? Number.NaN,
    holdsOutstanding: m.get('nexusflow_holds_outstanding') ?? Number.NaN,
    usagePending: m.get('nexusflow_usage_records_pending') ?? Number.NaN,
  };
}

export const round = (n: number, digits: number): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** prom-client's `eventLoopMonitoringPrecision` default: its loop timer's interval, ms. */
export const LOOP_RESOLUTION_MS = 10;

/**
 * prom-client's event-loop figures (monitorEventLoopDelay with a 10 ms timer) are the timer's
 * whole interval between two ticks: an idle loop reads ~10.2 ms. The loop's delay is what
 * exceeds the interval (as fastify's under-pressure computes it).
 */
export function loopDelayMs(seconds: number | undefined): number {
  if (seconds === undefined || !Number.isFinite(seconds)) return Number.NaN;
  return round(Math.max(0, seconds * 1000 - LOOP_RESOLUTION_MS), 2);
}
