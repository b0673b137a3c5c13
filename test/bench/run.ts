/**
 * `npm run bench`: NexusFlow against the bare-proxy floor and Portkey's gateway, on loopback.
 * Not part of the test command; no test asserts a time. See BENCHMARKS.md for the latest run.
 *
 * Starts as child processes: a fake OpenAI upstream, a bare fastify+undici proxy, NexusFlow in
 * its normal configuration (key auth, validation, routing, billing with usage records, metrics)
 * on the embedded store and on MongoDB (FerretDB, when installed), and Portkey's gateway
 * (installed on demand under .cache/bench). Passes alternate between targets after a warm-up;
 * the machine's load is recorded before each pass and a pass taken while it was busy is repeated.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { findFerretDb, freePort, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { latency, openStreamsMemory, round, saturation, type Target } from './measure.js';
import { machineLoad, startChild, type Child } from './processes.js';
import { writeReport, type BenchResult } from './report.js';
import { sustained } from './sustained.js';
import { gatewayCommand } from './gateway-entry.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CACHE = join(ROOT, '.cache', 'bench');
const SECONDS = Number(process.env.BENCH_SECONDS ?? '10');
const LATENCY_SECONDS = Number(process.env.BENCH_LATENCY_SECONDS ?? '5');
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? '50');
const STREAMS = Number(process.env.BENCH_STREAMS ?? '1000');
const BUSY_PERCENT = Number(process.env.BENCH_BUSY_PERCENT ?? '20');
/** The multi-core comparison (bare proxy and NexusFlow with this many processes each); 1 skips it. */
const WORKERS = Number(process.env.BENCH_WORKERS ?? String(Math.min(2, availableParallelism())));
const PORTKEY_VERSION = '1.15.2';
// The newest whose proxy extra installs from PyPI here (later ones need a separate litellm-proxy package).
const LITELLM_VERSION = '1.81.10';
const KEY = 'sk-air-benchbenchbenchbenchbench0000';
/**
 * `BENCH_ONLY=bare-proxy,nexusflow-mongo npm run bench`: only these targets, for a quick
 * comparison (the JSON result is kept; BENCHMARKS.md is left as it is).
 */
