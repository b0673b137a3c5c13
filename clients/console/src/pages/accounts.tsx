import type { JSX } from 'preact';
import { useState } from 'preact/hooks';
import type { Account } from '../api/admin.js';
import { describeError } from '../api/errors.js';
import { Badge, ErrorNote, Field, Loading, Pager, Section, Stat, Table } from '../components/ui.js';
import { credits, parseCredits, when } from '../lib/format.js';
import { useAsync, useCursorPages } from '../lib/use-async.js';
import { useAdmin } from '../session.js';

function AccountDetail({ account, onChanged }: { account: Account; onChanged(): void }): JSX.Element {
  const admin = useAdmin();
  const pages = useCursorPages(account.id);
  const ledger = useAsync(() => admin.accounts.ledger.query({ account_id: account.id, limit: 20, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [account.id, pages.cursor, account.updated_at]);
  const [amount, setAmount] = useState('');
  const [reason, setReason] = useState('');
  const [limit, setLimit] = useState(String(account.credit_limit / 1_000_000));
  const [error, setError] = useState<string>();
  const [done, setDone] = useState<string>();

  const topUp = async (e: Event) => {
    e.preventDefault();
    const micro = parseCredits(amount);
    if (micro === undefined) return setError('Enter a positive amount of credits (up to 6 decimals).');
    if (!reason.trim()) return setError('Say why: the reason is kept on the ledger entry.');
    setError(undefined);
    try {
      // One idempotency key per submitted form: a double click adds the credits once.
      const after = await admin.accounts.topUp.mutate({ account_id: account.id, amount: micro, reason: reason.trim(), idempotency_key: `console-${crypto.randomUUID()}` });
      setDone(`Added ${credits(micro)} credits; balance ${credits(after.balance)}.`);
      setAmount('');
      setReason('');
      onChanged();
    } catch (err) {
      setError(describeError(err).message);
    }
  };
  const saveLimit = async (e: Event) => {
    e.preventDefault();
    const micro = limit.trim() === '0' ? 0 : parseCredits(limit);
    if (micro === undefined) return setError('Enter the credit limit in credits (0 for none).');
    try {
      await admin.accounts.update.mutate({ account_id: account.id, credit_limit: micro });
      setDone('Credit limit saved.');
      onChanged();
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  return (
    <Section title={`Account ${account.name}`} id="account-detail">
      <dl class="stats">
        <Stat label="Balance" value={credits(account.balance)} hint="credits, holds deducted" />
        <Stat label="Held" value={credits(account.held)} hint="requests in flight" />
        <Stat label="Credit limit" value={credits(account.credit_limit)} />
      </dl>
      <div class="forms">
        <form onSubmit={topUp} aria-label="Top up">
          <Field label="Top-up amount (credits)"><input inputMode="decimal" value={amount} onInput={(e) => setAmount(e.currentTarget.value)} /></Field>
          <Field label="Reason"><input value={reason} onInput={(e) => setReason(e.currentTarget.value)} maxLength={500} /></Field>
          <button type="submit">Top up</button>
        </form>
        <form onSubmit={saveLimit} aria-label="Credit limit">
          <Field label="Credit limit (credits)"><input inputMode="decimal" value={limit} onInput={(e) => setLimit(e.currentTarget.value)} /></Field>
          <button type="submit">Save limit</button>
        </form>
      </div>
      <ErrorNote error={error} />
      {done ? <p role="status" class="ok">{done}</p> : null}
      <h3>Ledger</h3>
      <ErrorNote error={ledger.error} />
      <Table
        caption="Ledger entries"
        rows={ledger.data?.data ?? []}
        rowKey={(r) => r.id}
        columns={[
          { header: 'When', cell: (r) => when(r.created_at) },
          { header: 'Kind', cell: (r) => r.kind },
          { header: 'Amount', cell: (r) => credits(r.amount), numeric: true },
          { header: 'Balance after', cell: (r) => credits(r.balance_after), numeric: true },
          { header: 'Request / reason', cell: (r) => r.reason ?? r.request_id ?? '' },
        ]}
      />
      <Pager page={pages.page} nextCursor={ledger.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
    </Section>
  );
}

export function Accounts(): JSX.Element {
  const admin = useAdmin();
  const pages = useCursorPages('accounts');
  const list = useAsync(() => admin.accounts.list.query({ limit: 25, ...(pages.cursor ? { cursor: pages.cursor } : {}) }), [pages.cursor]);
  const [selected, setSelected] = useState<string>();
  const [name, setName] = useState('');
  const [error, setError] = useState<string>();
  const current = list.data?.data.find((a) => a.id === selected);

  const create = async (e: Event) => {
    e.preventDefault();
    if (!name.trim()) return setError('Give the account a name.');
    try {
      const a = await admin.accounts.create.mutate({ name: name.trim() });
      setName('');
      setError(undefined);
      setSelected(a.id);
      list.reload();
    } catch (err) {
      setError(describeError(err).message);
    }
  };

  return (
    <>
      <Section
        title="Accounts"
        actions={
          <form onSubmit={create} class="inline" aria-label="New account">
            <Field label="New account name"><input value={name} onInput={(e) => setName(e.currentTarget.value)} maxLength={200} /></Field>
            <button type="submit">Create</button>
          </form>
        }
      >
        <ErrorNote error={error ?? list.error} />
        <Loading when={list.loading && !list.data} />
        <Table
          caption="Accounts"
          rows={list.data?.data ?? []}
          rowKey={(a) => a.id}
          columns={[
            { header: 'Account', cell: (a) => <button type="button" class="link" aria-pressed={a.id === selected} onClick={() => setSelected(a.id)}>{a.name}</button> },
            { header: 'Id', cell: (a) => <code>{a.id}</code> },
            { header: 'Balance', cell: (a) => credits(a.balance), numeric: true },
            { header: 'Held', cell: (a) => credits(a.held), numeric: true },
            { header: 'Credit limit', cell: (a) => credits(a.credit_limit), numeric: true },
            { header: 'State', cell: (a) => (a.balance < 0 ? <Badge tone="warn">on credit</Badge> : <Badge tone="ok">funded</Badge>) },
          ]}
        />
        <Pager page={pages.page} nextCursor={list.data?.next_cursor} onNext={pages.next} onPrevious={pages.previous} />
      </Section>
      {current ? <AccountDetail account={current} onChanged={list.reload} /> : null}
    </>
  );
}
