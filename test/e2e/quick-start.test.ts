import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { startGatewayProcess } from '../support/gateway-process.js';

/** The README's start command: an empty data dir, no configuration, no upstream keys. */
describe('quick start (npm start on the embedded default)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-quickstart-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('prints a demo key once, says the simulator answers, and serves the docs models', async () => {
    const gw = await startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir });
    let key: string;
    try {
      const out = gw.output();
      expect(out).toContain('SIMULATOR');
      expect(out).toContain('embedded SQLite');
      key = /Demo API key \(shown once, store it now\): (sk-air-\S+)/.exec(out)?.[1] ?? '';
      expect(key).toMatch(/^sk-air-/);
      // The key is printed to the console once, never into the structured log lines.
      expect(out.split('\n').filter((l) => l.startsWith('{') && l.includes(key))).toEqual([]);
      const client = new OpenAI({ apiKey: key, baseURL: `${gw.baseUrl}/v1` });
      const r = await client.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'Hello!' }] });
      expect(r.choices[0]?.message.content).toContain('Hello!');
      expect((await client.models.list()).data.map((m) => m.id)).toEqual(expect.arrayContaining(['qwen3-max', 'qwen-turbo', 'text-embedding-v4', 'wan2.6-t2i']));
    } finally {
      expect(await gw.stop('SIGTERM')).toBe(0);
    }
    // A second start on the same store creates no new demo key, and the first one still works.
    const again = await startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir });
    try {
      expect(again.output()).not.toContain('Demo API key');
      const client = new OpenAI({ apiKey: key, baseURL: `${again.baseUrl}/v1` });
      await expect(client.models.retrieve('qwen-turbo')).resolves.toMatchObject({ id: 'qwen-turbo' });
    } finally {
      await again.stop();
    }
  }, 60_000);

  it('refuses to start with a clear message on bad configuration', async () => {
    await expect(startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir, PORT: 'x' }, 15_000)).rejects.toThrow(/PORT/);
  }, 30_000);
});
