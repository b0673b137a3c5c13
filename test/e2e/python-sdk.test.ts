import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { ensurePythonVenv } from '../support/python.js';

const ROOT = resolve(import.meta.dirname, '../..');

/** The official Python SDKs (openai, anthropic, google-genai) run our docs' snippets with pytest. */
describe('Python SDKs (pytest test/python)', () => {
  let gw: TestGateway;
  let python: string | undefined;

  beforeAll(async () => {
    python = ensurePythonVenv();
    gw = await startTestGateway();
  }, 600_000);
  afterAll(async () => {
    await gw?.close();
  });

  it('passes the pytest suite against a listening gateway', async () => {
    if (!python) {
      if (process.env.CI) throw new Error('python3 is required in CI for the Python SDK suite');
      console.warn('python3 not found: skipping the Python SDK suite');
      return;
    }
    const { code, output } = await new Promise<{ code: number | null; output: string }>((done) => {
      const child = spawn(python!, ['-m', 'pytest', 'test/python', '-q', '-p', 'no:cacheprovider'], {
        cwd: ROOT,
        env: { ...process.env, NEXUSFLOW_BASE_URL: gw.baseUrl, NEXUSFLOW_API_KEY: gw.apiKey },
      });
      let out = '';
      child.stdout.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr.on('data', (d: Buffer) => (out += d.toString()));
      child.on('close', (c) => done({ code: c, output: out }));
    });
    expect(code, output).toBe(0);
    expect(output).toMatch(/\d+ passed/);
  }, 300_000);
});
