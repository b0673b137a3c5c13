import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';
import { homedir, tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * FerretDB (MongoDB wire protocol over SQLite) for the Mongo store tests, so they need no
 * MongoDB server. Built with `go install github.com/FerretDB/FerretDB/cmd/ferretdb@v1.24.2`.
 */

export function findFerretDb(): string | undefined {
  const candidates = [
    process.env.FERRETDB_BIN,
    ...(process.env.PATH ?? '').split(delimiter).filter(Boolean).map((dir) => join(dir, 'ferretdb')),
    join(process.env.HOME ?? homedir(), 'go', 'bin', 'ferretdb'),
  ];
  for (const c of candidates) {
    if (!c) continue;
    try {
      accessSync(c, constants.X_OK);
      return c;
    } catch {
      // not here
    }
  }
  return undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const sock = createConnection({ host: '127.0.0.1', port }, () => {
      sock.destroy();
      resolve(true);
    });
    sock.on('error', () => resolve(false));
  });
}

export interface FerretDbInstance {
  uri: string;
  port: number;
  dir: string;
  /** Stops the server (SIGKILL with `kill: true`, to simulate a crash); keeps the data dir. */
  stop(options?: { kill?: boolean }): Promise<void>;
  /** Stops the server and removes its data dir. */
  dispose(): Promise<void>;
}

/** Starts FerretDB on a loopback port (a free one unless given) over a data dir (a new temp dir unless given). */
export async function startFerretDb(options: { binary?: string; port?: number; dir?: string } = {}): Promise<FerretDbInstance> {
  const binary = options.binary ?? findFerretDb();
  if (!binary) throw new Error('ferretdb binary not found (PATH, $HOME/go/bin, or FERRETDB_BIN)');
  const port = options.port ?? (await freePort());
  const dir = options.dir ?? mkdtempSync(join(tmpdir(), 'nexusflow-ferretdb-'));
  const child: ChildProcess = spawn(
    binary,
    [
      '--handler=sqlite', `--sqlite-url=file:${dir}/`, '--telemetry=disable', `--listen-addr=127.0.0.1:${port}`,
      '--debug-addr=-', `--state-dir=${dir}`, '--log-level=error',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString('utf8')).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let running = true;
  void exited.then(() => {
    running = false;
  });

  const stop = async (opts: { kill?: boolean } = {}): Promise<void> => {
    if (!running) return;
    child.kill(opts.kill ? 'SIGKILL' : 'SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(timer);
  };

  const deadline = Date.now() + 15_000;
  while (!(await accepts(port))) {
    if (!running || Date.now() > deadline) {
      await stop({ kill: true });
      const hint = stderr.includes('version.txt')
        ? '\nThis build lacks build/version/version.txt (a plain `go install` does); build it from the module source with that file present, e.g. containing "v1.24.2".'
        : '';
      throw new Error(`FerretDB (${binary}) did not start on 127.0.0.1:${port}:\n${stderr.trim()}${hint}`);
    }
    await sleep(50);
  }
  return {
    uri: `mongodb://127.0.0.1:${port}/`,
    port,
    dir,
    stop,
    dispose: async () => {
      await stop();
      if (!options.dir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * Global-setup step: makes MONGODB_URI available to the test workers. Uses an existing
 * MONGODB_URI, else starts FerretDB when installed; without either, Mongo tests skip unless
 * NEXUSFLOW_REQUIRE_MONGO=1, which makes this throw.
 */
export async function provideMongo(): Promise<(() => Promise<void>) | undefined> {
  if (process.env.MONGODB_URI) return undefined;
  const binary = findFerretDb();
  if (!binary) {
    if (process.env.NEXUSFLOW_REQUIRE_MONGO === '1') {
      throw new Error('NEXUSFLOW_REQUIRE_MONGO=1 but MONGODB_URI is unset and no ferretdb binary was found (PATH, $HOME/go/bin)');
    }
    return undefined;
  }
  const server = await startFerretDb({ binary });
  process.env.MONGODB_URI = server.uri;
  process.env.NEXUSFLOW_TEST_FERRETDB = '1';
  return async () => {
    delete process.env.MONGODB_URI;
    await server.dispose();
  };
}
