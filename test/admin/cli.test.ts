import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { eventually } from './helpers.js';

const ROOT = resolve(import.meta.dirname, '../..');
const CLI = 'clients/nexusflow/src/cli/main.ts';

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `nexusflow` command (what `npm run cli --` runs) as a child process. */
function nexusflow(args: string[], env: Record<string, string | undefined>, stdin?: string, entry: string[] = ['--import', 'tsx', CLI]): Promise<Run> {
  return new Promise((done, fail) => {
    const { NEXUSFLOW_ADMIN_TOKEN: _t, NEXUSFLOW_URL: _u, ...inherited } = process.env;
    const child = spawn(process.execPath, [...entry, ...args], { cwd: ROOT, env: { ...inherited, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', fail);
    child.on('close', (code) => done({ code, stdout, stderr }));
    child.stdin.end(stdin ?? '');
  });
}

describe('nexusflow CLI against a listening gateway', () => {
  let gw: TestGateway;
  let env: Record<string, string>;
  let dir: string;
  const run = (args: string[], stdin?: string) => nexusflow(args, env, stdin);
  const json = async <T>(args: string[], stdin?: string): Promise<T> => {
    const r = await run([...args, '--json'], stdin);
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as T;
  };

  beforeAll(async () => {
    gw = await startTestGateway();
    env = { NEXUSFLOW_URL: gw.baseUrl, NEXUSFLOW_ADMIN_TOKEN: gw.adminToken! };
    dir = mkdtempSync(join(tmpdir(), 'nexusflow-cli-'));
  });
  afterAll(async () => {
    await gw?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('accounts create | topup | show, for people and for scripts', async () => {
    const created = await run(['accounts', 'create', '--name', 'CLI Co', '--id', 'cli-co', '--credit-limit', '0.5']);
    expect(created.code, created.stderr).toBe(0);
    expect(created.stdout).toMatch(/id:\s+cli-co/);
    expect(created.stdout).toMatch(/credit limit:\s+0\.5/);
    const topped = await json<{ balance: number }>(['accounts', 'topup', 'cli-co', '12.25', '--reason', 'welcome', '--idempotency-key', 'w1']);
    expect(topped.balance).toBe(12_250_000);
    expect((await json<{ balance: number }>(['accounts', 'topup', 'cli-co', '12.25', '--reason', 'welcome', '--idempotency-key', 'w1'])).balance).toBe(12_250_000);
    const shown = await run(['accounts', 'show', 'cli-co']);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toMatch(/balance:\s+12\.25/);
    expect(shown.stdout).toContain('topup');
    expect(shown.stdout).toContain('welcome');
  });

  it('keys create | list | rotate | revoke; the secret appears once', async () => {
    const created = await run(['keys', 'create', '--account', 'cli-co', '--name', 'cli-key', '--models', 'qwen-turbo', '--rpm', '30', '--spend-limit', '2', '--period', 'day']);
    expect(created.code, created.stderr).toBe(0);
    const secret = /sk-air-[A-Za-z0-9]{30,}/.exec(created.stdout)?.[0];
    expect(secret).toBeDefined();
    expect(created.stdout).toContain('shown once');

    const list = await run(['keys', 'list', '--account', 'cli-co']);
    expect(list.stdout).toMatch(/PREFIX.*STATUS/);
    expect(list.stdout).toContain('cli-key');
    expect(list.stdout).toContain('0/2 day');
    expect(list.stdout).not.toContain(secret!);
    const keys = await json<{ id: string; prefix: string; secret?: string }[]>(['keys', 'list', '--account', 'cli-co']);
    expect(keys).toHaveLength(1);
    expect(keys[0]).not.toHaveProperty('secret');

    const openai = (s: string) => new OpenAI({ apiKey: s, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    expect((await openai(secret!).chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] })).choices).toHaveLength(1);

    const rotated = await json<{ id: string; secret: string }>(['keys', 'rotate', keys[0]!.id, '--grace', '0']);
    expect(rotated.secret).toMatch(/^sk-air-/);
    const status = (s: string) => openai(s).models.list().then(() => 200, (e: unknown) => (e as { status?: number }).status ?? 0);
    await eventually(async () => (await status(secret!)) === 401 && (await status(rotated.secret)) === 200);

    const revoked = await run(['keys', 'revoke', rotated.id]);
    expect(revoked.code).toBe(0);
    expect(revoked.stdout).toContain(`Revoked ${rotated.id}`);
    await eventually(async () => (await status(rotated.secret)) === 401);
  });

  it('models apply -f catalog.yaml creates, then updates; models list | show', async () => {
    const file = join(dir, 'catalog.yaml');
    writeFileSync(file, [
      'channels:',
      '  - id: cli-sim',
      '    provider: simulator',
      '    options: { chunkSize: 3 }',
      'models:',
      '  - id: cli/model',
      '    display_name: CLI Model',
      '    supported_protocols: [openai:chat-completions, anthropic:messages]',
      '    capabilities: { tools: true }',
      '    context_window: 65536',
      '    pricing: { input_per_million: 300000, output_per_million: 900000 }',
      '    channels: [{ channel: cli-sim }]',
      '',
    ].join('\n'));
    const first = await run(['models', 'apply', '-f', file]);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toMatch(/channel\s+cli-sim\s+created/);
    expect(first.stdout).toMatch(/model\s+cli\/model\s+created/);
    writeFileSync(file, ['models:', '  - id: cli/model', '    supported_protocols: [openai:chat-completions]', '    channels: [{ channel: cli-sim }]', ''].join('\n'));
    expect((await json<{ result: string }[]>(['models', 'apply', '-f', file])).map((r) => r.result)).toEqual(['updated']);

    const list = await run(['models', 'list']);
    expect(list.stdout).toMatch(/cli\/model\s+chat\s+openai:chat-completions\s+65536\s+in 0\.3, out 0\.9\s+cli-sim/);
    const shown = await json<{ id: string; supported_protocols: string[]; display_name: string }>(['models', 'show', 'cli/model']);
    expect(shown).toMatchObject({ id: 'cli/model', supported_protocols: ['openai:chat-completions'], display_name: 'CLI Model' });

    // A bad entry: the gateway's message, the entry and the field, and exit code 1.
    writeFileSync(file, ['models:', '  - id: cli/bad', '    supported_protocols: [openai:chat-completions]', '    channels: [{ channel: nowhere }]', ''].join('\n'));
    const bad = await run(['models', 'apply', '-f', file]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('models[0] (cli/bad)');
    expect(bad.stderr).toContain('field channels[0].channel');
  });

  it('channels add (credential from stdin) | list | disable', async () => {
    const secret = 'sk-cli-upstream-credential-123';
    const added = await run(['channels', 'add', '--id', 'cli-up', '--provider', 'openai-compatible', '--base-url', 'http://127.0.0.1:9/v1', '--credential-stdin', '--weight', '3'], `${secret}\n`);
    expect(added.code, added.stderr).toBe(0);
    expect(added.stdout).toMatch(/cli-up\s+openai-compatible/);
    expect(added.stdout).not.toContain(secret);
    expect((await gw.store.getChannel('cli-up'))?.credentialEncrypted).toMatch(/^v1\./);
    const list = await run(['channels', 'list']);
    expect(list.stdout).toMatch(/cli-up\s+openai-compatible\s+http:\/\/127\.0\.0\.1:9\/v1\s+3\s+0\s+enabled\s+ok\s+stored/);
    expect(list.stdout).not.toContain(secret);
    expect((await run(['channels', 'disable', 'cli-up'])).stdout).toContain('Disabled cli-up');
    expect((await json<{ id: string; status: string }[]>(['channels', 'list'])).find((c) => c.id === 'cli-up')?.status).toBe('disabled');
  });

  it('usage --account --since shows rows and totals', async () => {
    const key = await json<{ secret: string }>(['keys', 'create', '--account', 'cli-co', '--name', 'usage']);
    const openai = new OpenAI({ apiKey: key.secret, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    await openai.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'count me' }] });
    await openai.chat.completions.create({ model: 'qwen3-max', messages: [{ role: 'user', content: 'and me' }] });
    const today = new Date().toISOString().slice(0, 10);
    let summary: { rows: { model: string; requests: number }[]; totals: { requests: number; cost: number } } = { rows: [], totals: { requests: 0, cost: 0 } };
    await eventually(async () => {
      summary = await json(['usage', '--account', 'cli-co', '--since', today]);
      return summary.rows.find((r) => r.model === 'qwen3-max')?.requests === 2;
    });
    expect(summary.totals.requests).toBe(summary.rows.reduce((n, r) => n + r.requests, 0));
    const table = await run(['usage', '--account', 'cli-co', '--since', today]);
    expect(table.stdout).toMatch(new RegExp(`${today}\\s+qwen3-max\\s+2\\s`));
    expect(table.stdout).toMatch(new RegExp(`^total\\s+-\\s+${summary.totals.requests}\\s`, 'm'));
    expect((await json<{ totals: { requests: number } }>(['usage', '--account', 'cli-co', '--since', '2999-01-01'])).totals.requests).toBe(0);
  });

  it('fails with clear messages and exit codes', async () => {
    const noToken = await nexusflow(['keys', 'list'], { NEXUSFLOW_URL: gw.baseUrl });
    expect(noToken.code).toBe(3);
    expect(noToken.stderr).toContain('NEXUSFLOW_ADMIN_TOKEN is not set');
    const wrong = await nexusflow(['keys', 'list'], { NEXUSFLOW_URL: gw.baseUrl, NEXUSFLOW_ADMIN_TOKEN: 'wrong-token-wrong-token' });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('Invalid or missing admin token. (HTTP 401, invalid_admin_token)');
    const missing = await run(['accounts', 'show', 'nobody']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe("nexusflow: No account with id 'nobody'. (HTTP 404, not_found)\n");
    const dup = await run(['accounts', 'create', '--name', 'again', '--id', 'cli-co']);
    expect(dup.code).toBe(1);
    expect(dup.stderr).toContain('(HTTP 409, conflict, field id)');
    const badFlag = await run(['keys', 'list', '--acount', 'x']);
    expect(badFlag.code).toBe(2);
    expect(badFlag.stderr).toContain("Unknown option '--acount'");
    expect((await run(['accounts', 'topup', 'cli-co', 'ten', '--reason', 'x'])).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
    const down = await nexusflow(['models', 'list'], { NEXUSFLOW_URL: 'http://127.0.0.1:9', NEXUSFLOW_ADMIN_TOKEN: 'x' });
    expect(down.code).toBe(1);
    expect(down.stderr).toContain('cannot reach http://127.0.0.1:9');
    const help = await run(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('models apply -f <catalog.yaml>');
  });

  it('builds as a package: the compiled command runs with plain node', async () => {
    const out = join('.cache', `client-build-${process.pid}`);
    try {
      const build = await new Promise<Run>((done) => {
        const child = spawn(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'clients/nexusflow/tsconfig.build.json', '--outDir', out], { cwd: ROOT });
        let stderr = '';
        child.stdout.on('data', (d: Buffer) => (stderr += d.toString()));
        child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
        child.on('close', (code) => done({ code, stdout: '', stderr }));
      });
      expect(build.code, build.stderr).toBe(0);
      const listed = await nexusflow(['accounts', 'show', 'cli-co', '--json'], env, undefined, [join(out, 'clients/nexusflow/src/cli/main.js')]);
      expect(listed.code, listed.stderr).toBe(0);
      expect((JSON.parse(listed.stdout) as { account: { id: string } }).account.id).toBe('cli-co');
    } finally {
      rmSync(join(ROOT, out), { recursive: true, force: true });
    }
  }, 120_000);
});
