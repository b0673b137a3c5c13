import type { Store } from '../store/store.js';

export interface ReconcileRow {
  accountId: string;
  balance: number;
  ledgerSum: number;
  openHolds: number;
  heldAmount: number;
  ok: boolean;
}

/**
 * Proves the billing invariant for every account: balance = Σ ledger entries (holds are
 * ledger entries too, so outstanding holds are part of both sides and are listed separately).
 */
export async function reconcile(store: Store): Promise<ReconcileRow[]> {
  const rows: ReconcileRow[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.listAccounts({ limit: 200, ...(cursor ? { cursor } : {}) });
    for (const account of page.items) {
      const ledgerSum = await store.sumLedger(account.id);
      const holds = Object.values(account.holds);
      rows.push({
        accountId: account.id,
        balance: account.balance,
        ledgerSum,
        openHolds: holds.length,
        heldAmount: holds.reduce((s, h) => s + h.amount, 0),
        ok: ledgerSum === account.balance,
      });
    }
    cursor = page.nextCursor;
  } while (cursor);
  return rows;
}
