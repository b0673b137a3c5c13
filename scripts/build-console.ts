/**
 * Builds the admin console (clients/console, Vite + Preact) into dist/console, which the gateway
 * serves at /console. Run by `npm run build` (so `npm start`'s prestart builds it on a fresh
 * clone) and by the test suite's global setup when the sources are newer than the build.
 */
import { existsSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
export const CONSOLE_SOURCES = join(ROOT, 'clients', 'console');
export const CONSOLE_OUT = join(ROOT, 'dist', 'console');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = st.mtimeMs;
  for (const e of readdirSync(path)) n = Math.max(n, newest(join(path, e)));
  return n;
}

/** Whether dist/console is missing or older than its sources (the console, the admin router and the generated account client it is typed by). */
export function consoleIsStale(): boolean {
  const index = join(CONSOLE_OUT, 'index.html');
  if (!existsSync(index)) return true;
  const sources = [CONSOLE_SOURCES, join(ROOT, 'server', 'admin'), join(ROOT, 'generated', 'client', 'account'), join(ROOT, 'package-lock.json')];
  return Math.max(...sources.map(newest)) > statSync(index).mtimeMs;
}

/**
 * Builds into a fresh directory, then swaps it in with two renames, so a gateway serving the
 * old build (a test run, a running server) never sees a half-written or emptied directory.
 */
export async function buildConsole(): Promise<void> {
  const fresh = `${CONSOLE_OUT}.build-${process.pid}`;
  const old = `${CONSOLE_OUT}.old-${process.pid}`;
  rmSync(fresh, { recursive: true, force: true });
  await build({ configFile: join(CONSOLE_SOURCES, 'vite.config.ts'), logLevel: 'warn', build: { outDir: fresh, emptyOutDir: true } });
  if (existsSync(CONSOLE_OUT)) renameSync(CONSOLE_OUT, old);
  renameSync(fresh, CONSOLE_OUT);
  rmSync(old, { recursive: true, force: true });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const started = Date.now();
  await buildConsole();
  process.stdout.write(`build: console built into dist/console in ${Date.now() - started} ms\n`);
}
