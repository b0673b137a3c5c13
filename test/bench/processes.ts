/**
 * Child processes of a benchmark run, and what the kernel says about them (CPU time, memory,
 * machine load). Linux /proc only: the benchmark runs on the project's machines.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface Child {
  name: string;
  proc: ChildProcess;
  port: number;
  output(): string;
  stop(): Promise<void>;
}

/** Spawns `command args` and waits for a line matching `ready` that captures the port (or uses `port`). */
export async function startChild(name: string, command: string, args: string[], env: Record<string, string>, ready: RegExp, port?: number, timeoutMs = 60_000): Promise<Child> {
  const proc = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  proc.stdout?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  proc.stderr?.on('data', (d: Buffer) => (out = (out + d.toString()).slice(-20_000)));
  const exited = new Promise<void>((r) => proc.on('exit', () => r()));
  const until = Date.now() + timeoutMs;
  let found: number | undefined;
  while (found === undefined) {
    const m = ready.exec(out);
    if (m) found = port ?? Number(m[1]);
    else if (proc.exitCode !== null || Date.now() > until) {
      proc.kill('SIGKILL');
      throw new Error(`${name} did not start:\n${out}`);
    } else await new Promise((r) => setTimeout(r, 50));
  }
  return {
    name, proc, port: found, output: () => out,
    async stop() {
      if (proc.exitCode === null) proc.kill('SIGTERM');
      const t = setTimeout(() => proc.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(t);
    },
  };
}

const TICKS_PER_SECOND = 100; // USER_HZ on Linux

/** User + system CPU seconds consumed so far by a process (/proc/<pid>/stat fields 14 and 15). */
export function cpuSeconds(pid: number): number {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
}

/** Resident memory in MB (/proc/<pid>/status VmRSS). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : Number.NaN;
}

/** 1-minute load average and the busy share of the CPUs over a short sample. */
export async function machineLoad(sampleMs = 1000): Promise<{ load1: number; busyPercent: number }> {
  const read = (): { idle: number; total: number } => {
    const cpu = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
    const idle = (cpu[3] ?? 0) + (cpu[4] ?? 0);
    return { idle, total: cpu.reduce((a, b) => a + b, 0) };
  };
  const a = read();
  await new Promise((r) => setTimeout(r, sampleMs));
  const b = read();
  const total = b.total - a.total;
  const load1 = Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
  return { load1, busyPercent: total > 0 ? Math.round((1 - (b.idle - a.idle) / total) * 100) : 0 };
}
