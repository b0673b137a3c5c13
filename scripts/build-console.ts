/**
 * Builds the admin console (clients/console, Vite + Preact) into dist/console, which the gateway
 * serves at /console. Run by `npm run build`, which `npm start`'s prestart and the test suite's
 * global setup run through scripts/ensure-build.ts when dist/ is missing or older than its sources.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'vite';

const ROOT = resolve(import.meta.dirname, '..');
const CONSOLE_SOURCES = join(ROOT, 'clients', 'console');
const CONSOLE_OUT = join(ROOT, 'dist', 'console');

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