const ONLY = process.env.BENCH_ONLY ? new Set(process.env.BENCH_ONLY.split(',').map((s) => s.trim())) : undefined;
const wanted = (name: string): boolean => !ONLY || ONLY.has(name);

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
    const upstream = await startChild('upstream', process.execPath, [...tsx, join(ROOT, 'test/bench/fake-upstream.ts')], {}, /listening (\d+)/);
    children.push(upstream);
    const upstreamUrl = `http://127.0.0.1:${upstream.port}`;
    const targets: Target[] = [{ name: 'direct', url: upstreamUrl, headers: {} }];

    const bare = await startChild('bare-proxy', process.execPath, [...tsx, join(ROOT, 'test/bench/bare-proxy.ts')], { UPSTREAM: upstreamUrl }, /listening (\d+)/);
    children.push(bare);
    targets.push({ name: 'bare-proxy', url: `http://127.0.0.1:${bare.port}`, headers: {}, pid: bare.proc.pid! });

    const catalogDir = mkdtempSync(join(tmpdir(), 'nexusflow-bench-'));
    dirs.push(catalogDir);
    const catalog = join(catalogDir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'bench', provider: 'openai-compatible', base_url: `${upstreamUrl}/v1` }],
      models: ['bench', 'bench-slow'].map((id) => ({ id, supported_protocols: ['openai:chat-completions'], max_output_tokens: 1024, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'bench', upstream_model: id }] })),
    }));
    const gatewayEnv = { NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: KEY, NEXUSFLOW_BOOTSTRAP_BALANCE: '1000000', LOG_LEVEL: process.env.BENCH_LOG_LEVEL ?? 'info', HOST: '127.0.0.1' };
    const startGateway = async (name: string, env: Record<string, string>): Promise<void> => {
      const port = await freePort();
      const gw = await startChild(name, process.execPath, gatewayCommand(), { ...gatewayEnv, ...env, PORT: String(port) }, /NexusFlow listening on/, port);
      children.push(gw);
      targets.push({ name, url: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${KEY}` }, pid: gw.proc.pid! });
    };
    const dataDir = mkdtempSync(join(tmpdir(), 'nexusflow-bench-data-'));
    dirs.push(dataDir);
    const { MONGODB_URI: _ignored, ...noMongo } = process.env;
    process.env = noMongo;
    // One process for the main table (its CPU and memory are one process's); workers are compared below.
    if (wanted('nexusflow')) await startGateway('nexusflow', { NEXUSFLOW_DATA_DIR: dataDir, NEXUSFLOW_WORKERS: '1' });
    const ferretBin = wanted('nexusflow-mongo') ? findFerretDb() : undefined;
    if (ferretBin) {
      ferret = await startFerretDb({ binary: ferretBin });
      await startGateway('nexusflow-mongo', { MONGODB_URI: ferret.uri, NEXUSFLOW_MONGODB_DB: 'bench', NEXUSFLOW_WORKERS: '1' });
    } else if (wanted('nexusflow-mongo')) console.warn('ferretdb not found: skipping the MongoDB configuration (bash .ci/install-ferretdb.sh builds it)');

    const litellm = wanted('litellm') ? await startLiteLLM(upstreamUrl) : undefined;
    if (litellm) {
      children.push(litellm);
      targets.push({ name: 'litellm', url: `http://127.0.0.1:${litellm.port}`, headers: { authorization: 'Bearer bench' }, pid: litellm.proc.pid! });
    }

    const portkey = wanted('portkey') ? await startPortkey() : undefined;
    if (portkey) {
      children.push(portkey);
      targets.push({ name: 'portkey', url: `http://127.0.0.1:${portkey.port}`, headers: { authorization: 'Bearer bench', 'x-portkey-provider': 'openai', 'x-portkey-custom-host': `${upstreamUrl}/v1` }, pid: portkey.proc.pid! });
    }

    // Multi-core: the bare proxy and NexusFlow (embedded store) with WORKERS processes each.
    // Throughput only: CPU and memory would be one process's of several.
    if (WORKERS > 1 && wanted(`nexusflow-${WORKERS}w`)) {
      const barePort = await freePort();
      const bareN = await startChild(`bare-proxy-${WORKERS}w`, process.execPath, [...tsx, join(ROOT, 'test/bench/bare-proxy.ts')], { UPSTREAM: upstreamUrl, BARE_WORKERS: String(WORKERS), PORT: String(barePort) }, /listening (\d+)/, barePort);
      children.push(bareN);
      targets.push({ name: `bare-proxy-${WORKERS}w`, url: `http://127.0.0.1:${barePort}`, headers: {} });
      const dataDirN = mkdtempSync(join(tmpdir(), 'nexusflow-bench-data-'));
      dirs.push(dataDirN);
      await startGateway(`nexusflow-${WORKERS}w`, { NEXUSFLOW_DATA_DIR: dataDirN, NEXUSFLOW_WORKERS: String(WORKERS) });
      delete targets.at(-1)!.pid;
    }

    if (ONLY) targets.splice(0, targets.length, ...targets.filter((t) => ONLY.has(t.name)));
    const result: BenchResult = {
      when: new Date().toISOString(),
      command: 'npm run bench',
      machine: { cpus: cpus().length, model: cpus()[0]?.model ?? 'unknown', memoryGb: round(totalmem() / 2 ** 30, 1), node: process.version },
      settings: { seconds: SECONDS, latencySeconds: LATENCY_SECONDS, connections: CONNECTIONS, streams: STREAMS },
      targets: Object.fromEntries(targets.map((t) => [t.name, {}])),
      passes: [],
    };

    const quiet = async <T>(label: string, run: () => Promise<T>): Promise<T> => {
      for (let attempt = 1; ; attempt++) {
        const before = await machineLoad();
        const value = await run();
        result.passes.push({ label, attempt, ...before });
        if (before.busyPercent <= BUSY_PERCENT || attempt >= 3) return value;
        console.warn(`  ${label}: machine was ${before.busyPercent}% busy before the pass; repeating`);
      }
    };

    console.log(`warm-up (${targets.map((t) => t.name).join(', ')})`);
    for (const t of targets) await saturation(t, 'bench', CONNECTIONS, 3);

    for (const t of targets) {
      const r = await quiet(`${t.name} saturation`, () => saturation(t, 'bench', CONNECTIONS, SECONDS));
      result.targets[t.name]!.saturation = r;
      console.log(`${t.name.padEnd(16)} saturation ${r.requestsPerSecond} req/s${r.cpuMsPerRequest !== undefined ? `, ${r.cpuMsPerRequest} ms CPU/request` : ''}${r.errors ? `, ${r.errors} errors` : ''}`);
    }
    for (const t of targets) {
      if (t.name === 'direct') continue;
      const r = await quiet(`${t.name} streamed saturation`, () => saturation(t, 'bench', CONNECTIONS, SECONDS, true)).catch((e: unknown) => ({ error: String(e) }));
      result.targets[t.name]!.streamSaturation = r;
      console.log(`${t.name.padEnd(16)} streamed saturation ${'requestsPerSecond' in r ? `${r.requestsPerSecond} streams/s${r.errors ? `, ${r.errors} errors` : ''}` : r.error}`);
    }
    for (const t of targets) {
      const r = await quiet(`${t.name} latency`, () => latency(t, 'bench', LATENCY_SECONDS));
      result.targets[t.name]!.latency = r;
      console.log(`${t.name.padEnd(16)} latency p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms (${r.samples} requests)`);
    }
    for (const t of targets) {
      const r = await quiet(`${t.name} ttfb`, () => latency(t, 'bench', LATENCY_SECONDS, true)).catch((e: unknown) => ({ error: String(e) }));
      result.targets[t.name]!.ttfb = r;
      console.log(`${t.name.padEnd(16)} time to first streamed byte ${'p50Ms' in r ? `p50 ${r.p50Ms} ms, p99 ${r.p99Ms} ms` : r.error}`);
    }
    for (const t of targets) {
      if (!t.pid || t.name === 'direct') continue;
      const r = await openStreamsMemory(t, STREAMS, 8000).catch((e: unknown) => ({ error: String(e) }));
      result.targets[t.name]!.memory = r;
      console.log(`${t.name.padEnd(16)} ${STREAMS} open streams: ${'rssMb' in r ? `${r.opened} opened, ${r.rssMb} MB resident (idle ${r.rssIdleMb} MB)` : r.error}`);
    }

    mkdirSync(CACHE, { recursive: true });
    const file = join(CACHE, `results-${result.when.replace(/[:.]/g, '-')}.json`);
    writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
    if (ONLY) console.log(`\nresults: ${file} (BENCH_ONLY: BENCHMARKS.md left as it is)`);
    else {
      writeReport(result, join(ROOT, 'BENCHMARKS.md'));
      console.log(`\nresults: ${file}\nBENCHMARKS.md updated`);
    }
  } finally {
    await cleanup();
  }
}

