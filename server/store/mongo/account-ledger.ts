import type { Collection } from 'mongodb';
import type { LedgerKind } from '../types.js';
import { backoff, linkId, nonce } from './chain.js';
import type { AccountDoc, AccountHeadDoc, HoldEntry, LedgerDoc } from './collections.js';
import { MongoBulkWriteError } from 'mongodb';
import { isDuplicateKey, writeErrorsOf } from './connection.js';

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
  lease?: { id: string; take: number };
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
  else if (link.lease) {
    const { id, take } = link.lease;
    holds = holds.map((h) => (h.requestId === id ? { ...h, amount: h.amount - take } : h));
  } else if ((link.kind === 'settle' || link.kind === 'release') && link.requestId !== undefined) {
    holds = holds.filter((h) => h.requestId !== link.requestId);
  }
  return { seq: link.seq, balance: link.balanceAfter, holds, at: link.createdAt };
}

/** A queued change and how to answer it. */
interface Waiter {
  decide: (head: Head, account: AccountDoc) => Verdict<unknown>;
  resolve: (outcome: ChangeOutcome<unknown>) => void;
  reject: (err: unknown) => void;
  done: boolean;
}

/** How long a process decides holds against an account document it read (credit limit, name). */
const ACCOUNT_DOC_TTL_MS = 1_000;

/** The most often an account's cached head is written (account_heads). */
const HEAD_WRITE_INTERVAL_MS = 250;

/** The most changes of one account appended in one round trip. */
const MAX_BATCH = 256;

function answer(w: Waiter, outcome: ChangeOutcome<unknown>): void {
  w.done = true;
  w.resolve(outcome);
}

function settle(w: Waiter, err: unknown): void {
  w.done = true;
  w.reject(err);
}

function toLink(accountId: string, head: Head, d: Draft): LedgerDoc {
  const seq = head.seq + 1;
  return {
    _id: linkId(accountId, seq), accountId, seq, key: d.key, id: d.id, kind: d.kind, amount: d.amount,
    balanceAfter: head.balance + d.amount, createdAt: Date.now(), w: nonce(),
    ...(d.requestId !== undefined ? { requestId: d.requestId } : {}),
    ...(d.cost !== undefined ? { cost: d.cost } : {}),
    ...(d.reason !== undefined ? { reason: d.reason } : {}),
    ...(d.hold !== undefined ? { hold: d.hold } : {}),
    ...(d.lease !== undefined ? { lease: d.lease } : {}),
  };
}

/**
 * The index of the first link an append refused for a duplicate key (the links before it are
 * in: the insert is ordered), or undefined when it failed for another reason.
 */
