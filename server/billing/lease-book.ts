import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import { LEASE_PREFIX } from '../store/ledger-keys.js';
import { timeOrderedId } from '../util/ids.js';

export interface LeaseOptions {
  /** A lease reserves this many holds the size of the one that opened it (0: no leases). */
  holdsPerLease: number;
  /** Leasing starts once an account has this many requests in flight in this process. */
  minInFlight: number;
  /** A lease takes no new holds after this age; it is returned once its holds close. Keep it well under the hold timeout. */
  maxAgeMs: number;
  /** After a lease was refused (balance too low for it), the account's requests hold on their own for this long. */
  refusedBackoffMs: number;
}

export const DEFAULT_LEASE_OPTIONS: LeaseOptions = { holdsPerLease: 32, minInFlight: 2, maxAgeMs: 60_000, refusedBackoffMs: 5_000 };

/** A request's hold taken from a lease (in memory: no store write). */
export interface LeasedHold {
  readonly leaseId: string;
  readonly amount: number;
}

interface Lease {
  readonly id: string;
  readonly createdAt: number;
  /** What is left of the lease in the store: its size minus what was charged from it. */
  remaining: number;
  /** Sum and count of the holds taken from it and not closed. */
  outstanding: number;
  holds: number;
}

interface AccountLeases {
  /** Requests of the account holding in this process (leased or not). */
  inFlight: number;
  leases: Lease[];
  opening: Promise<void> | undefined;
  refusedUntil: number;
}

export interface LeaseBookDeps {
  store: Pick<Store, 'placeHold' | 'releaseHold'>;
  log: Logger;
  /** Lease ids are added while the lease is open: the hold sweeper leaves them alone. */
  liveHolds: Set<string>;
  /** Open leases (a gauge). */
  onLeases?: (open: number) => void;
}

/**
 * Leased budgets (#14): instead of a store write per request before its upstream call, a process
 * takes a lease — one durable hold of many requests' worth on the account (`lease_…`), checked
 * against the balance and credit limit like any hold — and holds requests against it in memory.
 * Each settlement still commits durably (with its usage record) and is charged from the lease in
 * the store (`settleHold` with `leaseId`); a request that produced nothing releases its in-memory
 * hold without writing anything. A lease stops taking holds after `maxAgeMs` and is returned (its
 * remainder released) once its holds are closed and it is old, too small for the next request, or
 * the account has nothing in flight here — so an idle account carries no lease, and the balance
 * read after a burst is the plain balance. A process that dies leaves its leases to the hold
 * sweeper (released after the hold timeout, orphaned charges first: `releaseHold` with `swept`).
 *
 * Exactness: leases are holds, so nothing is ever spent past the credit limit (other than the
 * logged overrun of an upstream that ignores output caps); what a lease costs is availability —
 * a budget one process leased is not available to another until returned, which is why leasing
 * waits for concurrency (`minInFlight`) and falls back to per-request holds when the balance
 * cannot cover a whole lease.
 */
export class LeaseBook {
  readonly #accounts = new Map<string, AccountLeases>();
  #open = 0;

  constructor(private readonly deps: LeaseBookDeps, private readonly options: LeaseOptions = DEFAULT_LEASE_OPTIONS) {}

  get openLeases(): number {
    return this.#open;
  }

  /**
   * Counts a request of the account in flight and holds `amount` from a lease when leasing applies
   * (opening one if needed). Undefined: the caller holds on its own (a per-request hold). Either
   * way the caller calls `finish` exactly once when the request is closed (or its hold failed).
   */
  async take(accountId: string, amount: number, now = Date.now()): Promise<LeasedHold | undefined> {
    let a = this.#accounts.get(accountId);
    if (!a) {
      a = { inFlight: 0, leases: [], opening: undefined, refusedUntil: 0 };
      this.#accounts.set(accountId, a);
    }
    a.inFlight++;
    if (this.options.holdsPerLease <= 0) return undefined;
    let lease = this.#fit(a, amount, now);
    if (!lease && a.opening) {
      await a.opening;
      lease = this.#fit(a, amount, now);
    }
    if (!lease && !a.opening && a.inFlight >= this.options.minInFlight && now >= a.refusedUntil) {
      const opening = this.#openLease(accountId, a, amount * this.options.holdsPerLease, now);
      a.opening = opening;
      await opening;
      if (a.opening === opening) a.opening = undefined;
      lease = this.#fit(a, amount, now);
    }
    // None (idle account, a lease refused or being opened by another request): hold alone.
    if (!lease) return undefined;
    lease.outstanding += amount;
    lease.holds++;
    this.#topUp(accountId, a, amount, now);
    return { leaseId: lease.id, amount };
  }

