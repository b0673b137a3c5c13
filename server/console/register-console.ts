import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { htmlPage } from '../docs/html.js';

/**
 * Where `vite build` put the console: dist/console beside the sources (`npm run dev`, tests) or
 * beside the compiled server (dist/server → dist/console).
 */
export function consoleDir(): string | undefined {
  const here = dirname(fileURLToPath(import.meta.url));
  const candidates = [join(here, '../../console/'), join(here, '../../dist/console/')];
  return candidates.find((d) => existsSync(`${d}index.html`));
}

/**
 * The page may load only the gateway's own files and talk only to the gateway. uPlot sets
 * element styles from script, which CSP does not restrict; inline <style> is not used.
 */
export const CONSOLE_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; connect-src 'self'; font-src 'self'; object-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
};

const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2' };

const NOT_BUILT = htmlPage('NexusFlow console — not built', `<main>
<h1>The console is not built</h1>
<p>Run <code>npm run build</code> (or <code>npm start</code>, which builds it) and reload.</p>
<p><a href="/docs">API reference</a> · <a href="/models">Models</a></p>
</main>`);

/**
 * The admin console (#18) at /console: the built single-page app; every path under /console
 * that is not an asset answers its index.html (client-side routes). Assets have content-hashed
 * names, so they are cached for good; the page itself never is. The console holds no secret of
 * its own: it calls the admin API (admin token) or the account API (API key) like any client.
 */
export function registerConsole(app: FastifyInstance, dir: string | undefined = consoleDir()): void {
  let index: string | undefined;
  const assets = new Map<string, Buffer>();
  const page = (reply: FastifyReply) => {
    if (!dir) return reply.code(503).type('text/html; charset=utf-8').headers(CONSOLE_HEADERS).header('cache-control', 'no-store').send(NOT_BUILT);
    index ??= readFileSync(`${dir}index.html`, 'utf8');
    return reply.type('text/html; charset=utf-8').headers(CONSOLE_HEADERS).header('cache-control', 'no-store').send(index);
  };
  app.get('/console', async (_req, reply) => page(reply));
  app.get<{ Params: { file: string } }>('/console/assets/:file', async (request, reply) => {
    const m = /^[A-Za-z0-9_-]+(?:\.[A-Za-z0-9_-]+)*\.([a-z0-9]+)$/.exec(request.params.file);
    const type = m ? TYPES[m[1]!] : undefined;
    if (!dir || !m || !type) return reply.callNotFound();
    let body = assets.get(request.params.file);
    if (body === undefined) {
      const path = `${dir}assets/${request.params.file}`;
      if (!existsSync(path)) return reply.callNotFound();
      body = readFileSync(path);
      assets.set(request.params.file, body);
    }
    return reply.type(type).headers(CONSOLE_HEADERS).header('cache-control', 'public, max-age=31536000, immutable').send(body);
  });
  app.get('/console/*', async (_req, reply) => page(reply));
}
