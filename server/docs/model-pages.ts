import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { SupportedProtocol } from '../canonical/protocol.js';
import type { Catalog } from '../catalog/catalog.js';
import type { ModelRecord, Pricing } from '../store/types.js';
import { snippetsFor } from './model-snippets.js';
import { escapeHtml, htmlPage } from './html.js';
import { DOCS_HEADERS } from './register-docs.js';

/** The gateway's base URL as the reader reached it (or the configured public one). */
function baseUrlOf(request: FastifyRequest, publicBaseUrl: string | undefined): string {
  if (publicBaseUrl) return publicBaseUrl.replace(/\/+$/, '');
  const proto = String(request.headers['x-forwarded-proto'] ?? request.protocol).split(',')[0]!.trim();
  const host = String(request.headers['x-forwarded-host'] ?? request.headers.host ?? 'localhost:8080').split(',')[0]!.trim();
  return `${proto}://${host}`;
}

const credits = (micro: number): string => `${(micro / 1_000_000).toFixed(6).replace(/0+$/, '').replace(/\.$/, '')} credits`;

function priceRows(p: Pricing): Array<[string, string]> {
  const rows: Array<[string, number | undefined, string]> = [
    ['Input', p.inputPerMillion, 'per million tokens'],
    ['Cached input', p.cachedInputPerMillion, 'per million tokens'],
    ['Cache write', p.cacheWritePerMillion, 'per million tokens'],
    ['Output', p.outputPerMillion, 'per million tokens'],
    ['Reasoning', p.reasoningPerMillion, 'per million tokens'],
    ['Embeddings', p.embeddingPerMillion, 'per million tokens'],
    ['Video', p.perVideoSecond, 'per second'],
  ];
  const out = rows.filter(([, v]) => v !== undefined).map(([name, v, unit]): [string, string] => [name, `${credits(v!)} ${unit}`]);
  for (const [size, v] of Object.entries(p.perImage ?? {})) out.push([`Image ${size}`, `${credits(v)} per image`]);
  return out;
}

const CAPABILITIES = [['tools', 'Tool calling'], ['vision', 'Image input'], ['thinking', 'Thinking'], ['jsonOutput', 'Structured output']] as const;

function listPage(models: ModelRecord[], q: string, protocol: string, capability: string): string {
  const protocols = [...new Set(models.flatMap((m) => m.supportedProtocols))].sort();
  const shown = models.filter((m) => {
    if (q && !`${m.id} ${m.displayName} ${m.ownedBy}`.toLowerCase().includes(q.toLowerCase())) return false;
    if (protocol && !m.supportedProtocols.includes(protocol as SupportedProtocol)) return false;
    if (capability && !m.capabilities[capability as keyof ModelRecord['capabilities']]) return false;
    return true;
  });
  const option = (value: string, label: string, selected: string): string => `<option value="${escapeHtml(value)}"${value === selected ? ' selected' : ''}>${escapeHtml(label)}</option>`;
  const rows = shown.map((m) => `<tr><td><a href="/models/${encodeURIComponent(m.id)}">${escapeHtml(m.id)}</a></td><td>${escapeHtml(m.displayName)}</td><td>${escapeHtml(m.kind)}</td><td>${m.supportedProtocols.map((p) => `<code>${escapeHtml(p)}</code>`).join(' ')}</td></tr>`).join('\n');
  return htmlPage('Models — NexusFlow', `<main>
<h1>Models</h1>
<form method="get" action="/models" role="search">
<label>Search <input type="search" name="q" value="${escapeHtml(q)}"></label>
<label>Protocol <select name="protocol">${option('', 'any', protocol)}${protocols.map((p) => option(p, p, protocol)).join('')}</select></label>
<label>Capability <select name="capability">${option('', 'any', capability)}${CAPABILITIES.map(([k, l]) => option(k, l, capability)).join('')}</select></label>
<button type="submit">Filter</button>
</form>
<p>${shown.length} of ${models.length} models.</p>
<table>
<thead><tr><th scope="col">Model</th><th scope="col">Name</th><th scope="col">Kind</th><th scope="col">Supported protocols</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<p><a href="/docs">API reference</a></p>
</main>`);
}

