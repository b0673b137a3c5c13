import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * How the benchmarks start NexusFlow: as `npm start` does, the compiled server under plain node
 * (built first when dist/ is missing or stale). BENCH_TSX=1 measures the tsx development start.
 */
export function gatewayCommand(): string[] {
  // BENCH_CPU_PROF=<dir>: each gateway writes a V8 CPU profile there when it stops
  // (`npx tsx scripts/profile-summary.ts <file>` sums it by function and by file).
  const prof = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`] : [];
  if (process.env.BENCH_TSX === '1') return [...prof, '--import', 'tsx', join(ROOT, 'server/main.ts')];
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ensure-build.ts')], { cwd: ROOT, stdio: 'inherit' });
  return [...prof, join(ROOT, 'dist/server/main.js')];
}
