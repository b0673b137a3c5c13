import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { AdminIn, ApiKey } from '../api/admin.js';
import { describeError } from '../api/errors.js';
import { Badge, ErrorNote, Field, Loading, Pager, SecretOnce, Section, Table } from '../components/ui.js';
import { count, credits, parseCredits, when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

type SpendPeriod = NonNullable<AdminIn['keys']['create']['spend_period']>;

/** "a, b" → ['a', 'b']; empty → undefined (every model). */
export function modelList(text: string): string[] | undefined {
  const list = text.split(/[\s,]+/).map((s) => s.trim()).filter(Boolean);
  return list.length ? [...new Set(list)] : undefined;
}

/** A positive whole number typed in a form, or undefined when left empty; NaN when it is not one. */
export function optionalInt(text: string): number | undefined {
  const t = text.trim();
  if (t === '') return undefined;
  return /^\d+$/.test(t) && Number(t) > 0 ? Number(t) : Number.NaN;
}

function KeyLimits({ k, onSaved }: { k: ApiKey; onSaved(): void }): JSX.Element {
  const admin = useAdmin();
  const [models, setModels] = useState((k.allowed_models ?? []).join(', '));
  const [rpm, setRpm] = useState(k.rate_limits.requests_per_minute?.toString() ?? '');
  const [tpm, setTpm] = useState(k.rate_limits.tokens_per_minute?.toString() ?? '');
  const [spend, setSpend] = useState(k.spend_limit === null ? '' : String(k.spend_limit / 1_000_000));
  const [error, setError] = useState<string>();
  const save = async (e: Event) => {
    e.preventDefault();
    const r = optionalInt(rpm);
    const t = optionalInt(tpm);
    const s = spend.trim() === '' ? null : parseCredits(spend);
    if (Number.isNaN(r) || Number.isNaN(t)) return setError('Rate limits are whole numbers above 0, or empty for none.');
    if (s === undefined) return setError('The spend limit is an amount of credits, or empty for none.');
    try {
      await admin.keys.update.mutate({ key_id: k.id, allowed_models: modelList(models) ?? null, rate_limits: { requests_per_minute: r ?? null, tokens_per_minute: t ?? null }, spend_limit: s });
      setError(undefined);
      onSaved();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  return (
    <form onSubmit={save} aria-label={`Limits of ${k.name}`} class="grid-form">
      <Field label="Allowed models" hint="Comma-separated; empty for every model."><input value={models} onInput={(e) => setModels(e.currentTarget.value)} /></Field>
      <Field label="Requests per minute"><input inputMode="numeric" value={rpm} onInput={(e) => setRpm(e.currentTarget.value)} /></Field>
      <Field label="Tokens per minute"><input inputMode="numeric" value={tpm} onInput={(e) => setTpm(e.currentTarget.value)} /></Field>
      <Field label="Spend limit (credits)" hint={`Period: ${k.spend_period ?? 'total'}`}><input inputMode="decimal" value={spend} onInput={(e) => setSpend(e.currentTarget.value)} /></Field>
      <button type="submit">Save limits</button>
      <ErrorNote error={error} />
    </form>
  );
}

export function Keys(): JSX.Element {
  const admin = useAdmin();
  const accounts = useAsync(() => admin.accounts.list.query({ limit: 200 }), []);
  const [accountFilter, setAccountFilter] = useState('');
  const pages = useCursorPages(accountFilter);
  const keys = useAsync(() => admin.keys.list.query({ limit: 25, ...(accountFilter ? { account_id: accountFilter } : {}), ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [accountFilter, pages.cursor]);
  const [form, setForm] = useState({ account: '', name: '', models: '', rpm: '', spend: '', period: 'month' as SpendPeriod });
  const [secret, setSecret] = useState<{ title: string; secret: string }>();
  const [editing, setEditing] = useState<string>();
  const [error, setError] = useState<string>();
  const set = (k: keyof typeof form) => (e: Event) => setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });

  const create = async (e: Event) => {
    e.preventDefault();
    const account = form.account || accounts.data?.data[0]?.id;
    const rpm = optionalInt(form.rpm);
    const spend = form.spend.trim() === '' ? undefined : parseCredits(form.spend);
    if (!account) return setError('Create an account first.');
    if (!form.name.trim()) return setError('Give the key a name.');
    if (Number.isNaN(rpm)) return setError('Requests per minute is a whole number above 0, or empty for none.');
    if (form.spend.trim() !== '' && spend === undefined) return setError('The spend limit is an amount of credits, or empty for none.');
    const models = modelList(form.models);
    try {
      const k = await admin.keys.create.mutate({
        account_id: account, name: form.name.trim(),
        ...(models ? { allowed_models: models } : {}),
        ...(rpm !== undefined ? { rate_limits: { requests_per_minute: rpm } } : {}),
        ...(spend !== undefined ? { spend_limit: spend, spend_period: form.period } : {}),
      });
      setSecret({ title: `New key “${k.name}”`, secret: k.secret });
      setForm({ ...form, name: '', models: '', rpm: '', spend: '' });
      setError(undefined);
      keys.reload();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const rotate = async (k: ApiKey) => {
    try {
      const next = await admin.keys.rotate.mutate({ key_id: k.id, grace_period_seconds: 3600 });
      setSecret({ title: `Rotated “${k.name}” (the old secret works for one more hour)`, secret: next.secret });
      keys.reload();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const revoke = async (k: ApiKey) => {
    if (!confirm(`Revoke “${k.name}” (${k.prefix}…)? Every gateway process refuses it within seconds.`)) return;
    try {
      await admin.keys.revoke.mutate({ key_id: k.id });
      keys.reload();
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  return (
    <>
      <Section title="New API key">
        <form onSubmit={create} class="grid-form" aria-label="New API key">
          <Field label="Account">
            <select value={form.account || accounts.data?.data[0]?.id || ''} onChange={set('account')}>
              {(accounts.data?.data ?? []).map((a) => <option value={a.id}>{a.name} ({a.id})</option>)}
            </select>
          </Field>
          <Field label="Key name"><input value={form.name} onInput={set('name')} maxLength={200} /></Field>
          <Field label="Allowed models" hint="Comma-separated; empty for every model."><input value={form.models} onInput={set('models')} /></Field>
          <Field label="Requests per minute" hint="Empty for no limit."><input inputMode="numeric" value={form.rpm} onInput={set('rpm')} /></Field>
          <Field label="Spend limit (credits)" hint="Empty for no limit."><input inputMode="decimal" value={form.spend} onInput={set('spend')} /></Field>
          <Field label="Spend period">
            <select value={form.period} onChange={set('period')}>
              <option value="day">day</option><option value="month">month</option><option value="total">total</option>
            </select>
          </Field>
          <button type="submit">Create key</button>
        </form>
        <ErrorNote error={error} />
        {secret ? <SecretOnce title={secret.title} secret={secret.secret} onDone={() => setSecret(undefined)} /> : null}
      </Section>
      <Section
        title="API keys"
        actions={
          <Field label="Account filter">
            <select value={accountFilter} onChange={(e) => setAccountFilter(e.currentTarget.value)}>
              <option value="">All accounts</option>
              {(accounts.data?.data ?? []).map((a) => <option value={a.id}>{a.name}</option>)}
            </select>
          </Field>
        }
      >
        <ErrorNote error={keys.error} />
        <Loading when={keys.loading && !keys.data} />
        <Table
          caption="API keys"
          rows={keys.data?.data ?? []}
          rowKey={(k) => k.id}
          columns={[
            { header: 'Name', cell: (k) => k.name },
            { header: 'Prefix', cell: (k) => <code>{k.prefix}…</code> },
            { header: 'Account', cell: (k) => k.account_id },
            { header: 'Status', cell: (k) => (k.status === 'active' ? <Badge tone="ok">active</Badge> : <Badge tone="bad">revoked</Badge>) },
            { header: 'Models', cell: (k) => k.allowed_models?.join(', ') ?? 'all' },
            { header: 'RPM', cell: (k) => count(k.rate_limits.requests_per_minute), numeric: true },
            { header: 'Spent / limit', cell: (k) => `${credits(k.spent)} / ${k.spend_limit === null ? '∞' : credits(k.spend_limit)}`, numeric: true },
            { header: 'Expires', cell: (k) => when(k.expires_at) },
            {
              header: 'Actions',
              cell: (k) => k.status === 'active' ? (
                <div class="row-actions">
                  <button type="button" onClick={() => setEditing(editing === k.id ? undefined : k.id)} aria-expanded={editing === k.id}>Limits</button>
                  <button type="button" onClick={() => void rotate(k)}>Rotate</button>
                  <button type="button" class="danger" onClick={() => void revoke(k)} aria-label={`Revoke ${k.name}`}>Revoke</button>
                </div>
              ) : null,
            },
          ]}
        />
        <Pager page={pages.page} nextCursor={keys.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
        {(() => {
          const k = keys.data?.data.find((x) => x.id === editing);
          return k ? <KeyLimits k={k} onSaved={() => { setEditing(undefined); keys.reload(); }} /> : null;
        })()}
      </Section>
    </>
  );
}
