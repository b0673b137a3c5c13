import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../clients/nexusflow/src/cli/run.js';
import type { TopFrame } from '../../clients/nexusflow/src/cli/commands/top.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl, startScriptedUpstream, type ScriptedUpstream } from '../support/scripted-upstream.js';

const ROOT = resolve(import.meta.dirname, '../..');

interface Run { code: number | null; stdout: string; stderr: string }

/** `npx nexusflow …` from the repository root (the root package's `bin`), as an operator runs it. */
function npxNexusflow(args: string[], env: Record<string, string>): Promise<Run> {
  return new Promise((done, fail) => {
    const { NEXUSFLOW_ADMIN_TOKEN: _t, NEXUSFLOW_URL: _u, ...inherited } = process.env;
    const child = spawn('npx', ['--no-install', 'nexusflow', ...args], { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

/** The CLI in-process, with a fetch and a sleep the test controls. */
async function cli(args: string[], env: Record<string, string | undefined>, io: { fetch?: typeof fetch; sleep?: (ms: number) => Promise<void> } = {}): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, { env, stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t), readStdin: async () => '', ...io });
  return { code, stdout, stderr };
}

interface DoctorReport { ok: boolean; checks: { check: string; status: string; detail: string }[] }
const byCheck = (r: DoctorReport): Record<string, { status: string; detail: string }> => Object.fromEntries(r.checks.map((c) => [c.check, { status: c.status, detail: c.detail }]));

describe('operator CLI: doctor and top', () => {
  let healthy: TestGateway;
  let broken: TestGateway;
  let upstream: ScriptedUpstream;
  let refused: string;

  beforeAll(async () => {
    healthy = await startTestGateway();
    upstream = await startScriptedUpstream('up');
    refused = await refusingBaseUrl();
    const chat = (id: string, channel: string) => ({ id, supported_protocols: ['openai:chat-completions'], channels: [{ channel }] });
    broken = await startTestGateway({
      env: { NF_DOCTOR_KEY: 'sk-upstream-test' },
      catalog: {
        channels: [
          { id: 'sim', provider: 'simulator' },
          { id: 'up', provider: 'openai-compatible', base_url: upstream.baseUrl, credential_env: 'NF_DOCTOR_KEY' },
          { id: 'down', provider: 'openai-compatible', base_url: refused, credential_env: 'NF_DOCTOR_KEY' },
          { id: 'nokey', provider: 'openai-compatible', base_url: upstream.baseUrl, credential_env: 'NF_DOCTOR_UNSET_KEY' },
          { id: 'off', provider: 'simulator', status: 'disabled' },
        ],
        models: [chat('m-sim', 'sim'), chat('m-up', 'up'), chat('m-down', 'down'), chat('m-nokey', 'nokey'), chat('m-off', 'off')],
      },
    });
  });
  afterAll(async () => {
    await healthy?.close();
    await broken?.close();
    await upstream?.close();
  });

  it('`npx nexusflow doctor` at the repository root: a healthy gateway passes every check (exit 0)', async () => {
    const r = await npxNexusflow(['doctor'], { NEXUSFLOW_URL: healthy.baseUrl, NEXUSFLOW_ADMIN_TOKEN: healthy.adminToken! });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^gateway\s+OK\s+/m);
    expect(r.stdout).toMatch(/^store\s+OK\s+the gateway reaches its store/m);
    expect(r.stdout).toMatch(/^clock skew\s+OK\s+gateway clock is within 1 s/m);
    expect(r.stdout).toMatch(/^channel simulator\s+OK\s+built-in simulator/m);
    expect(r.stdout).toMatch(/All checks passed\.\n$/);
  }, 60_000);

  it('names each broken channel (unreachable upstream, unset credential variable), the disabled one, and the models left without a route; exit 1', async () => {
    const r = await cli(['doctor', '--json', '--timeout', '3000'], { NEXUSFLOW_URL: broken.baseUrl, NEXUSFLOW_ADMIN_TOKEN: broken.adminToken! });
    expect(r.code).toBe(1);
    expect(r.stderr, r.stdout).toBe('nexusflow: doctor: 3 checks failed\n');
    const report = JSON.parse(r.stdout) as DoctorReport;
    expect(report.ok).toBe(false);
    expect(report.checks.map((c) => c.check)).toEqual(['gateway', 'clock skew', 'store', 'catalog', 'admin token', 'channel down', 'channel nokey', 'channel off', 'channel sim', 'channel up', 'models']);
    const c = byCheck(report);
    expect(c['admin token']).toEqual({ status: 'ok', detail: 'accepted; 5 channels, 5 models' });
    expect(c['channel up']).toEqual({ status: 'ok', detail: `${upstream.baseUrl} answers (HTTP 200)` });
    expect(c['channel down']).toEqual({ status: 'fail', detail: `${refused}: ECONNREFUSED` });
    expect(c['channel nokey']).toEqual({ status: 'fail', detail: 'credential variable NF_DOCTOR_UNSET_KEY is not set on the gateway' });
    expect(c['channel off']).toEqual({ status: 'warn', detail: 'disabled' });
    expect(c.models).toEqual({ status: 'fail', detail: 'no usable channel for: m-down, m-nokey, m-off' });
  });

  it('reports a missing or refused admin token, a gateway clock far off, and a gateway it cannot reach', async () => {
    const noToken = await cli(['doctor', '--json'], { NEXUSFLOW_URL: healthy.baseUrl });
    expect(noToken.code).toBe(1);
    expect(byCheck(JSON.parse(noToken.stdout) as DoctorReport)['admin token']).toEqual({ status: 'fail', detail: 'NEXUSFLOW_ADMIN_TOKEN is not set; channel and model checks skipped' });

    const wrong = await cli(['doctor', '--json'], { NEXUSFLOW_URL: healthy.baseUrl, NEXUSFLOW_ADMIN_TOKEN: 'nf-admin-not-the-right-one-at-all' });
    expect(byCheck(JSON.parse(wrong.stdout) as DoctorReport)['admin token']?.detail).toMatch(/^the gateway refused it \(HTTP 401/);

    // The gateway's answers as they are, except a Date header two minutes ahead.
    const ahead: typeof fetch = async (input, init) => {
      const res = await fetch(input, init);
      const headers = new Headers(res.headers);
      headers.set('date', new Date(Date.now() + 120_000).toUTCString());
      return new Response(res.body, { status: res.status, headers });
    };
    const skewed = await cli(['doctor', '--json'], { NEXUSFLOW_URL: healthy.baseUrl, NEXUSFLOW_ADMIN_TOKEN: healthy.adminToken! }, { fetch: ahead });
    expect(byCheck(JSON.parse(skewed.stdout) as DoctorReport)['clock skew']).toEqual({ status: 'fail', detail: expect.stringMatching(/^gateway clock is 1(19|20) s ahead of this machine's$/) });

    const gone = await cli(['doctor'], { NEXUSFLOW_URL: refused.replace(/\/v1$/, ''), NEXUSFLOW_ADMIN_TOKEN: healthy.adminToken! });
    expect(gone.code).toBe(1);
    expect(gone.stdout).toMatch(/^gateway\s+FAIL\s+cannot reach http:\/\/127\.0\.0\.1:\d+: ECONNREFUSED/m);
  });

  it('top: requests, errors, tokens and spend per model over the interval, and totals since start', async () => {
    const openai = new OpenAI({ apiKey: healthy.apiKey, baseURL: `${healthy.baseUrl}/v1`, maxRetries: 0 });
    const ask = async (): Promise<number> => {
      const { response } = await openai.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'count me' }] }).withResponse();
      return Number(response.headers.get('x-nexusflow-cost'));
    };
    const before = await ask();
    let during = 0;
    // Between top's two scrapes: two answered requests and one 404.
    const sleep = async (): Promise<void> => {
      during += await ask();
      during += await ask();
      await openai.chat.completions.create({ model: 'no-such-model', messages: [{ role: 'user', content: 'x' }] }).catch(() => undefined);
    };
    const r = await cli(['top', '--json', '--count', '1', '--interval', '0.2'], { NEXUSFLOW_URL: healthy.baseUrl, NEXUSFLOW_ADMIN_TOKEN: healthy.adminToken! }, { sleep });
    expect(r.code, r.stderr).toBe(0);
    const frame = JSON.parse(r.stdout) as TopFrame;
    const turbo = frame.models.find((m) => m.model === 'qwen-turbo')!;
    expect(turbo.requestsPerSecond * frame.intervalSeconds).toBeCloseTo(2, 6);
    expect(turbo.errorsPerSecond).toBe(0);
    expect(turbo.requestsTotal).toBeGreaterThanOrEqual(3);
    expect(turbo.creditsPerSecond * frame.intervalSeconds).toBeCloseTo(during, 6);
    expect(turbo.creditsTotal).toBeGreaterThanOrEqual(before + during - 1e-9);
    expect(frame.errorsPerSecond['4xx'] * frame.intervalSeconds).toBeCloseTo(1, 6);
    expect(frame.tokensPerSecond).toBeGreaterThan(0);
    expect(frame.latencyP95Seconds).not.toBeNull();

    const text = await cli(['top', '--count', '1', '--interval', '0.1'], { NEXUSFLOW_URL: healthy.baseUrl, NEXUSFLOW_ADMIN_TOKEN: healthy.adminToken! });
    expect(text.stdout).toMatch(/^nexusflow top — http:\/\/127\.0\.0\.1:\d+ — every 0\.\d+ s$/m);
    expect(text.stdout).toMatch(/^MODEL\s+REQ\/S\s+ERR\/S\s+TOKENS\/S\s+CREDITS\/S\s+REQUESTS\s+CREDITS$/m);
    expect(text.stdout).toMatch(/^qwen-turbo\s+0\s+0\s+0\s+0\s+\d+\s+[\d.]+$/m);

    const unauthorized = await cli(['top', '--count', '1', '--interval', '0.1'], { NEXUSFLOW_URL: healthy.baseUrl });
    expect(unauthorized.code).toBe(1);
    expect(unauthorized.stderr).toMatch(/\/metrics answered HTTP 401 \(set NEXUSFLOW_ADMIN_TOKEN/);
  });
});
