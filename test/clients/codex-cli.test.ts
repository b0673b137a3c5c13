import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { runProgram } from '../support/run-program.js';

const CODEX = resolve(import.meta.dirname, '../../node_modules/.bin/codex');

interface CodexEvent {
  type: string;
  item?: { type: string; text?: string; command?: string; exit_code?: number | null };
  usage?: { input_tokens: number; output_tokens: number };
}

/**
 * #15: the OpenAI Codex CLI (`@openai/codex` dev dependency, its native binary) run as a process,
 * `codex exec` in a scratch directory with a custom provider (`wire_api = "responses"`,
 * `base_url` = the gateway, the key from an environment variable) and its default tools: it
 * completes a turn that runs a shell command, every request is billed, and Codex's own usage
 * count equals the gateway's.
 */
describe('Codex CLI against the simulator', () => {
  let gw: TestGateway;
  const home = mkdtempSync(join(tmpdir(), 'nexusflow-codex-'));
  const work = join(home, 'work');

  beforeAll(async () => {
    gw = await startTestGateway();
    mkdirSync(work);
    writeFileSync(join(home, 'config.toml'), [
      'model = "qwen3-max"',
      'model_provider = "nexusflow"',
      '',
      '[model_providers.nexusflow]',
      'name = "NexusFlow"',
      `base_url = "${gw.baseUrl}/v1"`,
      'env_key = "NEXUSFLOW_API_KEY"',
      'wire_api = "responses"',
      '',
    ].join('\n'));
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(home, { recursive: true, force: true });
  });

  const codex = async (prompt: string): Promise<{ code: number; events: CodexEvent[]; out: string }> => {
    const r = await runProgram(CODEX, ['exec', '--skip-git-repo-check', '--json', prompt], {
      timeoutMs: 120_000, cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: home, CODEX_HOME: home, NEXUSFLOW_API_KEY: gw.apiKey, RUST_LOG: 'error' },
    });
    const events = r.stdout.split('\n').filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as CodexEvent);
    return { code: r.code, events, out: `${r.stdout}${r.stderr}` };
  };

  it('"say hello": one streamed request, answered in the user\'s words', async () => {
    const r = await codex('say hello');
    expect(r.code, r.out).toBe(0);
    const messages = r.events.filter((e) => e.type === 'item.completed' && e.item?.type === 'agent_message');
    expect(messages.map((e) => e.item?.text)).toEqual(['Hello from the NexusFlow simulator (qwen3-max). You said: "say hello"']);
    expect(r.events.at(-1)?.type).toBe('turn.completed');
  }, 150_000);

  it('a turn with a tool call: Codex runs the command the model asked for, sends its output back, and ends with text; usage matches the bill', async () => {
    await gw.gateway.services.usage.flush();
    const since = Date.now();
    const r = await codex('run a shell command to list the files');
    expect(r.code, r.out).toBe(0);
    const commands = r.events.filter((e) => e.type === 'item.completed' && e.item?.type === 'command_execution');
    expect(commands).toHaveLength(1);
    const reply = r.events.find((e) => e.type === 'item.completed' && e.item?.type === 'agent_message');
    expect(reply?.item?.text).toMatch(/^The tool returned: /);
    const turn = r.events.find((e) => e.type === 'turn.completed');

    await gw.gateway.services.usage.flush();
    const records = (await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 100 })).items.filter((rec) => rec.createdAt >= since);
    expect(records).toHaveLength(2);
    for (const rec of records) expect(rec).toMatchObject({ protocol: 'openai:responses', status: 'succeeded', model: 'qwen3-max' });
    expect(records.every((rec) => rec.cost > 0)).toBe(true);
    const input = records.reduce((n, rec) => n + (rec.uncachedInput ?? 0) + (rec.cacheRead ?? 0), 0);
    const output = records.reduce((n, rec) => n + (rec.output ?? 0) + (rec.reasoning ?? 0), 0);
    expect(turn?.usage).toMatchObject({ input_tokens: input, output_tokens: output });
  }, 150_000);
});
