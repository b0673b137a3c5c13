/**
 * Ledger identities shared by both stores, so their semantics match exactly.
 *
 * `id` is the public entry id. `key` is the unique idempotency key of the change: a credit is
 * applied once per entry id, a request id gets one hold ever, and a hold is closed (settled or
 * released) once. Keys are namespaced so a caller's credit entry id can never collide with a hold.
 */
export const ledgerKey = {
  credit: (entryId: string): string => `c:${entryId}`,
  hold: (requestId: string): string => `h:${requestId}`,
  close: (requestId: string): string => `x:${requestId}`,
  /** A settlement that found its hold already released (swept): charged once, without a hold. */
  late: (requestId: string): string => `l:${requestId}`,
};

/**
 * A lease (billing/lease-book.ts) is stored as a hold whose request id starts with this; request
 * ids never do (util/ids.ts).
 */
export const LEASE_PREFIX = 'lease_';
export const isLeaseId = (requestId: string): boolean => requestId.startsWith(LEASE_PREFIX);

export const ledgerEntryId = {
  hold: (requestId: string): string => `hold:${requestId}`,
  settle: (requestId: string): string => `settle:${requestId}`,
  release: (requestId: string): string => `release:${requestId}`,
  late: (requestId: string): string => `settle-late:${requestId}`,
};

/** Money is integer micro-credits; anything else is a programming error upstream. */
export function assertMoney(name: string, value: number, opts: { nonNegative?: boolean } = {}): void {
  if (!Number.isSafeInteger(value)) throw new RangeError(`${name} must be an integer number of micro-credits, got ${value}`);
  if (opts.nonNegative && value < 0) throw new RangeError(`${name} must not be negative, got ${value}`);
}

/** How long rate-limit windows are kept after they start; windows must be shorter than this. */
export const RATE_WINDOW_RETENTION_MS = 2 * 60 * 60 * 1000;
