import type { DestinationStream } from 'pino';

/** How log lines are written: `json` (one object per line), `pretty` (for people), `auto` (pretty on a TTY). */
export type LogFormat = 'auto' | 'json' | 'pretty';

export function usePretty(format: LogFormat, isTty: boolean): boolean {
  return format === 'pretty' || (format === 'auto' && isTty);
}

const LEVELS: Record<number, { name: string; color: string }> = {
  10: { name: 'TRACE', color: '\x1b[90m' },
  20: { name: 'DEBUG', color: '\x1b[36m' },
  30: { name: 'INFO ', color: '\x1b[32m' },
  40: { name: 'WARN ', color: '\x1b[33m' },
  50: { name: 'ERROR', color: '\x1b[31m' },
  60: { name: 'FATAL', color: '\x1b[35m' },
};
const RESET = '\x1b[0m';
const DIM = '\x1b[2m';
/** Fields every line has, shown in fixed places rather than as key=value. */
const FIXED = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'err']);

function value(v: unknown): string {
  if (typeof v === 'string') return /[\s"=]/.test(v) || v === '' ? JSON.stringify(v) : v;
  return JSON.stringify(v) ?? String(v);
}

function clock(ms: number): string {
  const d = new Date(ms);
  const p = (n: number, w = 2): string => String(n).padStart(w, '0');
  return `${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}.${p(d.getMilliseconds(), 3)}`;
}

/**
 * One pino JSON line → `12:00:01.234 INFO  message  key=value …`, with the error's stack on the
 * lines below. Colours only when asked (a TTY without NO_COLOR). A line that is not JSON passes as is.
 */
export function prettyLine(line: string, color: boolean): string {
  let o: Record<string, unknown>;
  try {
    o = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line.endsWith('\n') ? line : `${line}\n`;
  }
  const level = LEVELS[Number(o.level)] ?? { name: String(o.level).toUpperCase().padEnd(5), color: '' };
  const time = typeof o.time === 'number' ? clock(o.time) : '';
  const fields = Object.entries(o).filter(([k]) => !FIXED.has(k)).map(([k, v]) => `${k}=${value(v)}`);
  const tint = (c: string, s: string): string => (color && c ? `${c}${s}${RESET}` : s);
  let out = `${tint(DIM, time)} ${tint(level.color, level.name)} ${String(o.msg ?? '')}`;
  if (fields.length > 0) out += `  ${tint(DIM, fields.join(' '))}`;
  const err = o.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err && typeof err === 'object') out += `\n    ${(err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`).split('\n').join('\n    ')}`;
  return `${out}\n`;
}

/** A pino destination that pretty-prints each line into `target` (which keeps its own buffering). */
export function prettyDestination(target: { write(text: string): unknown }, color: boolean): DestinationStream {
  return {
    write(chunk: string) {
      // pino writes one line per call; tolerate several.
      for (const line of chunk.split('\n')) if (line !== '') target.write(prettyLine(line, color));
    },
  };
}