/**
 * LiteLLM's proxy (`litellm[proxy]` from PyPI, in its own virtualenv under .cache/bench), one
 * worker, one `openai/bench` model pointed at the same upstream; offline cost map, no telemetry.
 */
async function startLiteLLM(upstreamUrl: string): Promise<Child | undefined> {
  const venv = join(CACHE, 'litellm-venv');
  const bin = join(venv, 'bin', 'litellm');
  try {
    if (!existsSync(bin)) {
      mkdirSync(CACHE, { recursive: true });
      execFileSync('python3', ['-m', 'venv', venv], { stdio: 'inherit' });
      execFileSync(join(venv, 'bin', 'python'), ['-m', 'pip', 'install', '--disable-pip-version-check', '-q', `litellm[proxy]==${LITELLM_VERSION}`], { stdio: 'inherit' });
    }
    const config = join(CACHE, 'litellm.yaml');
    writeFileSync(config, `model_list:\n  - model_name: bench\n    litellm_params:\n      model: openai/bench\n      api_base: ${upstreamUrl}/v1\n      api_key: none\nlitellm_settings:\n  telemetry: false\n`);
    const port = await freePort();
    return await startChild('litellm', bin, ['--config', config, '--port', String(port), '--host', '127.0.0.1', '--num_workers', '1'], { LITELLM_LOCAL_MODEL_COST_MAP: 'True', LITELLM_LOG: 'ERROR' }, /Uvicorn running|Application startup complete/i, port, 120_000);
  } catch (err) {
    console.warn(`litellm unavailable: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return undefined;
  }
}

/** Portkey's gateway from the npm registry, installed once under .cache/bench (not a project dependency). */
async function startPortkey(): Promise<Child | undefined> {
  const dir = join(CACHE, 'portkey');
  const entry = join(dir, 'node_modules', '@portkey-ai', 'gateway', 'build', 'start-server.js');
  try {
    if (!existsSync(entry)) {
      mkdirSync(dir, { recursive: true });
      writeFileSync(join(dir, 'package.json'), '{"private":true}');
      execFileSync('npm', ['install', '--no-audit', '--no-fund', `@portkey-ai/gateway@${PORTKEY_VERSION}`], { cwd: dir, stdio: 'inherit' });
    }
    const port = await freePort();
    return await startChild('portkey', process.execPath, [entry, `--port=${port}`, '--headless'], { NODE_ENV: 'production' }, /(\d{2,5})|listening|running/i, port, 30_000);
  } catch (err) {
    console.warn(`portkey unavailable: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
    return undefined;
  }
}

(process.argv.includes('--sustained') ? sustained() : main()).catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
