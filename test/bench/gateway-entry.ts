import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * How the benchmarks start NexusFlow: as `npm start` does, the compiled server under plain node
 * (built first when dist/ is missing or stale). BENCH_TSX=1 measures the tsx development start.
 */
export function gatewayCommand(): string[] {
  if (process.env.BENCH_TSX === '1') return ['--import', 'tsx', join(ROOT, 'server/main.ts')];
  execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts/ensure-build.ts')], { cwd: ROOT, stdio: 'inherit' });
  return [join(ROOT, 'dist/server/main.js')];
}
