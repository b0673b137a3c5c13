import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { AIDER_ENV, ensurePythonVenv } from '../support/python.js';
import { runProgram } from '../support/run-program.js';

/**
 * #17: aider (aider-chat 0.86.2, in its own virtualenv) run as a process against the simulator
 * through the OpenAI front door (`--openai-api-base`), offline (no update check, no analytics,
 * LiteLLM's bundled model map). Aider appends its editing instructions to the user's message
 * after a blank line; the simulator used to quote them back and aider then applied the template
 * in them as an edit (a stray path/to/filename.js). Now it answers in the user's words and edits nothing.
 */
describe('aider against the simulator', () => {
  let gw: TestGateway;
  let aider: string | undefined;
  const home = mkdtempSync(join(tmpdir(), 'nexusflow-aider-'));
  const work = join(home, 'work');

  beforeAll(async () => {
    const python = ensurePythonVenv(AIDER_ENV);
    aider = python ? join(dirname(python), 'aider') : undefined;
    gw = await startTestGateway();
    mkdirSync(work);
  }, 600_000);
  afterAll(async () => {
    await gw?.close();
    rmSync(home, { recursive: true, force: true });
  });

  it.each([['streamed', []], ['not streamed', ['--no-stream']]] as const)('"say hello" (%s): one request, answered in the user\'s words, no file edited, billed', async (_label, extra) => {
    if (!aider || !existsSync(aider)) {
      if (process.env.CI) throw new Error('aider could not be installed in CI');
      return;
    }
    await gw.gateway.services.usage.flush();
    const since = Date.now();
    const r = await runProgram(aider, [
      '--model', 'openai/qwen-turbo', '--openai-api-base', `${gw.baseUrl}/v1`, '--openai-api-key', gw.apiKey,
      '--message', 'say hello', '--yes-always', '--no-git', '--no-check-update', '--no-show-release-notes', '--analytics-disable',
      '--no-show-model-warnings', '--no-pretty', ...extra,
    ], { cwd: work, timeoutMs: 120_000, env: { PATH: process.env.PATH ?? '', HOME: home, LITELLM_LOCAL_MODEL_COST_MAP: 'True' } });
    expect(r.code, `${r.stdout}${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('You said: "say hello"');
    expect(readdirSync(work).filter((f) => !f.startsWith('.aider'))).toEqual([]);
    await gw.gateway.services.usage.flush();
    const records = (await gw.store.queryUsage({ accountId: gw.accountId }, { limit: 50 })).items.filter((u) => u.createdAt >= since);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ protocol: 'openai:chat-completions', status: 'succeeded', model: 'qwen-turbo' });
    expect(records[0]!.cost).toBeGreaterThan(0);
  }, 150_000);
});
