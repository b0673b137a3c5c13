import type { Collection } from 'mongodb';
import { KeyedMutex } from '../keyed-mutex.js';
import type { LedgerKind } from '../types.js';
import { backoff, linkId, nonce } from './chain.js';
import type { AccountDoc, AccountHeadDoc, HoldEntry, LedgerDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';

/** An account's balance state after link `seq` of its ledger chain. */
export interface Head {
  seq: number;
  balance: number;
  holds: HoldEntry[];
  /** Time of the last entry (0 before the first). */
  at: number;
}

export const EMPTY_HEAD: Head = { seq: 0, balance: 0, holds: [], at: 0 };

/** The ledger entry a change wants to append; `balanceAfter` and `seq` are filled in. */
export interface Draft {
  key: string;
  id: string;
  kind: LedgerKind;
  amount: number;
  requestId?: string;
  cost?: number;
  reason?: string;
  hold?: HoldEntry;
}

export type Verdict<R> = { final: R } | { append: Draft };

export type ChangeOutcome<R> =
  | { outcome: 'final'; value: R; head: Head; account: AccountDoc }
  | { outcome: 'applied'; head: Head; account: AccountDoc }
  /** Another change with the same idempotency key is already in the ledger. */
  | { outcome: 'key_taken'; head: Head; account: AccountDoc }
  | { outcome: 'no_account' };

function fold(head: Head, link: LedgerDoc): Head {
  let holds = head.holds;
  if (link.kind === 'hold' && link.hold) holds = [...holds, link.hold];
  else if ((link.kind === 'settle' || link.kind === 'release') && link.requestId !== undefined) {
    holds = holds.filter((h) => h.requestId !== link.requestId);
  }
  return { seq: link.seq, balance: link.balanceAfter, holds, at: link.createdAt };
}

/** How many single-link reads before a reader that is far behind switches to one range query. */
const POINT_READS = 8;

/**
 * Balances without transactions: the ledger is the source of truth, one chain per account
 * (chain.ts). Appending entry n + 1 is a single insert that succeeds only if nobody else appended
 * n + 1 since we read entry n, so "balance - amount >= -creditLimit" is checked against the exact
 * state the entry follows, and balance == Σ ledger holds by construction (balanceAfter is a
 * running sum). Idempotency (credit entry id, one hold per request, close once) is the unique
 * `key` index. `account_heads` is only a cache of the latest head, written after the fact.
 */
export class AccountLedger {
  readonly #cache = new Map<string, Head>();
  readonly #mutex = new KeyedMutex();
  readonly #pendingHeads = new Map<string, Head>();
  readonly #headWrites = new Map<string, Promise<void>>();

  constructor(
    private readonly accounts: Collection<AccountDoc>,
    private readonly ledger: Collection<LedgerDoc>,
    private readonly heads: Collection<AccountHeadDoc>,
  ) {}

  #remember(accountId: string, head: Head): void {
    const cached = this.#cache.get(accountId);
    if (!cached || head.seq > cached.seq) this.#cache.set(accountId, head);
  }

  async #rollForward(accountId: string, from: Head): Promise<Head> {
    let head = from;
    for (let i = 0; i < POINT_READS; i++) {
      const link = await this.ledger.findOne({ _id: linkId(accountId, head.seq + 1) });
      if (!link) return head;
      head = fold(head, link);
    }
    const rest = await this.ledger.find({ accountId, seq: { $gt: head.seq } }).sort({ seq: 1 }).toArray();
    for (const link of rest) {
      if (link.seq !== head.seq + 1) break;
      head = fold(head, link);
    }
    return head;
  }

  async #startingPoint(accountId: string, headDoc?: AccountHeadDoc | null): Promise<Head> {
    const cached = this.#cache.get(accountId);
    const doc = headDoc === undefined && !cached ? await this.heads.findOne({ _id: accountId }) : headDoc;
    const fromDoc: Head | undefined = doc ? { seq: doc.seq, balance: doc.balance, holds: doc.holds, at: doc.at } : undefined;
    if (cached && fromDoc) return fromDoc.seq > cached.seq ? fromDoc : cached;
    return cached ?? fromDoc ?? EMPTY_HEAD;
  }

  /** The account's current head (reads the ledger; a cache only gives the starting point). */
  async current(accountId: string, headDoc?: AccountHeadDoc | null): Promise<Head> {
    const head = await this.#rollForward(accountId, await this.#startingPoint(accountId, headDoc));
    this.#remember(accountId, head);
    return head;
  }

  /**
   * Decides on a change against the head and appends it; retries while other processes win the
   * race. A verdict that changes nothing is only trusted once confirmed against the fresh head.
   */
  async change<R>(accountId: string, decide: (head: Head, account: AccountDoc) => Verdict<R>): Promise<ChangeOutcome<R>> {
    return this.#mutex.run(accountId, async () => {
      const account = await this.accounts.findOne({ _id: accountId });
      if (!account) return { outcome: 'no_account' };
      let head = await this.#startingPoint(accountId);
      let fresh = false;
      for (let attempt = 0; ; attempt++) {
        await backoff(attempt, `account ${accountId}`);
        const verdict = decide(head, account);
        if ('final' in verdict) {
          if (!fresh) {
            fresh = true;
            const latest = await this.#rollForward(accountId, head);
            if (latest.seq !== head.seq) {
              head = latest;
              this.#remember(accountId, head);
              attempt = -1; // not contention: the cache was merely behind
              continue;
            }
          }
          return { outcome: 'final', value: verdict.final, head, account };
        }
        const d = verdict.append;
        const seq = head.seq + 1;
        const link: LedgerDoc = {
          _id: linkId(accountId, seq), accountId, seq, key: d.key, id: d.id, kind: d.kind, amount: d.amount,
          balanceAfter: head.balance + d.amount, createdAt: Date.now(), w: nonce(),
          ...(d.requestId !== undefined ? { requestId: d.requestId } : {}),
          ...(d.cost !== undefined ? { cost: d.cost } : {}),
          ...(d.reason !== undefined ? { reason: d.reason } : {}),
          ...(d.hold !== undefined ? { hold: d.hold } : {}),
        };
        try {
          await this.ledger.insertOne(link);
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.ledger.findOne({ _id: link._id });
          if (existing?.w !== link.w) {
            head = await this.#rollForward(accountId, head);
            fresh = true;
            this.#remember(accountId, head);
            // No link at our position: the unique `key` is what refused us.
            if (!existing) return { outcome: 'key_taken', head, account };
            continue;
          }
        }
        const next = fold(head, link);
        this.#remember(accountId, next);
        this.#scheduleHeadWrite(accountId, next);
        return { outcome: 'applied', head: next, account };
      }
    });
  }

  /** Writes the newest head per account in the background, one write in flight per account. */
  #scheduleHeadWrite(accountId: string, head: Head): void {
    this.#pendingHeads.set(accountId, head);
    if (this.#headWrites.has(accountId)) return;
    const run = (async () => {
      for (let h = this.#pendingHeads.get(accountId); h; h = this.#pendingHeads.get(accountId)) {
        this.#pendingHeads.delete(accountId);
        try {
          await this.heads.replaceOne({ _id: accountId }, { seq: h.seq, balance: h.balance, holds: h.holds, at: h.at }, { upsert: true });
        } catch {
          // A cache: a lost or stale write only costs later readers an extra point read.
        }
      }
    })().finally(() => this.#headWrites.delete(accountId));
    this.#headWrites.set(accountId, run);
  }

  /** Waits for background head writes (close() and tests). */
  async flush(): Promise<void> {
    while (this.#headWrites.size > 0) await Promise.all([...this.#headWrites.values()]);
  }
}
