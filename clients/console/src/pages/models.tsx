import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import { SUPPORTED_PROTOCOLS } from '../../../../server/canonical/protocol.js';
import type { AdminModel } from '../api/admin.js';
import { describeError } from '../api/errors.js';
import { ErrorNote, Field, Loading, Pager, Section, Table } from '../components/ui.js';
import { count, credits, parseCredits } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

type Protocol = (typeof SUPPORTED_PROTOCOLS)[number];

/** The prices a model bills by, in credits per million tokens (or per image / second). */
export function priceSummary(m: AdminModel): string {
  const p = m.pricing;
  const parts: string[] = [];
  if (p.input_per_million !== undefined) parts.push(`in ${credits(p.input_per_million)}`);
  if (p.output_per_million !== undefined) parts.push(`out ${credits(p.output_per_million)}`);
  if (p.cached_input_per_million !== undefined) parts.push(`cached ${credits(p.cached_input_per_million)}`);
  if (p.embedding_per_million !== undefined) parts.push(`embed ${credits(p.embedding_per_million)}`);
  if (p.per_image) parts.push(`image ${Object.entries(p.per_image).map(([k, v]) => `${k}: ${credits(v)}`).join(', ')}`);
  if (p.per_video_second !== undefined) parts.push(`video/s ${credits(p.per_video_second)}`);
  return parts.join(' · ') || 'free';
}

function EditModel({ model, onSaved, onCancel }: { model: AdminModel; onSaved(): void; onCancel(): void }): JSX.Element {
  const admin = useAdmin();
  const [name, setName] = useState(model.display_name);
  const [protocols, setProtocols] = useState<Protocol[]>(model.supported_protocols);
  const [input, setInput] = useState(model.pricing.input_per_million === undefined ? '' : String(model.pricing.input_per_million / 1e6));
  const [output, setOutput] = useState(model.pricing.output_per_million === undefined ? '' : String(model.pricing.output_per_million / 1e6));
  const [error, setError] = useState<string>();
  const price = (t: string): number | undefined | null => (t.trim() === '' ? undefined : t.trim() === '0' ? 0 : parseCredits(t) ?? null);
  const save = async (e: Event) => {
    e.preventDefault();
    const i = price(input);
    const o = price(output);
    if (i === null || o === null) return setError('Prices are amounts of credits per million tokens.');
    if (protocols.length === 0) return setError('A model supports at least one protocol.');
    try {
      const pricing = { ...model.pricing };
      if (i === undefined) delete pricing.input_per_million; else pricing.input_per_million = i;
      if (o === undefined) delete pricing.output_per_million; else pricing.output_per_million = o;
      await admin.models.update.mutate({ model_id: model.id, display_name: name.trim() || model.id, supported_protocols: protocols, pricing });
      onSaved();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const toggle = (p: Protocol) => setProtocols(protocols.includes(p) ? protocols.filter((x) => x !== p) : [...protocols, p]);
  return (
    <Section title={`Edit ${model.id}`} id="edit-model">
      <form onSubmit={save} class="grid-form" aria-label={`Edit ${model.id}`}>
        <Field label="Display name"><input value={name} onInput={(e) => setName(e.currentTarget.value)} /></Field>
        <Field label="Input price (credits per million tokens)"><input inputMode="decimal" value={input} onInput={(e) => setInput(e.currentTarget.value)} /></Field>
        <Field label="Output price (credits per million tokens)"><input inputMode="decimal" value={output} onInput={(e) => setOutput(e.currentTarget.value)} /></Field>
        <fieldset>
          <legend>Supported protocols</legend>
          {SUPPORTED_PROTOCOLS.map((p) => (
            <label class="check"><input type="checkbox" checked={protocols.includes(p)} onChange={() => toggle(p)} /> {p}</label>
          ))}
        </fieldset>
        <div class="actions">
          <button type="submit">Save model</button>
          <button type="button" onClick={onCancel}>Cancel</button>
        </div>
        <ErrorNote error={error} />
      </form>
    </Section>
  );
}

export function Models(): JSX.Element {
  const admin = useAdmin();
  const pages = useCursorPages('models');
  const list = useAsync(() => admin.models.list.query({ limit: 50, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [pages.cursor]);
  const [editing, setEditing] = useState<string>();
  const current = list.data?.data.find((m) => m.id === editing);
  return (
    <>
      <Section title="Models" actions={<a href="/models">Public model pages</a>}>
        <ErrorNote error={list.error} />
        <Loading when={list.loading && !list.data} />
        <Table
          caption="Models"
          rows={list.data?.data ?? []}
          rowKey={(m) => m.id}
          columns={[
            { header: 'Model', cell: (m) => <a href={`/models/${encodeURIComponent(m.id)}`}>{m.id}</a> },
            { header: 'Kind', cell: (m) => m.kind },
            { header: 'Supported protocols', cell: (m) => <ul class="plain">{m.supported_protocols.map((p) => <li>{p}</li>)}</ul> },
            { header: 'Prices (credits)', cell: (m) => priceSummary(m) },
            { header: 'Context', cell: (m) => count(m.context_window), numeric: true },
            { header: 'Channels', cell: (m) => m.channels.map((c) => c.channel).join(', ') },
            { header: 'Edit', cell: (m) => <button type="button" onClick={() => setEditing(m.id)} aria-label={`Edit ${m.id}`}>Edit</button> },
          ]}
        />
        <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
      </Section>
      {current ? <EditModel key={current.id} model={current} onCancel={() => setEditing(undefined)} onSaved={() => { setEditing(undefined); list.reload(); }} /> : null}
    </>
  );
}
