/**
 * The measurements of one benchmark pass against one target. Latencies are computed exactly
 * from every request's own hrtime (sorted samples), not read off a 1 ms histogram.
 */
import autocannon from 'autocannon';
import { Agent, request } from 'undici';
import { cpuSeconds, rssMb } from './processes.js';

export interface Target {
  name: string;
  url: string;
  headers: Record<string, string>;
  /** The process whose CPU and memory are measured (undefined for "direct"). */
  pid?: number;
}

export function chatBody(model: string, stream: boolean): string {
  return JSON.stringify({ model, messages: [{ role: 'user', content: 'Say hello in five words.' }], max_tokens: 32, ...(stream ? { stream: true } : {}) });
}

export interface Saturation {
  requestsPerSecond: number;
  requests: number;
  errors: number;
  cpuMsPerRequest?: number;
}

/** Closed-loop load at `connections` for `seconds` with autocannon (whole streams per second when `stream`). */
export async function saturation(t: Target, model: string, connections: number, seconds: number, stream = false): Promise<Saturation> {
  const cpuBefore = t.pid ? cpuSeconds(t.pid) : 0;
  const result = await autocannon({
    url: `${t.url}/v1/chat/completions`,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...t.headers },
    body: chatBody(model, stream),
    connections,
    duration: seconds,
  });
  const ok = result.requests.total - result.non2xx;
  const out: Saturation = { requestsPerSecond: Math.round(ok / seconds), requests: ok, errors: result.non2xx + result.errors + result.timeouts };
  if (t.pid && ok > 0) out.cpuMsPerRequest = round(((cpuSeconds(t.pid) - cpuBefore) * 1000) / result.requests.total, 3);
  return out;
}

export interface Latency {
  samples: number;
  p50Ms: number;
  p99Ms: number;
}

/** One connection, one request at a time, for `seconds`: exact percentiles of end-to-end latency. */
export async function latency(t: Target, model: string, seconds: number, stream = false): Promise<Latency> {
  const agent = new Agent({ connections: 1, keepAliveTimeout: 30_000 });
  const samples: number[] = [];
  const until = Date.now() + seconds * 1000;
  const body = chatBody(model, stream);
  try {
    while (Date.now() < until) {
      const start = process.hrtime.bigint();
      const res = await request(`${t.url}/v1/chat/completions`, { method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/json', ...t.headers }, body });
      if (stream) {
        // Time to first streamed byte.
        for await (const _ of res.body) {
          samples.push(Number(process.hrtime.bigint() - start) / 1e6);
          break;
        }
        await res.body.dump();
      } else {
        await res.body.arrayBuffer();
        samples.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      if (res.statusCode !== 200) throw new Error(`${t.name}: status ${res.statusCode}`);
    }
  } finally {
    await agent.close();
  }
  samples.sort((a, b) => a - b);
  return { samples: samples.length, p50Ms: round(percentile(samples, 0.5), 3), p99Ms: round(percentile(samples, 0.99), 3) };
}

/** Opens `count` slow streams at once and reads the target's resident memory while all are open. */
export async function openStreamsMemory(t: Target, count: number, holdMs: number): Promise<{ rssMb: number; opened: number; rssIdleMb: number }> {
  if (!t.pid) throw new Error('memory needs a pid');
  const rssIdle = rssMb(t.pid);
  const agent = new Agent({ connections: count + 10, keepAliveTimeout: 30_000 });
  const body = chatBody('bench-slow', true);
  let opened = 0;
  let peak = 0;
  const controllers: AbortController[] = [];
  const streams = Array.from({ length: count }, async () => {
    const controller = new AbortController();
    controllers.push(controller);
    try {
      const res = await request(`${t.url}/v1/chat/completions`, { method: 'POST', dispatcher: agent, headers: { 'content-type': 'application/json', ...t.headers }, body, signal: controller.signal });
      let first = true;
      for await (const _ of res.body) {
        if (first) {
          first = false;
          opened++;
        }
      }
    } catch {
      // aborted at the end of the pass
    }
  });
  const until = Date.now() + holdMs;
  while (Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    if (opened >= count) peak = Math.max(peak, rssMb(t.pid));
  }
  for (const c of controllers) c.abort();
  await Promise.all(streams);
  await agent.close();
  return { rssMb: round(peak || rssMb(t.pid), 1), opened, rssIdleMb: round(rssIdle, 1) };
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[i]!;
}

export function round(n: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
