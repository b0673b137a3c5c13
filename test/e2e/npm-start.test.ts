import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { freePort } from '../setup/ferretdb.js';
import { waitFor } from '../support/wait.js';

const ROOT = resolve(import.meta.dirname, '../..');

/**
 * The README's start command, literally: `npm start` builds the compiled server when dist/ is
 * missing or stale (prestart) and runs plain JavaScript with node, not tsx (#16).
 */
describe('npm start runs the compiled server', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-npm-start-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('builds if needed, serves the simulator from dist/server/main.js under plain node, and stops on SIGTERM', async () => {
    const port = await freePort();
    const { MONGODB_URI: _ignored, ...env } = process.env;
    const child = spawn('npm', ['start'], { cwd: ROOT, env: { ...env, PORT: String(port), HOST: '127.0.0.1', NEXUSFLOW_DATA_DIR: dir, LOG_LEVEL: 'info' }, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<number | null>((r) => child.on('exit', (code) => r(code)));
    let serverPid: number | undefined;
    try {
      await waitFor(() => out.includes('NexusFlow listening on') || child.exitCode !== null, 170_000);
      expect(out).toContain('NexusFlow listening on');
      expect(out).toMatch(/build: (dist\/ is up to date|.*compiling)/);
      expect(out).toContain('node dist/server/main.js');
      // The server process itself (the one that opened the store: the only process, or the primary
      // of NEXUSFLOW_WORKERS workers): node running the compiled entry point, no TypeScript loader.
      await waitFor(() => /"pid":\d+[^\n]*"msg":"store: /.test(out), 10_000);
      const pid = Number(/"pid":(\d+)[^\n]*"msg":"store: /.exec(out)?.[1] ?? NaN);
      expect(Number.isFinite(pid)).toBe(true);
      serverPid = pid;
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
      expect(cmdline).toContain('dist/server/main.js');
      expect(cmdline).not.toContain('tsx');
      const key = /Demo API key \(shown once, store it now\): (sk-air-\S+)/.exec(out)?.[1] ?? '';
      const client = new OpenAI({ apiKey: key, baseURL: `http://127.0.0.1:${port}/v1`, maxRetries: 0 });
      const r = await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'Hello compiled!' }] });
      expect(r.choices[0]?.message.content).toContain('Hello compiled!');
    } finally {
      // SIGTERM to the server (as a process manager would): it drains and exits 0, and so does npm.
      if (serverPid !== undefined) process.kill(serverPid, 'SIGTERM');
      else if (child.exitCode === null) process.kill(-child.pid!, 'SIGKILL');
    }
    expect(await exited).toBe(0);
  }, 200_000);
});