  /**
   * Opens the next lease ahead of need, in the background, when what the account's leases have
   * left (those not about to retire) covers fewer than a quarter of a lease's holds: the requests
   * that come next find it open instead of waiting for its write.
   */
  #topUp(accountId: string, a: AccountLeases, amount: number, now: number): void {
    if (a.opening || now < a.refusedUntil) return;
    let left = 0;
    for (const l of a.leases) if (now - l.createdAt < this.options.maxAgeMs * 0.9) left += l.remaining - l.outstanding;
    if (left >= amount * Math.max(1, Math.floor(this.options.holdsPerLease / 4))) return;
    const opening = this.#openLease(accountId, a, amount * this.options.holdsPerLease, now).then(async () => {
      if (a.opening === opening) a.opening = undefined;
      // Nothing in flight any more (the burst ended while it was being opened): give it back.
      if (a.inFlight === 0) await this.#returnIdle(accountId, a, () => true, 'lease returned');
    });
    a.opening = opening;
  }

  /**
   * Closes a request of the account: with its leased hold, after its charge (`charged`, 0 for a
   * release) was written to the store. Returns the leases that are no longer needed (awaited, so
   * the balance is whole again when the last request of a burst answers).
   */
  async finish(accountId: string, held?: LeasedHold, charged = 0): Promise<void> {
    const a = this.#accounts.get(accountId);
    if (!a) return;
    a.inFlight = Math.max(0, a.inFlight - 1);
    const now = Date.now();
    if (held) {
      const lease = a.leases.find((l) => l.id === held.leaseId);
      if (lease) {
        lease.outstanding -= held.amount;
        lease.holds--;
        lease.remaining = Math.max(0, lease.remaining - charged);
      }
    }
    await this.#returnIdle(accountId, a, (l) => a.inFlight === 0 || this.#retired(l, now) || (held !== undefined && l.remaining < held.amount), 'lease returned');
  }

  /** Returns every lease without holds (at shutdown, after the requests drained). */
  async close(): Promise<void> {
    // A lease being opened ahead of need lands first, then goes back with the others.
    await Promise.all([...this.#accounts.values()].map((a) => a.opening));
    await Promise.all([...this.#accounts].map(([accountId, a]) => this.#returnIdle(accountId, a, () => true, 'lease returned at shutdown')));
  }

  /**
   * Returns the account's leases that hold nothing and that `also` picks, and forgets the account
   * once nothing of it is left here (nothing in flight, no lease, none being opened).
   */
  async #returnIdle(accountId: string, a: AccountLeases, also: (l: Lease) => boolean, reason: string): Promise<void> {
    const idle = a.leases.filter((l) => l.holds === 0 && also(l));
    if (idle.length > 0) {
      a.leases = a.leases.filter((l) => !idle.includes(l));
      await Promise.all(idle.map((l) => this.#return(accountId, l, reason)));
    }
    if (a.inFlight === 0 && a.leases.length === 0 && !a.opening && this.#accounts.get(accountId) === a) this.#accounts.delete(accountId);
  }

  #retired(l: Lease, now: number): boolean {
    return now - l.createdAt >= this.options.maxAgeMs;
  }

  #fit(a: AccountLeases, amount: number, now: number): Lease | undefined {
    for (const l of a.leases) if (!this.#retired(l, now) && l.remaining - l.outstanding >= amount) return l;
    return undefined;
  }

  async #openLease(accountId: string, a: AccountLeases, size: number, now: number): Promise<void> {
    const id = timeOrderedId(LEASE_PREFIX.slice(0, -1), 20, now);
    // Owned from before the write: the sweeper must never take a lease whose write is in flight.
    this.deps.liveHolds.add(id);
    let placed;
    try {
      placed = await this.deps.store.placeHold({ accountId, requestId: id, amount: size });
    } catch (err) {
      this.deps.liveHolds.delete(id);
      this.deps.log.warn({ err, accountId }, 'billing: could not open a lease; holding per request');
      return;
    }
    if (!placed.ok) {
      this.deps.liveHolds.delete(id);
      a.refusedUntil = now + this.options.refusedBackoffMs;
      return;
    }
    a.leases.push({ id, createdAt: now, remaining: size, outstanding: 0, holds: 0 });
    this.deps.onLeases?.(++this.#open);
  }

  async #return(accountId: string, l: Lease, reason: string): Promise<void> {
    try {
      await this.deps.store.releaseHold({ accountId, requestId: l.id, reason });
    } catch (err) {
      // Left to the hold sweeper (no longer live here): released after the hold timeout.
      this.deps.log.warn({ err, accountId, leaseId: l.id }, 'billing: could not return a lease; the hold sweeper will');
    } finally {
      this.deps.liveHolds.delete(l.id);
      this.deps.onLeases?.(--this.#open);
    }
  }
}
