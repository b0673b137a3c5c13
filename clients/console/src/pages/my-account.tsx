import type { JSX } from 'preact';
import type { AccountClient } from '../api/account.js';
import { ErrorNote, Loading, Pager, Section, Stat, Table, Badge } from '../components/ui.js';
import { count, credits, ms, when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { Overview } from './overview.js';

const GROUPS = ['none', 'model', 'key'] as const;

/** A key holder's view: their own account only (the gateway scopes every call to the key's account). */
export function MyAccount({ account }: { account: AccountClient }): JSX.Element {
  const me = useAsync(() => account.account(), []);
  const pages = useCursorPages('usage');
  const since = new Date(Date.now() - 7 * 86_400_000).toISOString().slice(0, 10);
  const usage = useAsync(() => account.usage({ since, limit: 25, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [pages.cursor]);
  const a = me.data;
  return (
    <>
      <Section title="My account">
        <ErrorNote error={me.error} />
        <Loading when={me.loading && !a} />
        {a ? (
          <>
            <dl class="stats">
              <Stat label="Account" value={a.name} hint={a.id} />
              <Stat label="Balance" value={credits(a.balance)} hint="credits" />
              <Stat label="Held" value={credits(a.held)} hint="requests in flight" />
              <Stat label="Credit limit" value={credits(a.credit_limit)} />
            </dl>
            <h3>This key</h3>
            <dl class="stats">
              <Stat label="Key" value={`${a.key.name}`} hint={`${a.key.prefix}…`} />
              <Stat label="Status" value={a.key.status} />
              <Stat label="Models" value={a.key.allowed_models?.join(', ') ?? 'all'} />
              <Stat label="Requests / minute" value={count(a.key.rate_limits.requests_per_minute) === '—' ? 'no limit' : count(a.key.rate_limits.requests_per_minute)} />
              <Stat label="Tokens / minute" value={a.key.rate_limits.tokens_per_minute === null ? 'no limit' : count(a.key.rate_limits.tokens_per_minute)} />
              <Stat label="Spent / limit" value={`${credits(a.key.spent)} / ${a.key.spend_limit === null ? 'no limit' : credits(a.key.spend_limit)}`} hint={a.key.spend_period ?? undefined} />
              <Stat label="Expires" value={when(a.key.expires_at)} />
            </dl>
          </>
        ) : null}
      </Section>
      <Overview title="My usage" groups={GROUPS} load={(q) => account.series(q)} />
      <Section title="Recent requests (last 7 days)">
        <ErrorNote error={usage.error} />
        <Table
          caption="My usage records"
          rows={usage.data?.data ?? []}
          rowKey={(r) => r.request_id}
          empty="No requests in the last 7 days."
          columns={[
            { header: 'When', cell: (r) => when(r.created_at) },
            { header: 'Model', cell: (r) => r.model },
            { header: 'Endpoint', cell: (r) => r.endpoint },
            { header: 'Status', cell: (r) => <Badge tone={r.status === 'succeeded' ? 'ok' : r.status === 'partial' ? 'warn' : 'bad'}>{r.http_status}</Badge> },
            { header: 'Tokens out', cell: (r) => count(r.usage.output), numeric: true },
            { header: 'Cost', cell: (r) => credits(r.cost), numeric: true },
            { header: 'Latency', cell: (r) => ms(r.latency_ms), numeric: true },
          ]}
        />
        <Pager page={pages.page} nextCursor={usage.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
      </Section>
    </>
  );
}
