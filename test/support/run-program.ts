import { execFile } from 'node:child_process';

export interface ProgramRun {
  /** Exit code (1 when it was killed or could not start). */
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program to completion without blocking this process — tests that start the gateway in
 * process must keep its event loop free while a client (an SDK script, Claude Code, Gemini CLI,
 * curl) talks to it.
 */
export function runProgram(file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv; timeoutMs?: number } = {}): Promise<ProgramRun> {
  return new Promise((resolve) => {
    const child = execFile(file, args, { encoding: 'utf8', timeout: options.timeoutMs ?? 60_000, ...(options.cwd ? { cwd: options.cwd } : {}), ...(options.env ? { env: options.env } : {}) }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
    // No input: programs that read stdin when it is not a terminal (codex exec) see its end at once.
    child.stdin?.end();
  });
}
