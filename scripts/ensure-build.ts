/**
 * `npm start`'s prestart: builds the compiled server (`npm run build` → dist/) when it is missing
 * or older than any of its sources, so `npm install && npm start` on a fresh clone runs plain
 * JavaScript without a manual build step. `npm run dev` runs the sources through tsx instead.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');
const STAMP = join(ROOT, 'dist', '.build-stamp');
const SOURCES = ['server', 'generated', 'spec', 'scripts', 'vendor', 'clients/console', 'package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json'];

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = st.mtimeMs;
  for (const e of readdirSync(path)) n = Math.max(n, newest(join(path, e)));
  return n;
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const sources = Math.max(...SOURCES.map((s) => newest(join(ROOT, s))));
if (built >= sources && existsSync(join(ROOT, 'dist', 'server', 'main.js'))) {
  process.stdout.write('build: dist/ is up to date\n');
} else {
  process.stdout.write(built ? 'build: sources changed since the last build; compiling\n' : 'build: compiling the server to dist/ (first start)\n');
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });
  writeFileSync(STAMP, `${new Date().toISOString()}\n`);
}
