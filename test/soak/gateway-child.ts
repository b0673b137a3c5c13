/**
 * The gateway under soak, as a child process started as `npm start` does (the compiled server;
 * test/bench/gateway-entry.ts), one worker unless SOAK_GATEWAY_WORKERS says. Logging stays at `warn` (a log
 * line per request would make the soak measure the log pipe), so readiness is /healthz, not the
 * "listening" log line; only the tail of its output is kept.
 */
import { spawn } from 'node:child_process';
import { gatewayCommand } from '../bench/gateway-entry.js';
import type { Child } from '../bench/processes.js';

export async function startGatewayChild(port: number, env: Record<string, string>, timeoutMs = 60_000): Promise<Child> {
  const proc = spawn(process.execPath, gatewayCommand(), {
    env: { ...process.env, LOG_LEVEL: 'warn', NEXUSFLOW_WORKERS: process.env.SOAK_GATEWAY_WORKERS ?? '1', ...env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const keep = (d: Buffer): void => void (out = (out + d.toString()).slice(-20_000));
  proc.stdout?.on('data', keep);
  proc.stderr?.on('data', keep);
  const exited = new Promise<void>((r) => proc.on('exit', () => r()));
  const until = Date.now() + timeoutMs;
  for (;;) {
    const up = await fetch(`http://127.0.0.1:${port}/healthz`).then((r) => r.status === 200, () => false);
    if (up) break;
    if (proc.exitCode !== null || Date.now() > until) {
      proc.kill('SIGKILL');
      throw new Error(`gateway did not start:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    name: 'gateway', proc, port, output: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      // Graceful shutdown drains within NEXUSFLOW_SHUTDOWN_DEADLINE_MS; kill only well past it.
      const t = setTimeout(() => proc.kill('SIGKILL'), 60_000);
      await exited;
      clearTimeout(t);
    },
  };
}
