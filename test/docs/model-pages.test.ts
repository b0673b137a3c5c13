import { request } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensurePythonVenv } from '../support/python.js';
import { runProgram } from '../support/run-program.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

const unescape = (s: string): string => s.replace(/&#(\d+);/g, (_, n: string) => String.fromCharCode(Number(n)));

/** The snippets of a detail page, as a reader would copy them. */
function snippets(html: string): Array<{ protocol: string; language: string; code: string }> {
  return [...html.matchAll(/<code class="language-\w+" data-protocol="([^"]+)" data-language="(\w+)">([\s\S]*?)<\/code>/g)].map((m) => ({ protocol: unescape(m[1]!), language: m[2]!, code: unescape(m[3]!) }));
}

/**
 * #18 / our docs: "the model detail page will display the model's current supported_protocols".
 * /models lists and filters the catalog; /models/<id> shows protocols, prices, limits and a
 * snippet per protocol that works when run as shown (with the reader's key filled in).
 */
describe('public model pages', () => {
  let gw: TestGateway;
  const get = async (path: string): Promise<{ status: number; body: string }> => {
    const res = await request(`${gw.baseUrl}${path}`);
    return { status: res.statusCode, body: await res.body.text() };
  };
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => {
    await gw?.close();
  });

  it('lists the catalog with search and filters, no key needed', async () => {
    const all = await get('/models');
    expect(all.status).toBe(200);
    for (const id of ['qwen3-max', 'qwen-turbo', 'text-embedding-v4', 'wan2.6-t2i', 'wan2.6-t2v']) expect(all.body).toContain(`href="/models/${id}"`);
    const emb = await get('/models?protocol=gemini%3Aembed-content');
    expect(emb.body).toContain('href="/models/text-embedding-v4"');
    expect(emb.body).not.toContain('href="/models/qwen-turbo"');
    const q = await get('/models?q=turbo');
    expect(q.body).toContain('href="/models/qwen-turbo"');
    expect(q.body).not.toContain('href="/models/qwen3-max"');
    const tools = await get('/models?capability=tools');
    expect(tools.body).toContain('href="/models/qwen3-max"');
    expect(tools.body).not.toContain('href="/models/text-embedding-v4"');
    expect((await get('/models/no-such-model')).status).toBe(404);
  });

  it('a detail page shows the model\'s current supported_protocols, prices and limits, and a snippet per protocol with this gateway\'s URL', async () => {
    const page = await get('/models/qwen-turbo');
    expect(page.status).toBe(200);
    const model = (await gw.store.getModel('qwen-turbo'))!;
    const listed = [...page.body.slice(page.body.indexOf('id="supported-protocols"')).matchAll(/<li><code>([^<]+)<\/code><\/li>/g)].map((m) => unescape(m[1]!));
    expect(listed.slice(0, model.supportedProtocols.length)).toEqual(model.supportedProtocols);
    expect(page.body).toContain('131,072 tokens');
    expect(page.body).toContain('0.05 credits per million tokens');
    const s = snippets(page.body);
    expect([...new Set(s.map((x) => x.protocol))]).toEqual(model.supportedProtocols);
    for (const x of s) expect(x.code).toContain(gw.baseUrl);
  });

  it('the snippets work when run as shown (OpenAI, Anthropic and Google GenAI Python SDKs, curl)', async () => {
    const python = ensurePythonVenv();
    const page = await get('/models/qwen-turbo');
    const ran: string[] = [];
    for (const s of snippets(page.body)) {
      const code = s.code.replaceAll('sk-air-your-key', gw.apiKey);
      const r = s.language === 'python' ? (python ? await runProgram(python, ['-c', code]) : undefined) : await runProgram('bash', ['-c', code]);
      if (!r) continue;
      expect(r.code, `${s.protocol} ${s.language}\n${r.stderr}`).toBe(0);
      expect(r.stdout, s.protocol).toContain('Hello!');
      ran.push(`${s.protocol}/${s.language}`);
    }
    expect(ran).toContain('openai:chat-completions/shell');
    if (python) expect(ran).toEqual(expect.arrayContaining(['openai:chat-completions/python', 'openai:responses/python', 'openai:responses/shell', 'anthropic:messages/python', 'gemini:generate-content/python']));
    // The embeddings model's snippets too.
    const emb = await get('/models/text-embedding-v4');
    for (const s of snippets(emb.body)) {
      if (!python) break;
      const r = await runProgram(python, ['-c', s.code.replaceAll('sk-air-your-key', gw.apiKey)]);
      expect(r.code, `${s.protocol}\n${r.stderr}`).toBe(0);
      expect(Number(r.stdout.trim())).toBeGreaterThan(0);
    }
  }, 180_000);
});
