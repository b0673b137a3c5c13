import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AdminIn, InputOf, UsageRecord } from '../api/admin.js';
import { describeError } from '../api/errors.js';
import { Badge, ErrorNote, Field, Loading, Pager, Section, Table } from '../components/ui.js';
import { count, credits, ms, when } from '../lib/format.js';
import { download, toCsv } from '../lib/csv.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

type RecordQuery = InputOf<AdminIn['usage']['records']>;
export interface UsageFilters { account_id: string; key_id: string; model: string; since: string; until: string }

/** The filter form → the records query (empty fields are left out; days are UTC days). */
export function recordQuery(f: UsageFilters): RecordQuery {
  const q: RecordQuery = {};
  if (f.account_id.trim()) q.account_id = f.account_id.trim();
  if (f.key_id.trim()) q.key_id = f.key_id.trim();
  if (f.model.trim()) q.model = f.model.trim();
  if (f.since) q.since = f.since;
  if (f.until) q.until = f.until;
  return q;
}

const tokens = (r: UsageRecord): number => (r.usage.uncached_input ?? 0) + (r.usage.cache_read ?? 0) + (r.usage.cache_write ?? 0);

export const CSV_COLUMNS: Array<{ header: string; value: (r: UsageRecord) => unknown }> = [
  { header: 'created_at', value: (r) => r.created_at },
  { header: 'request_id', value: (r) => r.request_id },
  { header: 'account_id', value: (r) => r.account_id },
  { header: 'key_id', value: (r) => r.key_id },
  { header: 'model', value: (r) => r.model },
  { header: 'channel_id', value: (r) => r.channel_id },
  { header: 'protocol', value: (r) => r.protocol },
  { header: 'endpoint', value: (r) => r.endpoint },
  { header: 'status', value: (r) => r.status },
  { header: 'http_status', value: (r) => r.http_status },
  { header: 'input_tokens', value: tokens },
  { header: 'cache_read_tokens', value: (r) => r.usage.cache_read },
  { header: 'output_tokens', value: (r) => r.usage.output },
  { header: 'reasoning_tokens', value: (r) => r.usage.reasoning },
  { header: 'source', value: (r) => r.source },
  { header: 'cost_micro_credits', value: (r) => r.cost },
  { header: 'latency_ms', value: (r) => r.latency_ms },
  { header: 'error_code', value: (r) => r.error_code },
];

/** At most this many rows go into one CSV export (200 per page). */
export const CSV_MAX_ROWS = 20_000;

export function Usage(): JSX.Element {
  const admin = useAdmin();
  const today = new Date().toISOString().slice(0, 10);
  const [draft, setDraft] = useState<UsageFilters>({ account_id: '', key_id: '', model: '', since: today, until: '' });
  const [filters, setFilters] = useState<UsageFilters>(draft);
  const query = recordQuery(filters);
  const pages = useCursorPages(JSON.stringify(query));
  const list = useAsync(() => admin.usage.records.query({ ...query, limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [JSON.stringify(query), pages.cursor]);
  const [exporting, setExporting] = useState<string>();
  const [error, setError] = useState<string>();
  const set = (k: keyof UsageFilters) => (e: Event) => setDraft({ ...draft, [k]: (e.currentTarget as HTMLInputElement).value });

  const exportCsv = async () => {
    setError(undefined);
    const rows: UsageRecord[] = [];
    let cursor: string | undefined;
    try {
      do {
        setExporting(`Exporting… ${rows.length.toLocaleString('en-US')} rows`);
        const page = await admin.usage.records.query({ ...query, limit: 200, ...(cursor ? { cursor } : {}) });
        rows.push(...page.data);
        cursor = page.next_cursor ?? undefined;
      } while (cursor && rows.length < CSV_MAX_ROWS);
      download(`nexusflow-usage-${new Date().toISOString().slice(0, 19).replace(/:/g, '')}.csv`, toCsv(rows, CSV_COLUMNS));
      setExporting(cursor ? `Exported the first ${rows.length.toLocaleString('en-US')} rows; narrow the filters for the rest.` : `Exported ${rows.length.toLocaleString('en-US')} rows.`);
    } catch (err) {
      setExporting(undefined);
      setError(describeError(err).message);
    }
  };

  return (
    <Section title="Usage explorer" actions={<button type="button" onClick={() => void exportCsv()}>Export CSV</button>}>
      <form class="grid-form" aria-label="Usage filters" onSubmit={(e) => { e.preventDefault(); setFilters(draft); }}>
        <Field label="Account id"><input value={draft.account_id} onInput={set('account_id')} /></Field>
        <Field label="Key id"><input value={draft.key_id} onInput={set('key_id')} /></Field>
        <Field label="Model"><input value={draft.model} onInput={set('model')} /></Field>
        <Field label="Since (UTC day)"><input type="date" value={draft.since} onInput={set('since')} /></Field>
        <Field label="Until (UTC day, exclusive)"><input type="date" value={draft.until} onInput={set('until')} /></Field>
        <button type="submit">Apply filters</button>
      </form>
      {exporting ? <p role="status" class="muted">{exporting}</p> : null}
      <ErrorNote error={error ?? list.error} />
      <Loading when={list.loading && !list.data} />
      <Table
        caption="Usage records"
        rows={list.data?.data ?? []}
        rowKey={(r) => r.request_id}
        empty="No requests match these filters."
        columns={[
          { header: 'When', cell: (r) => when(r.created_at) },
          { header: 'Request', cell: (r) => <code class="small">{r.request_id}</code> },
          { header: 'Model', cell: (r) => r.model },
          { header: 'Key', cell: (r) => r.key_id },
          { header: 'Channel', cell: (r) => r.channel_id ?? '—' },
          { header: 'Endpoint', cell: (r) => r.endpoint },
          { header: 'Status', cell: (r) => <Badge tone={r.status === 'succeeded' ? 'ok' : r.status === 'partial' ? 'warn' : 'bad'}>{r.http_status}</Badge> },
          { header: 'Tokens in / out', cell: (r) => `${count(tokens(r))} / ${count(r.usage.output)}`, numeric: true },
          { header: 'Cost', cell: (r) => credits(r.cost), numeric: true },
          { header: 'Latency', cell: (r) => ms(r.latency_ms), numeric: true },
        ]}
      />
      <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
    </Section>
  );
}
