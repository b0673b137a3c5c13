import { readFileSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { stringify } from 'yaml';
import { escapeHtml, htmlPage } from './html.js';
import { SERVED_SPECS, type ServedSpec } from './served-specs.js';

function indexPage(): string {
  const rows = SERVED_SPECS.map((s) => `<tr><td><a href="/docs/${s.name}">${escapeHtml(s.title)}</a></td><td><a href="/docs/specs/${s.name}.json">JSON</a> · <a href="/docs/specs/${s.name}.yaml">YAML</a></td></tr>`).join('\n');
  return htmlPage('NexusFlow API reference', `<main>
<h1>NexusFlow API reference</h1>
<p>Every API this gateway serves, from the OpenAPI documents its validators and handlers are generated from.</p>
<table>
<thead><tr><th scope="col">API</th><th scope="col">OpenAPI document</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="/">Gateway info</a></p>
</main>`);
}

function referencePage(spec: ServedSpec): string {
  const links = SERVED_SPECS.map((s) => `<a href="/docs/${s.name}"${s.name === spec.name ? ' aria-current="page"' : ''}>${escapeHtml(s.title)}</a>`).join('');
  return htmlPage(`${spec.title} — NexusFlow`, `<nav class="top" aria-label="APIs"><a href="/docs">All APIs</a>${links}</nav>
<div id="reference" data-spec-url="/docs/specs/${spec.name}.json"></div>
<script src="/docs/assets/redoc.standalone.js"></script>
<script src="/docs/assets/reference.js"></script>`);
}

/** Starts Redoc on the page's container (a file of its own, so the pages need no inline script). */
const REFERENCE_INIT = `(function () {
  var el = document.getElementById('reference');
  Redoc.init(el.getAttribute('data-spec-url'), { expandResponses: '200' }, el);
})();
`;

/**
 * The docs pages load only the gateway's own files: no CDN, no tracking (Redoc's footer logo,
 * hard-wired to cdn.redoc.ly, is not fetched). Redoc styles inline and searches in a blob: worker.
 */
export const DOCS_HEADERS = {
  'content-security-policy': "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; worker-src 'self' blob:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

/**
 * API docs served by the gateway itself (#18): every served OpenAPI document as JSON and YAML
 * under stable paths, an index at /docs, and a rendered reference per API at /docs/<name> with
 * Redoc from vendor/ (no CDN). Public: the documents describe what any caller may send.
 */
export function registerDocs(app: FastifyInstance): void {
  const byName = new Map(SERVED_SPECS.map((s) => [s.name, s]));
  const yamlCache = new Map<string, string>();
  let redoc: Buffer | undefined;

  app.get('/docs', async (_req, reply) => reply.type('text/html; charset=utf-8').headers(DOCS_HEADERS).send(indexPage()));
  app.get('/docs/assets/reference.js', async (_req, reply) => reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=3600').send(REFERENCE_INIT));
  app.get('/docs/specs', async () => ({
    specs: SERVED_SPECS.map((s) => ({ name: s.name, title: s.title, json: `/docs/specs/${s.name}.json`, yaml: `/docs/specs/${s.name}.yaml`, reference: `/docs/${s.name}` })),
  }));
  app.get<{ Params: { file: string } }>('/docs/specs/:file', async (request, reply) => {
    const m = /^([a-z]+)\.(json|yaml)$/.exec(request.params.file);
    const spec = m ? byName.get(m[1]!) : undefined;
    if (!m || !spec) return reply.callNotFound();
    if (m[2] === 'json') return reply.type('application/json; charset=utf-8').send(JSON.stringify(spec.document, null, 2));
    let text = yamlCache.get(spec.name);
    if (text === undefined) {
      text = stringify(spec.document, { aliasDuplicateObjects: false });
      yamlCache.set(spec.name, text);
    }
    return reply.type('application/yaml; charset=utf-8').send(text);
  });
  app.get('/docs/assets/redoc.standalone.js', async (_req, reply) => {
    // vendor/ sits beside server/ in the repository and in dist/ (scripts/build-assets.ts copies it).
    redoc ??= readFileSync(new URL('../../vendor/redoc/redoc.standalone.js', import.meta.url));
    return reply.type('text/javascript; charset=utf-8').header('cache-control', 'public, max-age=86400').send(redoc);
  });
  app.get<{ Params: { name: string } }>('/docs/:name', async (request, reply) => {
    const spec = byName.get(request.params.name);
    if (!spec) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').headers(DOCS_HEADERS).send(referencePage(spec));
  });
}
