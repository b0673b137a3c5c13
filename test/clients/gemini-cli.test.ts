import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { runProgram } from '../support/run-program.js';

const GEMINI = resolve(import.meta.dirname, '../../node_modules/.bin/gemini');

interface Line { msg: string; route?: string; status?: number; model?: string; protocol?: string }

/**
 * #17: Gemini CLI (`@google/gemini-cli`, a dev dependency) run as a process against the
 * simulator through the Gemini-compatible front door (GOOGLE_GEMINI_BASE_URL), headless, with its
 * default tools and approval mode. Its settings only pick API-key auth and trust the scratch
 * directory, as a user does once; no flag relaxes its sandbox. Its router asks for a flash-lite
 * model with a JSON schema of upper-case types, then the main model streams the answer.
 */
describe('Gemini CLI against the simulator', () => {
  let gw: TestGateway;
  const lines: Line[] = [];
  const home = mkdtempSync(join(tmpdir(), 'nexusflow-gemini-home-'));
  const work = mkdtempSync(join(tmpdir(), 'nexusflow-gemini-work-'));

  beforeAll(async () => {
    gw = await startTestGateway({ logger: pino({ level: 'info' }, { write: (l: string) => void lines.push(JSON.parse(l) as Line) }) });
    mkdirSync(join(home, '.gemini'));
    writeFileSync(join(home, '.gemini', 'settings.json'), JSON.stringify({ security: { auth: { selectedType: 'gemini-api-key' } } }));
    writeFileSync(join(home, '.gemini', 'trustedFolders.json'), JSON.stringify({ [work]: 'TRUST_FOLDER' }));
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(home, { recursive: true, force: true });
    rmSync(work, { recursive: true, force: true });
  });

  it('"say hello" ends in a couple of requests, answered in the user\'s words, through the model aliases', async () => {
    const run = await runProgram(GEMINI, ['-p', 'say hello'], {
      timeoutMs: 120_000, cwd: work,
      env: { PATH: process.env.PATH ?? '', HOME: home, GEMINI_API_KEY: gw.apiKey, GOOGLE_GEMINI_BASE_URL: gw.baseUrl },
    });
    const r = { code: run.code, out: `${run.stdout}${run.stderr}` };
    expect(r.code, r.out).toBe(0);
    expect(r.out).toContain('You said: "say hello"');
    const calls = lines.filter((l) => l.msg === 'request' && l.protocol === 'gemini');
    expect(calls.length).toBeGreaterThanOrEqual(1);
    expect(calls.length).toBeLessThanOrEqual(4);
    expect(calls.every((l) => l.status === 200)).toBe(true);
    expect(calls.every((l) => l.model === 'qwen3-max' || l.model === 'qwen-turbo')).toBe(true);
    // Logged by the spec's path template, not the router's pattern.
    expect(calls.map((l) => l.route)).toEqual(expect.arrayContaining(['/v1beta/models/{model}:streamGenerateContent']));
  }, 150_000);
});
