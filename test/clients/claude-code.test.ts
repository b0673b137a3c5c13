import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { runProgram } from '../support/run-program.js';

const CLAUDE = resolve(import.meta.dirname, '../../node_modules/.bin/claude');

interface Line { msg: string; route?: string; status?: number; model?: string }

/**
 * #17: Claude Code itself (the `@anthropic-ai/claude-code` dev dependency, its native binary) run
 * as a process against the simulator, with its default tools and permissions (no flag relaxes
 * them), ANTHROPIC_BASE_URL pointed at the gateway and a fresh HOME. A plain greeting used to
 * become ~80 requests of nested sub-agents (the simulator called the first tool offered); now it
 * ends in a few, answering with the user's own words.
 */
describe('Claude Code against the simulator', () => {
  let gw: TestGateway;
  const lines: Line[] = [];
  const home = mkdtempSync(join(tmpdir(), 'nexusflow-claude-home-'));

  beforeAll(async () => {
    gw = await startTestGateway({ logger: pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l) as Line) }) });
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(home, { recursive: true, force: true });
  });

  const claude = async (args: string[]): Promise<{ code: number; out: string }> => {
    const r = await runProgram(CLAUDE, args, {
      timeoutMs: 120_000, cwd: home,
      env: {
        PATH: process.env.PATH ?? '', HOME: home, ANTHROPIC_BASE_URL: gw.baseUrl, ANTHROPIC_API_KEY: gw.apiKey,
        // Offline: no telemetry, error reports or update checks (nothing here can reach them).
        DISABLE_TELEMETRY: '1', DISABLE_ERROR_REPORTING: '1', DISABLE_AUTOUPDATER: '1', CLAUDE_CODE_DISABLE_NONESSENTIAL_TRAFFIC: '1',
      },
    });
    return { code: r.code, out: `${r.stdout}${r.stderr}` };
  };

  it('"say hello" ends in a few requests, answered in the user\'s own words, billed to the key', async () => {
    const r = await claude(['-p', 'say hello', '--max-turns', '3']);
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('You said: "say hello"');
    const calls = lines.filter((l) => l.msg === 'request' && l.route === '/v1/messages');
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(3);
    expect(calls.every((l) => l.status === 200)).toBe(true);
    // Its default model names route through the default catalog's aliases.
    expect(calls.every((l) => l.model === 'qwen3-max' || l.model === 'qwen-turbo')).toBe(true);
    const usage = await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 10 });
    expect(usage.items.filter((u) => u.endpoint === '/v1/messages' && u.cost > 0).length).toBe(calls.length);
  }, 150_000);
});
