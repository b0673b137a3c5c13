/**
 * `npm run soak`: saturation load for SOAK_SECONDS (default 600) against a gateway child process
 * and a local fake upstream, then a verdict on memory, handles and leftovers. Not part of the
 * test command. Writes SOAK.md (the latest run) and .cache/soak/<time>.json.
 *
 * Load: SOAK_STREAMS (default 1,000) streams held open at once after a linear ramp, each reopened
 * when it ends, plus SOAK_WORKERS closed-loop non-streamed requests — all over the OpenAI,
 * Anthropic and Gemini protocols in turn. Every SOAK_SAMPLE_SECONDS the gateway's /metrics is
 * read (RSS, heap, event-loop delay, active handles, open streams, holds, pending usage records).
 * After the load, SOAK_SETTLE_SECONDS of quiet, a last reading, a graceful stop, and a
 * reconciliation of the books (balance = Σ ledger, no hold left).
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { reconcile } from '../../server/billing/reconcile.js';
import { createStore } from '../../server/store/index.js';
import { freePort, findFerretDb, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { startChild, type Child } from '../bench/processes.js';
import { CALLER_PROTOCOLS, chatCall } from '../faults/protocols.js';
import { startGatewayChild } from './gateway-child.js';
import { readGateway, round } from './metrics.js';
import { writeSoakReport } from './report.js';
import { startTraffic } from './traffic.js';
import { judge, type Sample } from './verdict.js';

const ROOT = resolve(import.meta.dirname, '../..');
const num = (name: string, fallback: number): number => {
  const v = process.env[name];
  if (v === undefined || v === '') return fallback;
  const n = Number(v);
  if (!Number.isFinite(n) || n < 0) throw new Error(`${name} must be a non-negative number, got ${v}`);
  return n;
};
const SECONDS = num('SOAK_SECONDS', 600);
const STREAMS = num('SOAK_STREAMS', 1000);
const RAMP = num('SOAK_RAMP_SECONDS', Math.min(60, Math.round(SECONDS / 5)));
const WORKERS = num('SOAK_WORKERS', 16);
const SAMPLE = num('SOAK_SAMPLE_SECONDS', Math.max(2, Math.min(15, Math.round(SECONDS / 40))));
const SETTLE = num('SOAK_SETTLE_SECONDS', 15);
const STREAM_SECONDS = num('SOAK_STREAM_SECONDS', 5);
const STORE = process.env.SOAK_STORE === 'mongo' ? 'mongo' : 'embedded';
const OUT = resolve(ROOT, process.env.SOAK_OUT ?? 'SOAK.md');
const LIMITS = {
  rssSlopeMbPerMin: num('SOAK_MAX_RSS_SLOPE_MB_PER_MIN', 3),
  heapSlopeMbPerMin: num('SOAK_MAX_HEAP_SLOPE_MB_PER_MIN', 3),
  handleGrowth: num('SOAK_MAX_HANDLE_GROWTH', 10),
  failureRate: num('SOAK_MAX_FAILURE_RATE', 0.001),
  loopP99Ms: num('SOAK_MAX_LOOP_P99_MS', 20),
};
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function main(): Promise<void> {
  const children: Child[] = [];
  const dirs: string[] = [];
  let ferret: FerretDbInstance | undefined;
  const cleanup = async (): Promise<void> => {
    await Promise.all(children.map((c) => c.stop()));
    await ferret?.dispose();
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

  try {
    const tsx = ['--import', 'tsx'];
    // Streams of SOAK_STREAM_SECONDS: ten chunks a second.
    const upstream = await startChild('upstream', process.execPath, [...tsx, join(ROOT, 'test/bench/fake-upstream.ts')], { BENCH_SLOW_CHUNKS: String(STREAM_SECONDS * 10), BENCH_SLOW_CHUNK_MS: '100' }, /listening (\d+)/);
    children.push(upstream);

    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-soak-'));
    dirs.push(dir);
    const catalog = join(dir, 'catalog.json');
    const protocols = ['openai:chat-completions', 'anthropic:messages', 'gemini:generate-content'];
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'soak-upstream', provider: 'openai-compatible', base_url: `http://127.0.0.1:${upstream.port}/v1` }],
      models: [['soak', 'bench'], ['soak-stream', 'bench-slow']].map(([id, up]) => ({
        id, supported_protocols: protocols, max_output_tokens: 256, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'soak-upstream', upstream_model: up }],
      })),
    }));
    const key = `sk-air-soak${randomBytes(16).toString('hex')}`;
    const adminToken = `nf-admin-${randomBytes(24).toString('base64url')}`;
    const { MONGODB_URI: _ignored, ...inherited } = process.env;
    process.env = inherited;
    const storeEnv: Record<string, string> = { NEXUSFLOW_DATA_DIR: dir };
    if (STORE === 'mongo') {
      const bin = findFerretDb();
      if (!bin) throw new Error('SOAK_STORE=mongo needs ferretdb (bash .ci/install-ferretdb.sh)');
      ferret = await startFerretDb({ binary: bin });
      Object.assign(storeEnv, { MONGODB_URI: ferret.uri, NEXUSFLOW_MONGODB_DB: 'soak' });
    }
    const port = await freePort();
    const gateway = await startGatewayChild(port, {
      ...storeEnv, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '1000000', NEXUSFLOW_ADMIN_TOKEN: adminToken,
      ...(process.env.SOAK_LOG_LEVEL ? { LOG_LEVEL: process.env.SOAK_LOG_LEVEL } : {}),
    });
    children.push(gateway);
    const baseUrl = `http://127.0.0.1:${port}`;

    const samples: Sample[] = [];
    let peakStreams = 0;
    let lastOk = 0;
    let lastFailed = 0;
    let lastAt = Date.now();
    let t0 = Date.now();
    let traffic: ReturnType<typeof startTraffic> | undefined;
    const okOf = (): number => (traffic ? traffic.counters.streamsOk + traffic.counters.requestsOk : 0);
    const failedOf = (): number => (traffic ? Object.values(traffic.counters.failures).reduce((s, n) => s + n, 0) : 0);
    const sample = async (phase: Sample['phase']): Promise<void> => {
      const gw = await readGateway(baseUrl, adminToken);
      const now = Date.now();
      const ok = okOf();
      const failed = failedOf();
      const s: Sample = {
        t: round((now - t0) / 1000, 1), phase, gateway: gw, streamsOpen: traffic?.counters.streamsOpen ?? 0,
        okPerSecond: round((ok - lastOk) / Math.max(0.001, (now - lastAt) / 1000), 1), failures: failed - lastFailed,
      };
      lastOk = ok;
      lastFailed = failed;
      lastAt = now;
      samples.push(s);
      process.stdout.write(`${String(s.t).padStart(7)} s  ${phase.padEnd(8)} rss ${g(gw.rssMb)} MB  heap ${g(gw.heapUsedMb)} MB  loop p99 ${g(gw.loopP99Ms)} ms  handles ${gw.activeHandles}  streams ${gw.openStreams} (client ${s.streamsOpen})  ${s.okPerSecond} ok/s  failures ${s.failures}\n`);
    };
    const g = (n: number): string => String(n).padStart(6);

    // Baseline: the process warmed by a few requests, then quiet.
    for (const protocol of CALLER_PROTOCOLS) {
      const c = chatCall(protocol, baseUrl, key, 'soak', false, 'warm up');
      await fetch(c.url, { method: 'POST', headers: c.headers, body: c.body }).then((r) => r.text());
    }
    await sleep(5000);
    t0 = Date.now();
    await sample('baseline');

    process.stdout.write(`soak: ${SECONDS} s of load, ramping to ${STREAMS} streams over ${RAMP} s, plus ${WORKERS} request workers; sampling every ${SAMPLE} s (${STORE} store)\n`);
    t0 = Date.now();
    lastAt = t0;
    traffic = startTraffic({ baseUrl, key, streams: STREAMS, rampSeconds: RAMP, workers: WORKERS, streamModel: 'soak-stream', quickModel: 'soak' });
    const streamWatch = setInterval(() => (peakStreams = Math.max(peakStreams, traffic!.counters.streamsOpen)), 100);
    while (Date.now() - t0 < SECONDS * 1000) {
      await sleep(Math.min(SAMPLE * 1000, SECONDS * 1000 - (Date.now() - t0)));
      await sample(Date.now() - t0 < RAMP * 1000 ? 'ramp' : 'hold');
    }
    await traffic.stop();
    clearInterval(streamWatch);
    const loadSeconds = round((Date.now() - t0) / 1000, 0);
    await sleep(SETTLE * 1000);
    await sample('settled');

    // A graceful stop flushes usage; then the books must balance.
    await gateway.stop();
    children.splice(children.indexOf(gateway), 1);
    const store = await createStore({ dataDir: dir, ...(ferret ? { mongodbUri: ferret.uri, mongodbDb: 'soak' } : {}) });
    let books: string;
    try {
      const rows = await reconcile(store);
      const usage = await store.summarizeUsage({});
      const records = usage.reduce((s, r) => s + r.requests, 0);
      books = `${rows.filter((r) => r.ok).length}/${rows.length} accounts with balance = Σ ledger, ${rows.reduce((s, r) => s + r.openHolds, 0)} open holds, ${records} usage records for ${okOf() + failedOf() + 3} requests sent`;
    } finally {
      await store.close();
    }

    const c = traffic.counters;
    const checks = judge(samples, { ok: okOf(), failed: failedOf(), peakStreams, targetStreams: STREAMS }, LIMITS);
    const passed = checks.every((x) => x.ok) && /^(\d+)\/\1 accounts.* 0 open holds/.test(books);
    const when = new Date().toISOString();
    writeSoakReport({
      when,
      command: `npm run soak${SECONDS !== 600 ? ` (SOAK_SECONDS=${SECONDS})` : ''}`,
      machine: { cpus: cpus().length, model: cpus()[0]?.model.split(' ').slice(0, 2).join(' ') ?? 'unknown', memoryGb: round(totalmem() / 1024 ** 3, 1), node: process.version },
      settings: { SOAK_SECONDS: SECONDS, SOAK_STREAMS: STREAMS, SOAK_RAMP_SECONDS: RAMP, SOAK_WORKERS: WORKERS, SOAK_STREAM_SECONDS: STREAM_SECONDS, SOAK_SAMPLE_SECONDS: SAMPLE, SOAK_SETTLE_SECONDS: SETTLE, SOAK_STORE: STORE, SOAK_GATEWAY_WORKERS: process.env.SOAK_GATEWAY_WORKERS ?? '1' },
      durationSeconds: loadSeconds,
      checks,
      passed,
      totals: { streamsOk: c.streamsOk, requestsOk: c.requestsOk, failures: c.failures, byProtocol: c.byProtocol, peakStreams },
      books,
      samples,
    }, OUT, join(ROOT, '.cache', 'soak', `${when.replace(/[:.]/g, '-')}.json`));
    for (const x of checks) process.stdout.write(`${x.ok ? 'ok  ' : 'FAIL'}  ${x.name}: ${x.value} (limit ${x.limit})\n`);
    process.stdout.write(`books: ${books}\nsoak: ${passed ? 'PASS' : 'FAIL'} after ${loadSeconds} s of load; report in ${OUT}\n`);
    process.exitCode = passed ? 0 : 1;
  } finally {
    await cleanup();
  }
}

main().catch((err: unknown) => {
  process.stderr.write(`soak: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(2);
});
