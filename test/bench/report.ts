/** Turns one benchmark run into the table of BENCHMARKS.md, with the ratios the targets are stated in. */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { Latency, Saturation } from './measure.js';

export interface TargetResult {
  saturation?: Saturation;
  /** The same load, streamed: complete streams per second. */
  streamSaturation?: Saturation | { error: string };
  latency?: Latency;
  ttfb?: Latency | { error: string };
  memory?: { rssMb: number; opened: number; rssIdleMb: number } | { error: string };
}

export interface BenchResult {
  when: string;
  command: string;
  machine: { cpus: number; model: string; memoryGb: number; node: string };
  settings: { seconds: number; latencySeconds: number; connections: number; streams: number };
  targets: Record<string, TargetResult>;
  passes: Array<{ label: string; attempt: number; load1: number; busyPercent: number }>;
}

const fmt = (n: number | undefined, digits = 2): string => (n === undefined || Number.isNaN(n) ? '—' : n.toFixed(digits));

export function writeReport(r: BenchResult, file: string): void {
  const t = r.targets;
  const rps = (name: string): number | undefined => t[name]?.saturation?.requestsPerSecond;
  const sps = (name: string): number | undefined => {
    const s = t[name]?.streamSaturation;
    return s && 'requestsPerSecond' in s ? s.requestsPerSecond : undefined;
  };
  const lat = (name: string): Latency | undefined => t[name]?.latency;
  const ttfb = (name: string): Latency | undefined => {
    const v = t[name]?.ttfb;
    return v && 'p50Ms' in v ? v : undefined;
  };
  const added = (name: string, q: 'p50Ms' | 'p99Ms', of: (n: string) => Latency | undefined): number | undefined => {
    const a = of(name)?.[q];
    const d = of('direct')?.[q];
    return a !== undefined && d !== undefined ? a - d : undefined;
  };
  const ratio = (a: number | undefined, b: number | undefined): string => (a && b ? `${(a / b).toFixed(2)}×` : '—');

  const rows = Object.keys(t).map((name) => {
    const mem = t[name]?.memory;
    return `| ${name} | ${rps(name) ?? '—'} | ${sps(name) ?? '—'} | ${fmt(t[name]?.saturation?.cpuMsPerRequest, 3)} | ${fmt(lat(name)?.p50Ms, 3)} | ${fmt(lat(name)?.p99Ms, 3)} | ${fmt(added(name, 'p50Ms', lat), 3)} | ${fmt(added(name, 'p99Ms', lat), 3)} | ${fmt(ttfb(name)?.p50Ms, 3)} | ${fmt(added(name, 'p50Ms', ttfb), 3)} | ${mem && 'rssMb' in mem ? `${mem.rssMb} (${mem.opened} open)` : mem ? 'error' : '—'} |`;
  });
  const gw = 'nexusflow';
  const ratios = [
    `- NexusFlow / Portkey throughput: **${ratio(rps(gw), rps('portkey'))}** (target ≥ 5×)`,
    `- NexusFlow / bare proxy throughput: **${ratio(rps(gw), rps('bare-proxy'))}** (target ≥ 0.5×); streamed: **${ratio(sps(gw), sps('bare-proxy'))}** (target ≥ 0.5×)`,
    `- NexusFlow / LiteLLM proxy throughput: **${ratio(rps(gw), rps('litellm'))}** (target ≥ 50×)`,
    `- NexusFlow on MongoDB / embedded throughput: **${ratio(rps('nexusflow-mongo'), rps(gw))}** (target ≥ 0.5×, #14)`,
    `- Added latency over direct at 1 connection: p50 **${fmt(added(gw, 'p50Ms', lat), 3)} ms** (target ≤ 0.3), p99 **${fmt(added(gw, 'p99Ms', lat), 3)} ms** (target ≤ 1.5)`,
    `- Time to first token added: p50 **${fmt(added(gw, 'p50Ms', ttfb), 3)} ms** (target ≤ 1)`,
  ];
  const multi = Object.keys(t).find((n) => /^nexusflow-\d+w$/.test(n));
  if (multi) {
    const n = multi.slice('nexusflow-'.length);
    ratios.push(
      `- ${n.replace('w', '')} workers: NexusFlow ${rps(multi) ?? '—'} req/s, **${ratio(rps(multi), rps(gw))}** its one-process figure; bare proxy ${rps(`bare-proxy-${n}`) ?? '—'} req/s; NexusFlow / bare proxy with ${n.replace('w', '')} workers each: **${ratio(rps(multi), rps(`bare-proxy-${n}`))}** (target ≥ 0.9× the bare proxy's ${n.replace('w', '')}-worker figure)`,
    );
  }
  const busy = r.passes.filter((p) => p.busyPercent > 20);
  const md = `# Benchmarks

Latest run of \`${r.command}\` (${r.when}) on ${r.machine.cpus} × ${r.machine.model}, ${r.machine.memoryGb} GB, Node ${r.machine.node}.
Saturation: ${r.settings.connections} connections for ${r.settings.seconds} s after a 3 s warm-up, non-streamed requests (req/s), and streamed ones (streams/s: whole streams read to the end).
Latency: one connection, one request at a time for ${r.settings.latencySeconds} s; percentiles computed exactly from every request.
TTFB: the same, streamed, time to the first response byte. Memory: resident set with ${r.settings.streams} slow streams open at once.
All processes share this machine (client, upstream and gateway), so absolute numbers are lower than on dedicated hosts; the ratios are what the targets are stated in.

| target | req/s | streams/s | CPU ms/req | p50 ms | p99 ms | added p50 | added p99 | TTFB p50 | TTFB added | RSS MB, streams open |
|---|---|---|---|---|---|---|---|---|---|---|
${rows.join('\n')}

${ratios.join('\n')}

Machine load before each pass (a pass is repeated, up to 3 times, when the CPUs were more than 20% busy before it): ${busy.length === 0 ? 'all passes started on a quiet machine' : busy.map((p) => `${p.label} #${p.attempt} ${p.busyPercent}%`).join(', ')}.

Targets: \`direct\` is the fake upstream itself; \`bare-proxy\` is fastify + undici forwarding bytes (the floor for a Node gateway); \`nexusflow\` runs the compiled server as \`npm start\` does (\`node dist/server/main.js\`; \`BENCH_TSX=1\` for the tsx start) with key auth, validation, routing, billing (a hold — in memory against a leased budget once requests overlap — then the settlement with its usage record) and metrics on the embedded store; \`nexusflow-mongo\` the same on MongoDB (FerretDB); \`portkey\` is \`@portkey-ai/gateway\` from npm and \`litellm\` LiteLLM's proxy (\`litellm[proxy]\` from PyPI, one worker, an \`openai/bench\` model), both pointed at the same upstream; \`*-2w\` rows run two processes (throughput only).
`;
  // Sections written by hand or by other modes (notes on a run, the sustained run) are kept.
  const previous = existsSync(file) ? readFileSync(file, 'utf8') : '';
  const kept = previous.indexOf('\n## ');
  writeFileSync(file, kept >= 0 ? `${md}${previous.slice(kept)}` : md);
}
