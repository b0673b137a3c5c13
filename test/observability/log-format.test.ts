import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { freePort } from '../setup/ferretdb.js';
import { startGatewayProcess } from '../support/gateway-process.js';
import { prettyLine, usePretty } from '../../server/observability/pretty-log.js';

const ROOT = resolve(import.meta.dirname, '../..');
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('log format', () => {
  it('pretty lines: time, level, message, then key=value fields; errors with their stack; colour only when asked', () => {
    const line = JSON.stringify({ level: 30, time: Date.UTC(2026, 0, 1, 12, 0, 1, 234), pid: 1, hostname: 'h', msg: 'request completed', requestId: 'req_1', model: 'qwen-turbo', cost: 20, note: 'two words' });
    const out = prettyLine(line, false);
    expect(out).toMatch(/^\d\d:\d\d:01\.234 INFO  request completed  requestId=req_1 model=qwen-turbo cost=20 note="two words"\n$/);
    expect(out).not.toContain('hostname');
    expect(prettyLine(line, true)).toContain('\x1b[32mINFO \x1b[0m');
    const err = prettyLine(JSON.stringify({ level: 50, time: 0, msg: 'boom', err: { type: 'Error', message: 'bad', stack: 'Error: bad\n    at x (y.ts:1:1)' } }), false);
    expect(err).toMatch(/ERROR boom\n {4}Error: bad\n {8}at x \(y\.ts:1:1\)\n$/);
    expect(prettyLine('not json', false)).toBe('not json\n');
    expect([usePretty('auto', true), usePretty('auto', false), usePretty('json', true), usePretty('pretty', false)]).toEqual([true, false, false, true]);
  });

  it('a gateway whose output is a pipe logs JSON lines; NEXUSFLOW_LOG_FORMAT=pretty makes them readable', async () => {
    for (const [format, pretty] of [[undefined, false], ['pretty', true], ['json', false]] as const) {
      const dir = mkdtempSync(join(tmpdir(), 'nexusflow-logfmt-'));
      const gw = await startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir, ...(format ? { NEXUSFLOW_LOG_FORMAT: format } : {}) });
      try {
        await fetch(`${gw.baseUrl}/v1/models`);
        expect(await gw.stop('SIGTERM')).toBe(0);
        const lines = gw.output().split('\n').filter((l) => l.includes('NexusFlow listening on'));
        expect(lines).toHaveLength(1);
        if (pretty) expect(lines[0], String(format)).toMatch(/^\d\d:\d\d:\d\d\.\d{3} INFO  NexusFlow listening on http:\/\/127\.0\.0\.1:\d+$/);
        else expect(JSON.parse(lines[0]!), String(format)).toMatchObject({ level: 30, msg: expect.stringMatching(/^NexusFlow listening on/) });
      } finally {
        await gw.stop('SIGKILL');
        rmSync(dir, { recursive: true, force: true });
      }
    }
  }, 90_000);

  it.skipIf(!hasScript)('on a terminal (a pseudo-terminal from script(1)) the default is pretty and coloured', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-logtty-'));
    const port = await freePort();
    const command = `${process.execPath} --import tsx server/main.ts`;
    const { MONGODB_URI: _m, NO_COLOR: _n, NEXUSFLOW_LOG_FORMAT: _f, ...inherited } = process.env;
    const child = spawn('script', ['-qfec', command, '/dev/null'], {
      cwd: ROOT,
      env: { ...inherited, NEXUSFLOW_DATA_DIR: dir, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'info', TERM: 'xterm' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const exited = new Promise<void>((r) => child.once('exit', () => r()));
    try {
      const until = Date.now() + 30_000;
      while (!out.includes('NexusFlow listening on') && Date.now() < until && child.exitCode === null) await new Promise((r) => setTimeout(r, 50));
      const line = out.split(/\r?\n/).find((l) => l.includes('NexusFlow listening on'));
      expect(line, out).toBeDefined();
      expect(line).toContain('\x1b[32mINFO \x1b[0m NexusFlow listening on');
      expect(line).not.toContain('"level"');
    } finally {
      // Ctrl-C on the terminal: the gateway gets SIGINT and shuts down; script(1) exits after it.
      child.stdin.write('\x03');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
