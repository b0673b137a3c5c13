import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Channel, ChannelTest } from '../api/admin.js';
import { describeError } from '../api/errors.js';
import { Badge, ErrorNote, Loading, Pager, Section, Table } from '../components/ui.js';
import { ms, when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

const CIRCUIT_TONE = { closed: 'ok', half_open: 'warn', open: 'bad' } as const;

function circuitText(c: Channel['circuit']): string {
  if (c.routes.length === 0) return 'healthy';
  return c.routes.map((r) => `${r.upstream_model}: ${r.state.replace('_', '-')}, ${r.consecutive_failures} failed${r.open_until ? ` until ${when(r.open_until).slice(11)}` : ''}`).join('; ');
}

export function Channels(): JSX.Element {
  const admin = useAdmin();
  const pages = useCursorPages('channels');
  const list = useAsync(() => admin.channels.list.query({ limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [pages.cursor]);
  const [results, setResults] = useState<Record<string, ChannelTest | 'running'>>({});
  const [error, setError] = useState<string>();

  const test = async (c: Channel) => {
    setResults((r) => ({ ...r, [c.id]: 'running' }));
    try {
      const result = await admin.channels.test.mutate({ channel_id: c.id });
      setResults((r) => ({ ...r, [c.id]: result }));
      list.reload();
    } catch (err) {
      setResults((r) => Object.fromEntries(Object.entries(r).filter(([k]) => k !== c.id)));
      setError(describeError(err).message);
    }
  };
  const setStatus = async (c: Channel, status: 'enabled' | 'disabled') => {
    try {
      await admin.channels.update.mutate({ channel_id: c.id, status });
      list.reload();
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  return (
    <Section title="Channels" actions={<span class="muted small">Circuit state is this gateway process's view.</span>}>
      <ErrorNote error={error ?? list.error} />
      <Loading when={list.loading && !list.data} />
      <Table
        caption="Channels"
        rows={list.data?.data ?? []}
        rowKey={(c) => c.id}
        columns={[
          { header: 'Channel', cell: (c) => <><strong>{c.name}</strong><br /><code class="small">{c.id}</code></> },
          { header: 'Provider', cell: (c) => c.provider },
          { header: 'Status', cell: (c) => <Badge tone={c.status === 'enabled' ? 'ok' : 'neutral'}>{c.status}</Badge> },
          { header: 'Health', cell: (c) => <Badge tone={c.health === 'ok' ? 'ok' : c.health === 'disabled' ? 'neutral' : 'bad'}>{c.health.replace('_', ' ')}</Badge> },
          { header: 'Circuit', cell: (c) => <span title={circuitText(c.circuit)}><Badge tone={CIRCUIT_TONE[c.circuit.state]}>{c.circuit.state.replace('_', '-')}</Badge> <span class="small muted">{circuitText(c.circuit)}</span></span> },
          { header: 'Weight / priority', cell: (c) => `${c.weight} / ${c.priority}`, numeric: true },
          {
            header: 'Test',
            cell: (c) => {
              const r = results[c.id];
              return (
                <div class="row-actions">
                  <button type="button" onClick={() => void test(c)} disabled={r === 'running'} aria-label={`Test ${c.id}`}>{r === 'running' ? 'Testing…' : 'Test'}</button>
                  {r && r !== 'running' ? (
                    <span role="status" data-testid={`test-${c.id}`} class={r.ok ? 'ok' : 'error'}>
                      {r.ok ? `OK in ${ms(r.latency_ms)} (${r.model}): “${r.output ?? ''}”` : `Failed: ${r.error?.message ?? 'unknown'}`}
                    </span>
                  ) : null}
                </div>
              );
            },
          },
          {
            header: 'Routing',
            cell: (c) => c.status === 'enabled'
              ? <button type="button" class="danger" onClick={() => void setStatus(c, 'disabled')} aria-label={`Disable ${c.id}`}>Disable</button>
              : <button type="button" onClick={() => void setStatus(c, 'enabled')} aria-label={`Enable ${c.id}`}>Enable</button>,
          },
        ]}
      />
      <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
    </Section>
  );
}