function refusedAt(err: unknown): number | undefined {
  if (err instanceof MongoBulkWriteError) {
    const first = writeErrorsOf(err).reduce<{ index: number; code?: number } | undefined>((a, e) => (a === undefined || e.index < a.index ? e : a), undefined);
    return first?.code === 11000 ? first.index : undefined;
  }
  return isDuplicateKey(err) ? 0 : undefined;
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
  /** Account documents read recently (their credit limit decides holds), by id. */
  readonly #accountDocs = new Map<string, { doc: AccountDoc; at: number }>();
  /** Changes waiting per account; an account is in the map while its runner is active. */
  readonly #queues = new Map<string, Waiter[]>();
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

  /** Reads the links after `from`; `seen` is told of each with the head it leaves. */
  async #rollForward(accountId: string, from: Head, seen?: (link: LedgerDoc, head: Head) => void): Promise<Head> {
    let head = from;
    for (let i = 0; i < POINT_READS; i++) {
      const link = await this.ledger.findOne({ _id: linkId(accountId, head.seq + 1) });
      if (!link) return head;
      head = fold(head, link);
      seen?.(link, head);
    }
    const rest = await this.ledger.find({ accountId, seq: { $gt: head.seq } }).sort({ seq: 1 }).toArray();
    for (const link of rest) {
      if (link.seq !== head.seq + 1) break;
      head = fold(head, link);
      seen?.(link, head);
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
   *
   * Group commit: changes to one account are applied in arrival order by one runner per account.
   * A change that arrives while nothing runs starts at once; those that arrive while a batch is in
   * the store wait for it and go together: one read of the account, then every append that
   * follows from the front of the queue in one ordered `insertMany` (links n+1, n+2, … each
   * decided against the head the previous one leaves). A link another process took first stops
   * the insert there; the rest are decided again against the fresh head, as a single change is.
   */
  change<R>(accountId: string, decide: (head: Head, account: AccountDoc) => Verdict<R>): Promise<ChangeOutcome<R>> {
    return new Promise<ChangeOutcome<R>>((resolve, reject) => {
      const waiter: Waiter = { decide, resolve: resolve as (o: ChangeOutcome<unknown>) => void, reject, done: false };
      const queue = this.#queues.get(accountId);
      if (queue) {
        queue.push(waiter);
        return;
      }
      this.#queues.set(accountId, [waiter]);
      void this.#drain(accountId);
    });
  }

  /** Applies the account's queued changes batch by batch until none is left. */
  async #drain(accountId: string): Promise<void> {
    for (;;) {
      const queue = this.#queues.get(accountId);
      if (!queue || queue.length === 0) {
        this.#queues.delete(accountId);
        return;
      }
      const batch = queue.splice(0, MAX_BATCH);
      try {
        await this.#applyBatch(accountId, batch);
      } catch (err) {
        for (const w of batch) if (!w.done) settle(w, err);
      }
    }
  }

  /**
   * The account document, read at most once per ACCOUNT_DOC_TTL_MS per process: a credit limit
   * changed through another process applies here within that time (at once through this one:
   * forget()). Balances never come from it — they are the ledger's.
   */
  async #account(accountId: string): Promise<AccountDoc | null> {
    const now = Date.now();
    const cached = this.#accountDocs.get(accountId);
    if (cached && now - cached.at < ACCOUNT_DOC_TTL_MS) return cached.doc;
    const doc = await this.accounts.findOne({ _id: accountId });
    if (doc) {
      if (this.#accountDocs.size >= 10_000) this.#accountDocs.clear();
      this.#accountDocs.set(accountId, { doc, at: now });
    } else this.#accountDocs.delete(accountId);
    return doc;
  }

  /** Drops the cached account document (its name or credit limit just changed). */
  forget(accountId: string): void {
    this.#accountDocs.delete(accountId);
  }

  async #applyBatch(accountId: string, batch: Waiter[]): Promise<void> {
    const account = await this.#account(accountId);
    if (!account) {
      for (const w of batch) answer(w, { outcome: 'no_account' });
      return;
    }
    // Every link this batch tried to insert, by its nonce: a link of ours that a read finds is that
    // change applied, whatever the insert reported (an ordered insert refused at position k can
    // still have written links after k, e.g. a write the store retried).
    const tried = new Map<string, Waiter>();
    let ownFound = false;
    const roll = async (from: Head): Promise<Head> => {
      const latest = await this.#rollForward(accountId, from, (link, after) => {
        const w = tried.get(link.w);
        if (w && !w.done) {
          ownFound = true;
          answer(w, { outcome: 'applied', head: after, account });
        }
      });
      this.#remember(accountId, latest);
      return latest;
    };
    let pending = batch;
    let head = await this.#startingPoint(accountId);
    let fresh = false;
    for (let attempt = 0; pending.length > 0; ) {
      await backoff(attempt, `account ${accountId}`);
      const first = pending[0]!;
      const verdict = first.decide(head, account);
      if ('final' in verdict) {
        if (!fresh) {
          fresh = true;
          const latest = await roll(head);
          if (latest.seq !== head.seq) {
            head = latest;
            pending = pending.filter((w) => !w.done);
            continue; // not contention: the cache was merely behind
          }
        }
        answer(first, { outcome: 'final', value: verdict.final, head, account });
        pending = pending.slice(1);
        continue;
      }
      // The run of appends from the front of the queue, each against the head the previous leaves.
      const links = [toLink(accountId, head, verdict.append)];
      tried.set(links[0]!.w, first);
      let sim = fold(head, links[0]!);
      for (let i = 1; i < pending.length; i++) {
        const next = pending[i]!.decide(sim, account);
        if ('final' in next) break; // answered after these appends are in
        const link = toLink(accountId, sim, next.append);
        tried.set(link.w, pending[i]!);
        links.push(link);
        sim = fold(sim, link);
      }
      let inserted = links.length;
      try {
        if (links.length === 1) await this.ledger.insertOne(links[0]!);
        else await this.ledger.insertMany(links, { ordered: true });
      } catch (err) {
        const at = refusedAt(err);
        if (at === undefined) throw err;
        inserted = at;
      }
      for (let i = 0; i < inserted; i++) {
        head = fold(head, links[i]!);
        answer(pending[i]!, { outcome: 'applied', head, account });
      }
      pending = pending.slice(inserted);
      if (inserted > 0) {
        this.#remember(accountId, head);
        this.#scheduleHeadWrite(accountId, head);
      }
      if (inserted === links.length) continue;
      // The link at the refused position: ours after all (answered by the read), another
      // process's (decide again against the fresh head), or none (our idempotency key is taken).
      const refused = links[inserted]!;
      const before = head;
      ownFound = false;
      head = await roll(head);
      fresh = true;
      pending = pending.filter((w) => !w.done);
      if (ownFound) {
        this.#scheduleHeadWrite(accountId, head);
        continue;
      }
      if (head.seq === before.seq) {
        // Only a link holding our key proves the key taken: on FerretDB the link that won our
        // position can refuse us before a read on another connection sees it (then: try again).
        // A link of ours holding it is one a later read will find.
        const holder = await this.ledger.findOne({ key: refused.key }, { projection: { w: 1 } });
        if (holder && !tried.has(holder.w)) {
          answer(tried.get(refused.w)!, { outcome: 'key_taken', head, account });
          pending = pending.filter((w) => !w.done);
          continue;
        }
      }
      attempt++;
    }
  }

  /**
   * Writes the newest head per account in the background: one write in flight per account, and
   * at most one per HEAD_WRITE_INTERVAL_MS (under load a batch commits every few milliseconds; a
   * head write per batch was a third of the store's writes). Only readers without a head of their
   * own (a process starting, the hold sweeper) start from it, and they roll forward from there.
   */
  #scheduleHeadWrite(accountId: string, head: Head): void {
    this.#pendingHeads.set(accountId, head);
    if (this.#headWrites.has(accountId)) return;
    const run = (async () => {
      for (let h = this.#pendingHeads.get(accountId); h; h = this.#pendingHeads.get(accountId)) {
        this.#pendingHeads.delete(accountId);
        const started = Date.now();
        try {
          await this.heads.replaceOne({ _id: accountId }, { seq: h.seq, balance: h.balance, holds: h.holds, at: h.at }, { upsert: true });
        } catch {
          // A cache: a lost or stale write only costs later readers an extra point read.
        }
        // The runner stays for the rest of the interval, so that heads arriving meanwhile wait for it.
        const wait = HEAD_WRITE_INTERVAL_MS - (Date.now() - started);
        if (wait > 0 && !this.#flushing) await this.#pause(wait);
      }
    })().finally(() => this.#headWrites.delete(accountId));
    this.#headWrites.set(accountId, run);
  }

  #flushing = false;
  readonly #pauses = new Set<() => void>();

  /** A wait that flush() cuts short. */
  #pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const done = (): void => {
        clearTimeout(timer);
        this.#pauses.delete(done);
        resolve();
      };
      const timer = setTimeout(done, ms);
      timer.unref();
      this.#pauses.add(done);
    });
  }

  /** Waits for background head writes, writing the newest at once (close() and tests). */
  async flush(): Promise<void> {
    this.#flushing = true;
    try {
      for (const done of [...this.#pauses]) done();
      while (this.#headWrites.size > 0) await Promise.all([...this.#headWrites.values()]);
    } finally {
      this.#flushing = false;
    }
  }
}
