import type { Store } from '../store/store.js';

export interface ReconcileRow {
  accountId: string;
  balance: number;
  ledgerSum: number;
  openHolds: number;
  heldAmount: number;
  /** Σ cost of the account's usage records. */
  usageCost: number;
  /** Σ cost of the account's settle entries (what was actually charged for requests and tasks). */
  charged: number;
  /** balance = Σ ledger and Σ usage cost = Σ charges. */
  ok: boolean;
}

async function chargedOf(store: Store, accountId: string): Promise<number> {
  let charged = 0;
  let cursor: string | undefined;
  do {
    const page = await store.listLedger(accountId, { limit: 500, ...(cursor ? { cursor } : {}) });
    for (const e of page.items) if (e.kind === 'settle') charged += e.cost ?? 0;
    cursor = page.nextCursor;
  } while (cursor);
  return charged;
}

/**
 * Proves the billing invariants for every account: balance = Σ ledger entries (holds are
 * ledger entries too, so outstanding holds are part of both sides and are listed separately),
 * and Σ usage-record cost = Σ charges (a charge without its record, or a record whose charge was
 * lost, shows here). Run it when the gateways are quiet: a request between its charge and its
 * record (or a task between settlement and record) is counted on one side only.
 */
export async function reconcile(store: Store): Promise<ReconcileRow[]> {
  const rows: ReconcileRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listAccounts({ limit: 200, ...(cursor ? { cursor } : {}) });
    for (const account of page.items) {
      const ledgerSum = await store.sumLedger(account.id);
      const holds = Object.values(account.holds);
      const usageCost = (await store.summarizeUsage({ accountId: account.id })).reduce((s, r) => s + r.cost, 0);
      const charged = await chargedOf(store, account.id);
      rows.push({
        accountId: account.id,
        balance: account.balance,
        ledgerSum,
        openHolds: holds.length,
        heldAmount: holds.reduce((s, h) => s + h.amount, 0),
        usageCost,
        charged,
        ok: ledgerSum === account.balance && usageCost === charged,
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
