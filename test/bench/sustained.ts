/**
 * `npm run bench -- --sustained`: one NexusFlow process on the embedded store under closed-loop
 * load (c = BENCH_CONNECTIONS, default 50) for BENCH_SUSTAINED_SECONDS (default 600), against the
 * benchmark upstream. Every 10 s it samples completed requests, the SQLite WAL file and the
 * whole data directory; it reports throughput per minute (first vs last minute), the largest WAL
 * seen and data-directory bytes per request, and writes them to BENCHMARKS.md's "Sustained"
 * section. What #14 asks of it: < 10 % lost between the first and last minute, WAL ≤ 64 MB at
 * every sample, data dir ≤ 2 KB per request.
 */
import autocannon from 'autocannon';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { freePort } from '../setup/ferretdb.js';
import { chatBody } from './measure.js';
import { gatewayCommand } from './gateway-entry.js';
import { startChild, type Child } from './processes.js';

const ROOT = resolve(import.meta.dirname, '../..');
const KEY = 'sk-air-benchbenchbenchbenchbench0000';

function dirBytes(dir: string): number {
  let n = 0;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    n += e.isDirectory() ? dirBytes(p) : statSync(p).size;
  }
  return n;
}

const fileBytes = (p: string): number => (existsSync(p) ? statSync(p).size : 0);
const mb = (b: number): string => (b / 1024 / 1024).toFixed(1);

interface Sample { t: number; requests: number; walBytes: number; dirBytes: number }

export async function sustained(): Promise<void> {
  const seconds = Number(process.env.BENCH_SUSTAINED_SECONDS ?? '600');
  const connections = Number(process.env.BENCH_CONNECTIONS ?? '50');
  const children: Child[] = [];
  const dirs: string[] = [];
  try {
    const tsx = ['--import', 'tsx'];
    const upstream = await startChild('upstream', process.execPath, [...tsx, join(ROOT, 'test/bench/fake-upstream.ts')], {}, /listening (\d+)/);
    children.push(upstream);
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-sustained-'));
    dirs.push(dir);
    const catalog = join(dir, 'catalog.json');
    const dataDir = join(dir, 'data');
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'bench', provider: 'openai-compatible', base_url: `http://127.0.0.1:${upstream.port}/v1` }],
      models: [{ id: 'bench', supported_protocols: ['openai:chat-completions'], max_output_tokens: 1024, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'bench', upstream_model: 'bench' }] }],
    }));
    const port = await freePort();
    const { MONGODB_URI: _ignored, ...env } = process.env;
    process.env = env;
    const gw = await startChild('nexusflow', process.execPath, gatewayCommand(), {
      NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: KEY, NEXUSFLOW_BOOTSTRAP_BALANCE: '100000000', NEXUSFLOW_DATA_DIR: dataDir,
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', HOST: '127.0.0.1', PORT: String(port), NEXUSFLOW_WORKERS: '1',
    }, /NexusFlow listening on/, port);
    children.push(gw);
    const baseBytes = dirBytes(dataDir);

    let completed = 0;
    const samples: Sample[] = [{ t: 0, requests: 0, walBytes: fileBytes(join(dataDir, 'nexusflow.db-wal')), dirBytes: baseBytes }];
    const started = Date.now();
    const sampler = setInterval(() => {
      const s = { t: Math.round((Date.now() - started) / 1000), requests: completed, walBytes: fileBytes(join(dataDir, 'nexusflow.db-wal')), dirBytes: dirBytes(dataDir) };
      samples.push(s);
      process.stdout.write(`  t=${s.t}s requests=${s.requests} wal=${mb(s.walBytes)} MB data=${mb(s.dirBytes)} MB\n`);
    }, 10_000);
    const result = await new Promise<autocannon.Result>((resolveRun, rejectRun) => {
      const instance = autocannon({
        url: `http://127.0.0.1:${port}/v1/chat/completions`, method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${KEY}` }, body: chatBody('bench', false),
        connections, duration: seconds,
      }, (err, res) => (err ? rejectRun(err) : resolveRun(res)));
      instance.on('response', (_client, status) => {
        if (status === 200) completed++;
      });
    });
    clearInterval(sampler);
    const end = { t: Math.round((Date.now() - started) / 1000), requests: completed, walBytes: fileBytes(join(dataDir, 'nexusflow.db-wal')), dirBytes: dirBytes(dataDir) };
    samples.push(end);

    const perMinute: number[] = [];
    for (let m = 0; m * 60 < seconds; m++) {
      const from = samples.filter((s) => s.t <= m * 60).at(-1)!;
      const to = samples.filter((s) => s.t <= (m + 1) * 60).at(-1)!;
      if (to.t > from.t) perMinute.push(Math.round((to.requests - from.requests) / (to.t - from.t)));
    }
    const maxWal = Math.max(...samples.map((s) => s.walBytes));
    const perRequest = Math.round((end.dirBytes - baseBytes) / Math.max(1, end.requests));
    const first = perMinute[0] ?? 0;
    const last = perMinute.at(-1) ?? 0;
    const change = first > 0 ? Math.round(((last - first) / first) * 1000) / 10 : 0;
    const lines = [
      `Run on ${new Date().toISOString().slice(0, 10)}, ${cpus().length} cores, Node ${process.version}: \`npm run bench -- --sustained\` `
        + `(BENCH_SUSTAINED_SECONDS=${seconds}, c=${connections}), one NexusFlow process on the embedded store, non-streamed chat against the benchmark upstream.`,
      '',
      '| minute | requests/s |',
      '|---|---|',
      ...perMinute.map((r, i) => `| ${i + 1} | ${r} |`),
      '',
      `- ${end.requests} requests answered 200 (${result.non2xx} non-2xx, ${result.errors} errors); last minute vs first: ${change >= 0 ? '+' : ''}${change} %.`,
      `- Largest WAL at any 10 s sample: ${mb(maxWal)} MB; at the end: ${mb(end.walBytes)} MB.`,
      `- Data directory grew by ${mb(end.dirBytes - baseBytes)} MB: ${perRequest} bytes per request.`,
    ];
    const text = lines.join('\n');
    process.stdout.write(`\n${text}\n`);
    const file = join(ROOT, 'BENCHMARKS.md');
    const doc = readFileSync(file, 'utf8');
    const section = `## Sustained\n\n${text}\n`;
    const at = doc.indexOf('## Sustained');
    const next = at >= 0 ? doc.indexOf('\n## ', at + 5) : -1;
    const updated = at < 0 ? `${doc.trimEnd()}\n\n${section}` : `${doc.slice(0, at)}${section}${next >= 0 ? doc.slice(next) : ''}`;
    writeFileSync(file, updated);
  } finally {
    await Promise.all(children.map((c) => c.stop()));
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  }
}
