import { expect } from 'vitest';
import { reconcile } from '../../server/billing/reconcile.js';
import type { Store } from '../../server/store/store.js';
import type { LedgerEntry, UsageRecord } from '../../server/store/types.js';

/**
 * The books after a fault, checked the way an auditor would: no hold left open, balance = Σ
 * ledger for every account (server/billing/reconcile.ts), and per request (or lease) at most one
 * hold and exactly one settle or release for each hold (at most one settle without one: leased), with a usage record whose cost is what the ledger
 * charged. Returns the usage records of `requestIds` and the ledger entries by request id, for
 * case-specific checks.
 */
export async function checkBooks(store: Store, accountId: string, requestIds: readonly string[], options: { holdWaitMs?: number } = {}): Promise<Books> {
  // Settlement runs when a request unwinds, which may be a moment after its caller saw the end.
  const until = Date.now() + (options.holdWaitMs ?? 5_000);
  let account = await store.getAccount(accountId);
  while (account && Object.keys(account.holds).length > 0 && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 50));
    account = await store.getAccount(accountId);
  }
  expect(account, 'account').not.toBeNull();
  expect(Object.keys(account!.holds), 'open holds').toEqual([]);

  const rows = await reconcile(store);
  expect(rows.filter((r) => !r.ok), 'accounts where balance != Σ ledger').toEqual([]);
  expect(rows.reduce((n, r) => n + r.openHolds, 0), 'open holds (any account)').toBe(0);

  const ledger = await allLedger(store, accountId);
  const byRequest = new Map<string, LedgerEntry[]>();
  for (const e of ledger) {
    if (e.requestId === undefined) continue;
    byRequest.set(e.requestId, [...(byRequest.get(e.requestId) ?? []), e]);
  }
  for (const [requestId, entries] of byRequest) {
    const holds = entries.filter((e) => e.kind === 'hold');
    const ends = entries.filter((e) => e.kind === 'settle' || e.kind === 'release');
    expect(holds.length, `${requestId}: holds`).toBeLessThanOrEqual(1);
    // A request held against a lease (billing/lease-book.ts) has no hold of its own: one settle
    // when it was charged, nothing when it produced nothing. A hold (a request's or a lease's) is
    // closed exactly once.
    expect(ends.length, `${requestId}: settle/release entries`).toBeLessThanOrEqual(1);
    if (holds.length === 1) expect(ends.length, `${requestId}: settle/release entries`).toBe(1);
  }

  // One paged scan of the account's records (a point read per request took ~10 ms each on FerretDB).
  const records = await allUsage(store, accountId);
  const usage = new Map<string, UsageRecord>();
  for (const id of requestIds) {
    const rec = records.get(id) ?? null;
    expect(rec, `${id}: usage record`).not.toBeNull();
    usage.set(id, rec!);
    const settled = (byRequest.get(id) ?? []).find((e) => e.kind === 'settle');
    expect(settled?.cost ?? 0, `${id}: ledger charge = usage cost`).toBe(rec!.cost);
  }
  return { usage, ledger: byRequest };
}

export interface Books {
  usage: Map<string, UsageRecord>;
  ledger: Map<string, LedgerEntry[]>;
}

/** Every usage record of the account, by request id (all pages). */
export async function allUsage(store: Store, accountId: string): Promise<Map<string, UsageRecord>> {
  const out = new Map<string, UsageRecord>();
  let cursor: string | undefined;
  do {
    const page = await store.queryUsage({ accountId }, { limit: 500, ...(cursor ? { cursor } : {}) });
    for (const rec of page.items) out.set(rec.requestId, rec);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}

/** Every ledger entry of an account, oldest first (all pages). */
export async function allLedger(store: Store, accountId: string): Promise<LedgerEntry[]> {
  const out: LedgerEntry[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listLedger(accountId, { limit: 500, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor);
  return out;
}
