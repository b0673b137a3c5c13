import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AdminIn, InputOf } from '../api/admin.js';
import { Badge, ErrorNote, Field, Loading, Pager, Section, Table } from '../components/ui.js';
import { credits, when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

type Status = NonNullable<InputOf<AdminIn['tasks']['list']>['status']>;
const STATUSES: Status[] = ['queued', 'running', 'succeeded', 'failed', 'canceled', 'expired'];
const TONE: Record<Status, 'ok' | 'warn' | 'bad' | 'neutral'> = { queued: 'neutral', running: 'warn', succeeded: 'ok', failed: 'bad', canceled: 'neutral', expired: 'bad' };

export function Tasks(): JSX.Element {
  const admin = useAdmin();
  const [account, setAccount] = useState('');
  const [status, setStatus] = useState<Status | ''>('');
  const pages = useCursorPages(`${account}|${status}`);
  const list = useAsync(
    () => admin.tasks.list.query({ limit: 50, ...(account.trim() ? { account_id: account.trim() } : {}), ...(status ? { status } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
    [account, status, pages.cursor],
  );
  return (
    <Section
      title="Tasks"
      actions={
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <Field label="Account id"><input value={account} onChange={(e) => setAccount(e.currentTarget.value)} /></Field>
          <Field label="Status">
            <select value={status} onChange={(e) => setStatus(e.currentTarget.value as Status | '')}>
              <option value="">Any</option>
              {STATUSES.map((s) => <option value={s}>{s}</option>)}
            </select>
          </Field>
          <button type="button" onClick={list.reload}>Refresh</button>
        </form>
      }
    >
      <ErrorNote error={list.error} />
      <Loading when={list.loading && !list.data} />
      <Table
        caption="Image and video tasks"
        rows={list.data?.data ?? []}
        rowKey={(t) => t.id}
        empty="No tasks."
        columns={[
          { header: 'Created', cell: (t) => when(t.created_at) },
          { header: 'Task', cell: (t) => <code class="small">{t.id}</code> },
          { header: 'Kind', cell: (t) => t.kind },
          { header: 'Model', cell: (t) => t.model },
          { header: 'Account', cell: (t) => t.account_id },
          { header: 'Status', cell: (t) => <Badge tone={TONE[t.status]}>{t.status}</Badge> },
          { header: 'Channel', cell: (t) => t.channel_id ?? '—' },
          { header: 'Files', cell: (t) => String(t.files), numeric: true },
          { header: 'Cost', cell: (t) => credits(t.cost), numeric: true },
          { header: 'Error', cell: (t) => (t.error ? `${t.error.code}: ${t.error.message}` : '') },
        ]}
      />
      <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
    </Section>
  );
}
