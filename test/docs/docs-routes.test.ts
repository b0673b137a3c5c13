import { request } from 'undici';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SERVED_SPECS } from '../../server/docs/served-specs.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * #18 API docs: every served OpenAPI document as JSON and YAML under stable paths, an index, a
 * rendered reference per API with a bundled Redoc (no CDN), linked from GET /. No key needed.
 */
describe('API docs at /docs', () => {
  let gw: TestGateway;
  const get = async (path: string): Promise<{ status: number; type: string; body: string; headers: Record<string, unknown> }> => {
    const res = await request(`${gw.baseUrl}${path}`);
    return { status: res.statusCode, type: String(res.headers['content-type']), body: await res.body.text(), headers: res.headers };
  };
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('serves every spec as JSON and YAML, the same document both ways', async () => {
    const index = JSON.parse((await get('/docs/specs')).body) as { specs: Array<{ name: string; json: string; yaml: string }> };
    expect(index.specs.map((s) => s.name)).toEqual(['openai', 'responses', 'anthropic', 'gemini', 'tasks', 'files', 'account', 'admin']);
    for (const s of index.specs) {
      const json = await get(s.json);
      expect(json.status, s.json).toBe(200);
      expect(json.type).toContain('application/json');
      const doc = JSON.parse(json.body) as { openapi: string; paths: Record<string, unknown> };
      expect(doc.openapi).toMatch(/^3\./);
      expect(Object.keys(doc.paths).length).toBeGreaterThan(0);
      const yaml = await get(s.yaml);
      expect(yaml.type).toContain('yaml');
      expect(parse(yaml.body)).toEqual(doc);
    }
    // What is served is what the server is generated from.
    const openai = JSON.parse((await get('/docs/specs/openai.json')).body) as { paths: Record<string, unknown> };
    expect(openai.paths).toEqual(SERVED_SPECS[0]!.document.paths);
    expect(Object.keys(openai.paths)).toContain('/v1/chat/completions');
    expect(Object.keys((JSON.parse((await get('/docs/specs/gemini.json')).body) as { paths: object }).paths)).toContain('/v1beta/models/{model}:embedContent');
  });

  it('an index and a Redoc page per API, with the bundled script served locally; unknown names are 404', async () => {
    const index = await get('/docs');
    expect(index.status).toBe(200);
    expect(index.type).toContain('text/html');
    for (const s of SERVED_SPECS) expect(index.body).toContain(`href="/docs/${s.name}"`);
    const page = await get('/docs/anthropic');
    expect(page.body).toContain('<script src="/docs/assets/redoc.standalone.js"></script>');
    expect(page.body).toContain('data-spec-url="/docs/specs/anthropic.json"');
    expect((await get('/docs/assets/reference.js')).body).toContain('Redoc.init');
    // Only the gateway's own files may load (Redoc's footer logo points at a CDN).
    expect(String(page.headers['content-security-policy'])).toContain("default-src 'self'");
    expect(String(page.headers['content-security-policy'])).not.toContain('redoc.ly');
    expect(page.body).not.toMatch(/https?:\/\/(cdn|unpkg|fonts)\./);
    const script = await get('/docs/assets/redoc.standalone.js');
    expect(script.status).toBe(200);
    expect(script.type).toContain('javascript');
    expect(script.body.length).toBeGreaterThan(500_000);
    expect(script.body).toContain('Redoc');
    expect((await get('/docs/nope')).status).toBe(404);
    expect((await get('/docs/specs/nope.json')).status).toBe(404);
    const info = JSON.parse((await get('/')).body) as { links: Record<string, string> };
    expect(info.links.docs).toContain('/docs');
  });
});
