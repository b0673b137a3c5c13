import { cloneElement, isValidElement, type ComponentChildren, type JSX } from 'preact';
import { useId } from 'preact/hooks';

export function ErrorNote({ error }: { error: string | undefined }): JSX.Element | null {
  return error ? <p class="error" role="alert">{error}</p> : null;
}

export function Loading({ when }: { when: boolean }): JSX.Element | null {
  return when ? <p class="muted" aria-live="polite">Loading…</p> : null;
}

export function Section(props: { title: string; children: ComponentChildren; actions?: ComponentChildren; id?: string }): JSX.Element {
  const id = props.id ?? `s-${props.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`;
  return (
    <section aria-labelledby={id} class="card">
      <header class="card-head">
        <h2 id={id}>{props.title}</h2>
        {props.actions ? <div class="actions">{props.actions}</div> : null}
      </header>
      {props.children}
    </section>
  );
}

export function Stat(props: { label: string; value: string; hint?: string }): JSX.Element {
  return (
    <div class="stat">
      <dt>{props.label}</dt>
      <dd>{props.value}</dd>
      {props.hint ? <dd class="muted small">{props.hint}</dd> : null}
    </div>
  );
}

export function Badge(props: { tone: 'ok' | 'warn' | 'bad' | 'neutral'; children: ComponentChildren }): JSX.Element {
  return <span class={`badge ${props.tone}`}>{props.children}</span>;
}

export interface Column<T> {
  header: string;
  cell: (row: T) => ComponentChildren;
  numeric?: boolean;
}

/** A data table in a horizontally scrolling region (narrow screens), with a caption for screen readers. */
export function Table<T>(props: { caption: string; columns: Array<Column<T>>; rows: readonly T[]; rowKey: (row: T) => string; empty?: string }): JSX.Element {
  return (
    <div class="table-wrap" role="region" aria-label={props.caption} tabIndex={0}>
      <table>
        <caption class="sr-only">{props.caption}</caption>
        <thead>
          <tr>{props.columns.map((c) => <th scope="col" class={c.numeric ? 'num' : undefined}>{c.header}</th>)}</tr>
        </thead>
        <tbody>
          {props.rows.length === 0 ? (
            <tr><td colSpan={props.columns.length} class="muted">{props.empty ?? 'Nothing here yet.'}</td></tr>
          ) : (
            props.rows.map((r) => <tr key={props.rowKey(r)}>{props.columns.map((c) => <td class={c.numeric ? 'num' : undefined}>{c.cell(r)}</td>)}</tr>)
          )}
        </tbody>
      </table>
    </div>
  );
}

export function Pager(props: { page: number; nextCursor: string | null | undefined; onNext(cursor: string): void; onPrevious(): void }): JSX.Element {
  return (
    <nav class="pager" aria-label="Pages">
      <button type="button" onClick={props.onPrevious} disabled={props.page <= 1}>Previous</button>
      <span aria-live="polite">Page {props.page}</span>
      <button type="button" onClick={() => props.nextCursor && props.onNext(props.nextCursor)} disabled={!props.nextCursor}>Next</button>
    </nav>
  );
}

/**
 * A labelled form control: the label wraps the control (so it is always associated) and a hint,
 * outside the label, describes it (aria-describedby) without becoming part of its name.
 */
export function Field(props: { label: string; children: JSX.Element; hint?: string }): JSX.Element {
  const hintId = useId();
  const control = props.hint && isValidElement(props.children) ? cloneElement(props.children, { 'aria-describedby': hintId }) : props.children;
  return (
    <div class="field">
      <label>
        <span>{props.label}</span>
        {control}
      </label>
      {props.hint ? <small class="muted" id={hintId}>{props.hint}</small> : null}
    </div>
  );
}

/** Shown once: a secret with a copy button and a warning that it will not be shown again. */
export function SecretOnce(props: { secret: string; title: string; onDone(): void }): JSX.Element {
  const copy = () => void navigator.clipboard?.writeText(props.secret).catch(() => undefined);
  return (
    <div class="secret" role="status" aria-live="polite">
      <h3>{props.title}</h3>
      <p>Copy it now: the gateway keeps only a hash and will not show it again.</p>
      <code data-testid="secret" tabIndex={0}>{props.secret}</code>
      <div class="actions">
        <button type="button" onClick={copy}>Copy</button>
        <button type="button" onClick={props.onDone}>Done</button>
      </div>
    </div>
  );
}
