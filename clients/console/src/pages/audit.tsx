import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AdminIn, InputOf } from '../api/admin.js';
import { ErrorNote, Field, Loading, Pager, Section, Table } from '../components/ui.js';
import { when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

type TargetType = NonNullable<InputOf<AdminIn['audit']['list']>['target_type']>;

export function Audit(): JSX.Element {
  const admin = useAdmin();
  const [target, setTarget] = useState<TargetType | ''>('');
  const [action, setAction] = useState('');
  const pages = useCursorPages(`${target}|${action}`);
  const list = useAsync(
    () => admin.audit.list.query({ limit: 50, ...(target ? { target_type: target } : {}), ...(action.trim() ? { action: action.trim() } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) }),
    [target, action, pages.cursor],
  );
  return (
    <Section
      title="Audit log"
      actions={
        <form class="filters" onSubmit={(e) => e.preventDefault()}>
          <Field label="Entity">
            <select value={target} onChange={(e) => setTarget(e.currentTarget.value as TargetType | '')}>
              <option value="">Any</option>
              {(['account', 'key', 'model', 'channel'] as const).map((t) => <option value={t}>{t}</option>)}
            </select>
          </Field>
          <Field label="Action"><input value={action} placeholder="key.revoke" onChange={(e) => setAction(e.currentTarget.value)} /></Field>
        </form>
      }
    >
      <ErrorNote error={list.error} />
      <Loading when={list.loading && !list.data} />
      <Table
        caption="Audit entries, newest first"
        rows={list.data?.data ?? []}
        rowKey={(e) => e.id}
        columns={[
          { header: 'When', cell: (e) => when(e.created_at) },
          { header: 'Actor', cell: (e) => <code class="small">{e.actor}</code> },
          { header: 'Action', cell: (e) => e.action },
          { header: 'Target', cell: (e) => `${e.target_type} ${e.target_id}` },
          { header: 'Detail', cell: (e) => (e.detail ? <code class="small detail">{JSON.stringify(e.detail)}</code> : '') },
        ]}
      />
      <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
    </Section>
  );
}
