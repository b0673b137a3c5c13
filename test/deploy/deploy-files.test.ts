import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, symlinkSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import OpenAI from 'openai';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { freePort } from '../setup/ferretdb.js';
import { DEPLOY_ENV, ensurePythonVenv } from '../support/python.js';

const ROOT = resolve(import.meta.dirname, '../..');
const DOCKERFILE = readFileSync(join(ROOT, 'Dockerfile'), 'utf8');

interface Run { code: number | null; out: string; err: string }
function run(cmd: string, args: string[], options: { input?: string; env?: Record<string, string | undefined> } = {}): Run {
  const r = spawnSync(cmd, args, { cwd: ROOT, input: options.input ?? '', env: options.env ?? process.env, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Dockerfile instructions (continuation lines joined), comments dropped. */
function instructions(text: string): { op: string; args: string }[] {
  return text.replace(/\\\n/g, ' ').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'))
    .map((l) => ({ op: l.split(/\s+/)[0]!.toUpperCase(), args: l.slice(l.split(/\s+/)[0]!.length).trim() }));
}

/**
 * The deployment files, checked as far as a machine without a container engine allows: hadolint
 * on the Dockerfile, `docker compose config` (the real compose binary) on compose.yaml, and the
 * build the image runs (`npm run build`, compiled JavaScript started with plain node). Not run
 * here: `docker build` and `docker compose up` (README, Deployment).
 */
describe('deployment files', () => {
  let tools: { hadolint: string; compose: string } | undefined;
  beforeAll(() => {
    const python = ensurePythonVenv(DEPLOY_ENV);
    if (!python) {
      if (process.env.CI) throw new Error('python3 is required in CI for the deployment file checks');
      return;
    }
    // The package's `docker-compose` script drops the exit code; its Go binary does not.
    const compose = execFileSync(python, ['-c', "import compose, pathlib; print(pathlib.Path(compose.__file__).parent / 'docker-compose')"], { encoding: 'utf8' }).trim();
    tools = { hadolint: join(DEPLOY_ENV.venv, 'bin', 'hadolint'), compose };
  }, 600_000);

  it('hadolint passes the Dockerfile at warning level, and does fail a Dockerfile that ends as root', () => {
    if (!tools) return;
    const lint = run(tools.hadolint, ['--failure-threshold', 'warning', 'Dockerfile']);
    expect(lint.code, lint.out + lint.err).toBe(0);
    const asRoot = run(tools.hadolint, ['--failure-threshold', 'warning', '-'], { input: DOCKERFILE.replace(/^USER .*$/m, 'USER root') });
    expect(asRoot.code).toBe(1);
    expect(asRoot.out).toContain('DL3002');
  });

  it('the Dockerfile is what the issue asks: multi-stage, production dependencies only, NODE_ENV=production, non-root, HEALTHCHECK, compiled JavaScript', () => {
    const ins = instructions(DOCKERFILE);
    const froms = ins.filter((i) => i.op === 'FROM');
    expect(froms.map((f) => f.args)).toEqual(['${NODE_IMAGE} AS build', '${NODE_IMAGE} AS runtime']);
    expect(DOCKERFILE).toMatch(/^ARG NODE_IMAGE=node:20\.\d+-bookworm-slim$/m);
    const runtime = ins.slice(ins.findIndex((i) => i.op === 'FROM' && i.args.endsWith('AS runtime')));
    expect(runtime.find((i) => i.op === 'ENV')?.args).toMatch(/NODE_ENV=production/);
    expect(runtime.filter((i) => i.op === 'USER').at(-1)?.args).toBe('1000:1000');
    expect(runtime.find((i) => i.op === 'HEALTHCHECK')?.args).toContain('/healthz');
    expect(runtime.find((i) => i.op === 'CMD')?.args).toBe('["node", "server/main.js"]');
    // Nothing but node_modules (pruned to production) and the build output reaches the runtime stage.
    expect(runtime.filter((i) => i.op === 'COPY').map((c) => c.args)).toEqual(['--from=build /src/node_modules ./node_modules', '--from=build /src/dist/ ./']);
    expect(ins.find((i) => i.op === 'RUN' && i.args.includes('npm run build'))?.args).toContain('npm prune --omit=dev');
  });

  it('every file the build stage copies exists and is not excluded by .dockerignore', () => {
    const ignored = readFileSync(join(ROOT, '.dockerignore'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
    const sources = instructions(DOCKERFILE).filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
    expect(sources).toEqual(['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts', 'spec', 'generated', 'server', 'vendor', 'clients/console']);
    for (const s of sources) {
      expect(existsSync(join(ROOT, s)), s).toBe(true);
      expect(ignored.filter((p) => p === s || p === `${s}/` || s.startsWith(`${p}/`)), s).toEqual([]);
    }
    for (const kept of ['node_modules', '.git', '.cache', 'data', 'test']) expect(ignored, kept).toContain(kept);
  });

  it('docker compose config accepts compose.yaml: a one-member replica set initiated by its health check, two gateway replicas on a port range, readiness-gated', () => {
    if (!tools) return;
    const env = { ...process.env, NEXUSFLOW_ADMIN_TOKEN: 'a'.repeat(24), NEXUSFLOW_SECRET_KEY: 'b'.repeat(32) };
    const ok = run(tools.compose, ['-f', 'compose.yaml', 'config', '--format', 'json'], { env });
    expect(ok.code, ok.err).toBe(0);
    interface Service { image?: string; command?: string[]; build?: { context: string }; depends_on?: Record<string, { condition: string }>; deploy?: { replicas?: number }; ports?: { target: number; published: string }[]; environment?: Record<string, string>; healthcheck?: { test: string[] }; volumes?: { source: string; target: string }[] }
    const config = JSON.parse(ok.out) as { services: Record<string, Service>; volumes: Record<string, unknown> };
    const { mongo, gateway } = config.services;
    expect(mongo?.command).toEqual(['--replSet', 'rs0', '--bind_ip_all']);
    expect(mongo?.healthcheck?.test.join(' ')).toMatch(/rs\.initiate\(\{ _id: 'rs0', members: \[\{ _id: 0, host: 'mongo:27017' \}\] \}\)/);
    expect(mongo?.volumes?.[0]).toMatchObject({ source: 'mongo-data', target: '/data/db' });
    expect(gateway?.build?.context).toBe(ROOT);
    expect(gateway?.deploy?.replicas).toBe(2);
    expect(gateway?.ports).toEqual([expect.objectContaining({ target: 8080, published: '8080-8081' })]);
    expect(gateway?.depends_on?.mongo?.condition).toBe('service_healthy');
    expect(gateway?.environment?.MONGODB_URI).toBe('mongodb://mongo:27017/nexusflow?replicaSet=rs0');
    expect(gateway?.healthcheck?.test.join(' ')).toContain('/readyz');
    expect(Object.keys(config.volumes)).toEqual(['mongo-data']);

    const { NEXUSFLOW_ADMIN_TOKEN: _t, ...withoutToken } = env;
    const missing = run(tools.compose, ['-f', 'compose.yaml', 'config', '--quiet'], { env: withoutToken });
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('required variable NEXUSFLOW_ADMIN_TOKEN is missing a value');
  });

  describe('the build the image runs', () => {
    const out = mkdtempSync(join(tmpdir(), 'nexusflow-dist-'));
    afterAll(() => rmSync(out, { recursive: true, force: true }));

    it('from only the files the Dockerfile copies, compiles to JavaScript that imports only node built-ins and production dependencies, and starts with plain node', async () => {
      // The build stage's context: exactly the Dockerfile's COPY sources (and node_modules, as `npm ci` made it).
      const stage = join(out, 'stage');
      const sources = instructions(DOCKERFILE).filter((i) => i.op === 'COPY' && !i.args.startsWith('--from')).flatMap((i) => i.args.split(/\s+/).slice(0, -1));
      for (const s of sources) cpSync(join(ROOT, s), join(stage, s), { recursive: true });
      symlinkSync(join(ROOT, 'node_modules'), join(stage, 'node_modules'));
      const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json'], { cwd: stage, encoding: 'utf8' });
      expect(build.status, build.stdout + build.stderr).toBe(0);
      const assets = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-assets.ts'], { cwd: stage, encoding: 'utf8' });
      expect(assets.status, assets.stderr).toBe(0);
      const consoleBuild = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/build-console.ts'], { cwd: stage, encoding: 'utf8' });
      expect(consoleBuild.status, consoleBuild.stderr).toBe(0);
      // What the runtime stage copies: dist/ (and node_modules).
      renameSync(join(stage, 'dist'), join(out, 'app'));
      const app = join(out, 'app');
      expect(readdirSync(app).sort()).toEqual(['console', 'generated', 'package.json', 'server', 'spec', 'vendor']);

      const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
      const builtins = new Set(builtinModules);
      const imported = new Set<string>();
      const walk = (dir: string): void => {
        for (const e of readdirSync(dir, { withFileTypes: true })) {
          const p = join(dir, e.name);
          // vendor/ and console/ hold browser bundles the gateway serves as files, never imports.
          if (e.isDirectory() && (p === join(app, 'vendor') || p === join(app, 'console'))) continue;
          if (e.isDirectory()) walk(p);
          else if (e.name.endsWith('.js')) {
            for (const [, spec] of readFileSync(p, 'utf8').matchAll(/(?:^import\s[^;]*?\bfrom\s*|^export\s[^;]*?\bfrom\s*|^import\s*|\bimport\(\s*|\brequire\(\s*)['"]([^'"./\s][^'"\s]*)['"]/gm)) {
              const name = spec!.startsWith('@') ? spec!.split('/').slice(0, 2).join('/') : spec!.split('/')[0]!;
              if (!name.startsWith('node:') && !builtins.has(name)) imported.add(name);
            }
          }
        }
      };
      walk(app);
      expect(imported.size).toBeGreaterThan(5);
      expect([...imported].filter((n) => !(n in pkg.dependencies)).sort()).toEqual([]);

      // As in the image: the compiled tree beside a node_modules; no TypeScript loader.
      symlinkSync(join(ROOT, 'node_modules'), join(app, 'node_modules'));
      const data = mkdtempSync(join(tmpdir(), 'nexusflow-dist-data-'));
      const port = await freePort();
      const { MONGODB_URI: _m, ...inherited } = process.env;
      const child = spawn(process.execPath, ['server/main.js'], {
        cwd: app, env: { ...inherited, NODE_ENV: 'production', NEXUSFLOW_DATA_DIR: data, HOST: '127.0.0.1', PORT: String(port), NEXUSFLOW_BOOTSTRAP_KEY: 'sk-air-distbuild0123456789abcdef' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let log = '';
      child.stdout.on('data', (d: Buffer) => (log += d.toString()));
      child.stderr.on('data', (d: Buffer) => (log += d.toString()));
      const exited = new Promise<number | null>((r) => child.once('exit', (c) => r(c)));
      try {
        const until = Date.now() + 30_000;
        while (!log.includes('NexusFlow listening on') && child.exitCode === null && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
        expect(log).toContain('NexusFlow listening on');
        const base = `http://127.0.0.1:${port}`;
        expect(await (await fetch(`${base}/readyz`)).json()).toMatchObject({ status: 'ready' });
        const client = new OpenAI({ apiKey: 'sk-air-distbuild0123456789abcdef', baseURL: `${base}/v1`, maxRetries: 0 });
        const answer = await client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'compiled?' }] });
        expect(answer.choices[0]?.message.content).toBeTruthy();
        // The version comes from the package.json copied beside the compiled server.
        const root = (await (await fetch(`${base}/`)).json()) as { version?: string };
        expect(root.version).toBe((JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version);
        // The API docs' bundled renderer is part of the image (vendor/ copied into dist/).
        const redoc = await fetch(`${base}/docs/assets/redoc.standalone.js`);
        expect(redoc.status).toBe(200);
        expect((await redoc.text()).length).toBeGreaterThan(500_000);
        // So is the console, built by Vite into dist/console, with every asset it names.
        const page = await (await fetch(`${base}/console/keys`)).text();
        const assets = [...page.matchAll(/\/console\/assets\/[^"]+/g)].map((m) => m[0]);
        expect(assets.length).toBeGreaterThanOrEqual(2);
        for (const a of assets) expect((await fetch(`${base}${a}`)).status, a).toBe(200);
        child.kill('SIGTERM');
        expect(await exited).toBe(0);
      } finally {
        if (child.exitCode === null) child.kill('SIGKILL');
        rmSync(data, { recursive: true, force: true });
      }
    }, 180_000);
  });
});
