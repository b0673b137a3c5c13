/** Usage series rows (one per bucket and group) → aligned columns for charts, and totals. */

export interface SeriesRow {
  bucket: string;
  group: string;
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  latency_p50_ms: number;
  latency_p99_ms: number;
}

export type Metric = 'requests' | 'errors' | 'input_tokens' | 'output_tokens' | 'cost' | 'latency_p50_ms' | 'latency_p99_ms';

export interface Pivot {
  /** Bucket starts, epoch seconds, ascending; every bucket of the range (empty ones included). */
  x: number[];
  series: Array<{ label: string; values: Array<number | null> }>;
}

/** Every bucket start from `since` to `until`, so quiet periods show as zero rather than a straight line. */
export function bucketStarts(since: string, until: string, bucketSeconds: number): number[] {
  const from = Math.floor(Date.parse(since) / 1000 / bucketSeconds) * bucketSeconds;
  const to = Date.parse(until) / 1000;
  const out: number[] = [];
  for (let t = from; t < to && out.length < 2000; t += bucketSeconds) out.push(t);
  return out;
}

/**
 * One series per group for a metric. Counts are 0 in buckets without requests; latencies are
 * null there (no request, no latency), which the chart draws as a gap.
 */
export function pivot(rows: readonly SeriesRow[], metric: Metric, x: number[], maxGroups = 8): Pivot {
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.group, (totals.get(r.group) ?? 0) + r.requests);
  const ranked = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([g]) => g);
  const shown = ranked.slice(0, maxGroups);
  const other = ranked.length > maxGroups;
  const index = new Map(x.map((t, i) => [t, i]));
  const isLatency = metric === 'latency_p50_ms' || metric === 'latency_p99_ms';
  const blank = (): Array<number | null> => x.map(() => (isLatency ? null : 0));
  const columns = new Map<string, Array<number | null>>(shown.map((g) => [g, blank()]));
  if (other) columns.set('(other)', blank());
  for (const r of rows) {
    const i = index.get(Math.floor(Date.parse(r.bucket) / 1000));
    if (i === undefined) continue;
    const col = columns.get(shown.includes(r.group) ? r.group : '(other)');
    if (!col) continue;
    const v = r[metric];
    // Counts add up; for the "(other)" latency the worst group's value is shown.
    col[i] = isLatency ? Math.max(col[i] ?? 0, v) : (col[i] ?? 0) + v;
  }
  return { x, series: [...columns.entries()].map(([g, values]) => ({ label: g === '' ? labelForEmpty(rows) : g, values })) };
}

const labelForEmpty = (rows: readonly SeriesRow[]): string => (rows.every((r) => r.group === '') ? 'all' : '(none)');

export interface Totals {
  requests: number;
  errors: number;
  input_tokens: number;
  output_tokens: number;
  cost: number;
  /** Request-weighted mean of the buckets' p50 (an estimate: the exact median needs the records). */
  latency_p50_ms: number;
  /** The highest bucket p99 (an upper bound of the range's p99). */
  latency_p99_ms: number;
}

export function totals(rows: readonly SeriesRow[]): Totals {
  const t: Totals = { requests: 0, errors: 0, input_tokens: 0, output_tokens: 0, cost: 0, latency_p50_ms: 0, latency_p99_ms: 0 };
  let weighted = 0;
  for (const r of rows) {
    t.requests += r.requests;
    t.errors += r.errors;
    t.input_tokens += r.input_tokens;
    t.output_tokens += r.output_tokens;
    t.cost += r.cost;
    weighted += r.latency_p50_ms * r.requests;
    t.latency_p99_ms = Math.max(t.latency_p99_ms, r.latency_p99_ms);
  }
  t.latency_p50_ms = t.requests === 0 ? 0 : weighted / t.requests;
  return t;
}

/** Sums per group, most requests first (the breakdown table under the charts). */
export function byGroup(rows: readonly SeriesRow[]): Array<{ group: string } & Omit<Totals, 'latency_p50_ms'>> {
  const groups = new Map<string, SeriesRow[]>();
  for (const r of rows) groups.set(r.group, [...(groups.get(r.group) ?? []), r]);
  return [...groups.entries()]
    .map(([group, rs]) => {
      const { latency_p50_ms: _, ...t } = totals(rs);
      return { group, ...t };
    })
    .sort((a, b) => b.requests - a.requests || a.group.localeCompare(b.group));
}
