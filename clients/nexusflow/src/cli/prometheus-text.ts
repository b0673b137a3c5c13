/** One sample of the Prometheus text format: `name{label="value",…} 1.5`. */
export interface Sample {
  name: string;
  labels: Record<string, string>;
  value: number;
}

const LINE = /^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\{(.*)\})?\s+(\S+)(?:\s+\d+)?$/;
const LABEL = /([a-zA-Z_][a-zA-Z0-9_]*)="((?:[^"\\]|\\.)*)"/g;

/** Parses a `/metrics` body (text exposition format 0.0.4); comments and malformed lines are skipped. */
export function parseMetrics(text: string): Sample[] {
  const out: Sample[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = LINE.exec(line);
    if (!m) continue;
    const labels: Record<string, string> = {};
    for (const [, k, v] of (m[2] ?? '').matchAll(LABEL)) labels[k!] = v!.replace(/\\n/g, '\n').replace(/\\"/g, '"').replace(/\\\\/g, '\\');
    const value = m[3] === '+Inf' ? Number.POSITIVE_INFINITY : m[3] === '-Inf' ? Number.NEGATIVE_INFINITY : Number(m[3]);
    out.push({ name: m[1]!, labels, value });
  }
  return out;
}

/** Sum of the samples of `name` whose labels pass `where`. */
export function sum(samples: readonly Sample[], name: string, where: (labels: Record<string, string>) => boolean = () => true): number {
  let total = 0;
  for (const s of samples) if (s.name === name && where(s.labels)) total += s.value;
  return total;
}

/** Sums of `name` grouped by one label. */
export function sumBy(samples: readonly Sample[], name: string, label: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const s of samples) {
    if (s.name !== name) continue;
    const key = s.labels[label] ?? '';
    out.set(key, (out.get(key) ?? 0) + s.value);
  }
  return out;
}

/**
 * A quantile of a Prometheus histogram from the increase of its cumulative buckets between two
 * scrapes (linear inside the bucket, as histogram_quantile does). Undefined when nothing was observed.
 */
export function histogramQuantile(q: number, before: readonly Sample[], after: readonly Sample[], name: string): number | undefined {
  const byLe = (samples: readonly Sample[]): Map<number, number> => {
    const m = new Map<number, number>();
    for (const s of samples) {
      if (s.name !== `${name}_bucket` || s.labels.le === undefined) continue;
      const le = s.labels.le === '+Inf' ? Number.POSITIVE_INFINITY : Number(s.labels.le);
      m.set(le, (m.get(le) ?? 0) + s.value);
    }
    return m;
  };
  const a = byLe(after);
  const b = byLe(before);
  const buckets = [...a.entries()].map(([le, n]) => ({ le, n: n - (b.get(le) ?? 0) })).sort((x, y) => x.le - y.le);
  const total = buckets.at(-1)?.n ?? 0;
  if (total <= 0) return undefined;
  const rank = q * total;
  let prevLe = 0;
  let prevN = 0;
  for (const { le, n } of buckets) {
    if (n >= rank) {
      if (!Number.isFinite(le)) return prevLe;
      return prevLe + (le - prevLe) * ((rank - prevN) / Math.max(n - prevN, 1e-12));
    }
    prevLe = le;
    prevN = n;
  }
  return prevLe;
}