function detailPage(m: ModelRecord, baseUrl: string): string {
  const facts: Array<[string, string]> = [
    ['Kind', m.kind],
    ['Owned by', m.ownedBy],
    ...(m.contextWindow !== undefined ? [['Context window', `${m.contextWindow.toLocaleString('en-US')} tokens`] as [string, string]] : []),
    ...(m.maxOutputTokens !== undefined ? [['Max output', `${m.maxOutputTokens.toLocaleString('en-US')} tokens`] as [string, string]] : []),
    ...(m.dimensions !== undefined ? [['Dimensions', String(m.dimensions)] as [string, string]] : []),
    ['Capabilities', CAPABILITIES.filter(([k]) => m.capabilities[k]).map(([, l]) => l).join(', ') || 'none'],
    ...(m.aliases && m.aliases.length > 0 ? [['Also answers to', m.aliases.join(', ')] as [string, string]] : []),
  ];
  const snippets = snippetsFor(m, baseUrl).map((s, i) => `<section aria-labelledby="snippet-${i}">
<h3 id="snippet-${i}">${escapeHtml(s.label)} <small><code>${escapeHtml(s.protocol)}</code></small></h3>
<pre><code class="language-${s.language}" data-protocol="${escapeHtml(s.protocol)}" data-language="${s.language}">${escapeHtml(s.code)}</code></pre>
</section>`).join('\n');
  return htmlPage(`${m.id} — NexusFlow`, `<main>
<p><a href="/models">All models</a></p>
<h1>${escapeHtml(m.displayName)} <small><code>${escapeHtml(m.id)}</code></small></h1>
<h2>Supported protocols</h2>
<ul id="supported-protocols">
${m.supportedProtocols.map((p) => `<li><code>${escapeHtml(p)}</code></li>`).join('\n')}
</ul>
<h2>Details</h2>
<table>
<tbody>
${facts.map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n')}
</tbody>
</table>
<h2>Prices</h2>
<table>
<tbody>
${priceRows(m.pricing).map(([k, v]) => `<tr><th scope="row">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join('\n') || '<tr><td>Not priced</td></tr>'}
</tbody>
</table>
<h2>Use it</h2>
<p>Base URL of this gateway: <code>${escapeHtml(baseUrl)}</code>. Replace <code>sk-air-your-key</code> with your API key.</p>
${snippets}
</main>`);
}

/**
 * The public model pages our docs promise (product-doc: "the model detail page will display the
 * model's current supported_protocols"): /models lists the catalog (search, filter by protocol and
 * capability), /models/<id> shows one model's protocols, prices, limits, capabilities and a
 * ready-to-copy snippet per protocol with this gateway's base URL. No key needed: the same facts
 * /v1/models gives a key holder. Model ids in the path may contain `/`.
 */
export function registerModelPages(app: FastifyInstance, catalog: Pick<Catalog, 'listModels' | 'getModel'>, publicBaseUrl?: string): void {
  app.get<{ Querystring: { q?: string; protocol?: string; capability?: string } }>('/models', async (request, reply) => {
    const { q = '', protocol = '', capability = '' } = request.query;
    return reply.type('text/html; charset=utf-8').headers(DOCS_HEADERS).send(listPage(catalog.listModels(), String(q).slice(0, 200), String(protocol).slice(0, 100), String(capability).slice(0, 50)));
  });
  app.get<{ Params: { '*': string } }>('/models/*', async (request, reply) => {
    const model = catalog.getModel(request.params['*']);
    if (!model) return reply.callNotFound();
    return reply.type('text/html; charset=utf-8').headers(DOCS_HEADERS).send(detailPage(model, baseUrlOf(request, publicBaseUrl)));
  });
}
