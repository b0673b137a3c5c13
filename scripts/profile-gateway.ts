/**
 * One gateway process (compiled, embedded store, the benchmark's fake upstream) under a closed-loop
 * load (50 connections unless told) for SECS seconds after a 2 s warm-up, with a V8 CPU profile:
 *   npx tsx scripts/profile-gateway.ts [--stream] [--connections <n>] [--out <dir>] [--secs <n>]
 * prints throughput and CPU per request, then the profile's summary (scripts/profile-summary.ts).
 * Narrower than `BENCH_CPU_PROF=<dir> npm run bench`, whose profile mixes every pass.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { saturation } from '../test/bench/measure.js';
import { startChild } from '../test/bench/processes.js';
import { freePort } from '../test/setup/ferretdb.js';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { stream: { type: 'boolean', default: false }, out: { type: 'string' }, secs: { type: 'string', default: '10' }, connections: { type: 'string', default: '50' } } });
const connections = Number(values.connections);
const out = resolve(values.out ?? mkdtempSync(join(tmpdir(), 'nexusflow-profile-')));
mkdirSync(out, { recursive: true });
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ensure-build.ts')], { cwd: ROOT, stdio: 'inherit' });

const upstream = await startChild('upstream', process.execPath, ['--import', 'tsx', join(ROOT, 'test/bench/fake-upstream.ts')], {}, /listening (\d+)/);
const dir = mkdtempSync(join(tmpdir(), 'nexusflow-profile-data-'));
const catalog = join(dir, 'catalog.json');
writeFileSync(catalog, JSON.stringify({
  channels: [{ id: 'bench', provider: 'openai-compatible', base_url: `http://127.0.0.1:${upstream.port}/v1` }],
  models: [{ id: 'bench', supported_protocols: ['openai:chat-completions'], max_output_tokens: 1024, pricing: { input_per_million: 1_000_000, output_per_million: 2_000_000 }, channels: [{ channel: 'bench', upstream_model: 'bench' }] }],
}));
const key = 'sk-air-benchbenchbenchbenchbench0000';
const port = await freePort();
const before = new Set(readdirSync(out));
const gateway = await startChild('gateway', process.execPath, ['--cpu-prof', `--cpu-prof-dir=${out}`, join(ROOT, 'dist/server/main.js')], {
  NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '1000000', NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_WORKERS: '1', HOST: '127.0.0.1', PORT: String(port),
}, /NexusFlow listening on/, port);
try {
  const target = { name: 'gateway', url: `http://127.0.0.1:${port}`, headers: { authorization: `Bearer ${key}` }, pid: gateway.proc.pid! };
  await saturation(target, 'bench', connections, 2, values.stream);
  const r = await saturation(target, 'bench', connections, Number(values.secs), values.stream);
  console.log(`${values.stream ? 'streamed' : 'non-streamed'}, ${connections} connection(s): ${r.requestsPerSecond} ${values.stream ? 'streams' : 'requests'}/s, ${r.cpuMsPerRequest} ms CPU each, ${r.errors} errors`);
} finally {
  await gateway.stop();
  await upstream.stop();
  rmSync(dir, { recursive: true, force: true });
}
// The main thread's profile (thread 0); a worker thread (SQLite checkpoints) writes its own.
const profile = readdirSync(out).filter((f) => !before.has(f) && /\.0\.\d+\.cpuprofile$/.test(f)).sort().at(-1);
if (!profile) throw new Error(`no profile written to ${out}`);
console.log(`profile: ${join(out, profile)}\n`);
execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/profile-summary.ts'), join(out, profile), '30'], { stdio: 'inherit' });
