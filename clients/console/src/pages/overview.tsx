import type { JSX } from 'preact';
import { useMemo, useState } from 'preact/hooks';
import { Chart } from '../components/chart.js';
import { ErrorNote, Field, Loading, Section, Stat, Table } from '../components/ui.js';
import { count, credits, ms, percent } from '../lib/format.js';
import { bucketStarts, byGroup, pivot, totals, type Metric, type Pivot, type SeriesRow } from '../lib/series.js';
import { RANGES, rangeQuery, type Bucket, type RangeId } from '../lib/time-range.js';
import { useAsync } from '../lib/use-async.js';

export type GroupBy = 'none' | 'model' | 'channel' | 'key' | 'account';

/** What both the admin series and the key holder's own series answer. */
export interface SeriesLike {
  since: string;
  until: string;
  bucket_seconds: number;
  group_by: GroupBy;
  rows: SeriesRow[];
}
const GROUPS: Array<{ id: GroupBy; label: string }> = [
  { id: 'none', label: 'Everything' }, { id: 'model', label: 'Model' }, { id: 'channel', label: 'Channel' }, { id: 'key', label: 'API key' }, { id: 'account', label: 'Account' },
];

/** Two metrics of an ungrouped series as two lines (input/output tokens, p50/p99). */
function pair(rows: readonly SeriesRow[], x: number[], a: [Metric, string], b: [Metric, string]): Pivot {
  return { x, series: [{ label: a[1], values: pivot(rows, a[0], x).series[0]?.values ?? x.map(() => null) }, { label: b[1], values: pivot(rows, b[0], x).series[0]?.values ?? x.map(() => null) }] };
}

export function OverviewCharts({ series }: { series: SeriesLike }): JSX.Element {
  const x = useMemo(() => bucketStarts(series.since, series.until, series.bucket_seconds), [series]);
  const rows = series.rows;
  const grouped = series.group_by !== 'none';
  const charts = useMemo(() => {
    const tokens = grouped
      ? pivot(rows.map((r) => ({ ...r, input_tokens: r.input_tokens + r.output_tokens })), 'input_tokens', x)
      : pair(rows, x, ['input_tokens', 'input'], ['output_tokens', 'output']);
    const latency = grouped ? pivot(rows, 'latency_p99_ms', x) : pair(rows, x, ['latency_p50_ms', 'p50'], ['latency_p99_ms', 'p99']);
    return { requests: pivot(rows, 'requests', x), errors: pivot(rows, 'errors', x), cost: pivot(rows, 'cost', x), tokens, latency };
  }, [rows, x, grouped]);
  return (
    <div class="charts">
      <Chart title="Requests" data={charts.requests} />
      <Chart title="Errors" data={charts.errors} />
      <Chart title="Spend (credits)" data={charts.cost} format={(v) => credits(v)} />
      <Chart title={grouped ? 'Tokens (input + output)' : 'Tokens'} data={charts.tokens} />
      <Chart title={grouped ? 'Latency p99' : 'Latency p50 / p99'} data={charts.latency} format={(v) => ms(v)} aggregate="max" />
    </div>
  );
}

export function Overview<G extends GroupBy>(props: { load(q: { since: string; until: string; bucket: Bucket; group_by: G }): Promise<SeriesLike>; groups: readonly G[]; title?: string }): JSX.Element {
  const [range, setRange] = useState<RangeId>('24h');
  const [groupBy, setGroupBy] = useState<G>(props.groups.includes('model' as G) ? ('model' as G) : props.groups[0]!);
  const [asOf, setAsOf] = useState(() => Date.now());
  const q = useMemo(() => ({ ...rangeQuery(range, asOf), group_by: groupBy }), [range, groupBy, asOf]);
  const { data, error, loading } = useAsync(() => props.load(q), [q]);
  const t = data ? totals(data.rows) : undefined;
  const groups = GROUPS.filter((g) => (props.groups as readonly GroupBy[]).includes(g.id));

  return (
    <>
      <Section
        title={props.title ?? 'Overview'}
        actions={
          <form class="filters" onSubmit={(e) => e.preventDefault()}>
            <Field label="Time range">
              <select value={range} onChange={(e) => setRange(e.currentTarget.value as RangeId)}>
                {RANGES.map((r) => <option value={r.id}>{r.label}</option>)}
              </select>
            </Field>
            <Field label="Break down by">
              <select value={groupBy} onChange={(e) => setGroupBy(e.currentTarget.value as G)}>
                {groups.map((g) => <option value={g.id}>{g.label}</option>)}
              </select>
            </Field>
            <button type="button" onClick={() => setAsOf(Date.now())}>Refresh</button>
          </form>
        }
      >
        <ErrorNote error={error} />
        <Loading when={loading && !data} />
        {t ? (
          <dl class="stats" aria-label="Totals for the range">
            <Stat label="Requests" value={count(t.requests)} />
            <Stat label="Errors" value={count(t.errors)} hint={percent(t.errors, t.requests)} />
            <Stat label="Spend" value={credits(t.cost)} hint="credits" />
            <Stat label="Tokens in / out" value={`${count(t.input_tokens)} / ${count(t.output_tokens)}`} />
            <Stat label="Latency p50" value={ms(t.latency_p50_ms)} hint="request-weighted" />
            <Stat label="Latency p99" value={ms(t.latency_p99_ms)} hint="worst bucket" />
          </dl>
        ) : null}
      </Section>
      {data ? (
        <>
          <Section title="Over time"><OverviewCharts series={data} /></Section>
          <Section title="Breakdown">
            <Table
              caption={`Totals by ${groupBy}`}
              rows={byGroup(data.rows)}
              rowKey={(r) => r.group}
              empty="No requests in this range."
              columns={[
                { header: groups.find((g) => g.id === groupBy)?.label ?? 'Group', cell: (r) => r.group || (groupBy === 'none' ? 'all' : '(none)') },
                { header: 'Requests', cell: (r) => count(r.requests), numeric: true },
                { header: 'Errors', cell: (r) => count(r.errors), numeric: true },
                { header: 'Tokens in', cell: (r) => count(r.input_tokens), numeric: true },
                { header: 'Tokens out', cell: (r) => count(r.output_tokens), numeric: true },
                { header: 'Spend', cell: (r) => credits(r.cost), numeric: true },
                { header: 'p99 (worst bucket)', cell: (r) => ms(r.latency_p99_ms), numeric: true },
              ]}
            />
          </Section>
        </>
      ) : null}
    </>
  );
}
