import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * The admin console (#18): a Preact single-page app served by the gateway at /console from
 * dist/console (scripts/build-console.ts builds it; `npm start`'s prestart runs that).
 * Everything is bundled: the page loads nothing from outside the gateway.
 */
export default defineConfig({
  root: import.meta.dirname,
  base: '/console/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: resolve(import.meta.dirname, '../../dist/console'),
    emptyOutDir: true,
    assetsDir: 'assets',
    sourcemap: false,
    chunkSizeWarningLimit: 400,
  },
  logLevel: 'warn',
});
