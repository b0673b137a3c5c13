import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { Store } from '../store/store.js';
import type { UsageRecord } from '../store/types.js';

/** The outbox file of a data directory (created when missing). */
/** One outbox file per worker slot (`NEXUSFLOW_WORKERS`): slot 0 keeps the single-process name. */
export function outboxFile(dataDir: string, worker = 0): string {
  mkdirSync(dataDir, { recursive: true });
  return join(dataDir, worker === 0 ? 'billing-outbox.jsonl' : `billing-outbox-${worker}.jsonl`);
}

/** A charge for delivered work that the store did not take when it was due. */
export interface PendingSettlement {
  accountId: string;
  requestId: string;
  cost: number;
  usage?: UsageRecord;
  /** The lease the request was held against (charged from it if it is still open). */
  leaseId?: string;
  /** When it was queued (epoch ms). */
  at: number;
}

export interface SettlementOutboxOptions {
  /** Append-only file that keeps pending charges across a crash; memory only when unset. */
  file?: string | undefined;
  store: Pick<Store, 'settleHold'>;
  log: Logger;
  /** Retry pending charges this often. */
  intervalMs?: number;
  /** Told the number pending after every change. */
  onPending?: (n: number) => void;
}

/**
 * Delivered work is never left unbilled because the store was down when the request ended: its
 * charge (with its usage record) is appended to a local file at once and applied when the store
 * answers again — by this process, or by the next one started on the same data directory after a
 * crash. Settlement is idempotent per request id (a repeat is `already`; a hold the sweeper
 * released meanwhile is charged `late`), so applying an entry twice charges once.
 */
export class SettlementOutbox {
  readonly #file: string | undefined;
  readonly #store: Pick<Store, 'settleHold'>;
  readonly #log: Logger;
  readonly #intervalMs: number;
  readonly #onPending: (n: number) => void;
  #pending = new Map<string, PendingSettlement>();
  #timer: NodeJS.Timeout | undefined;
  #draining: Promise<number> | undefined;

  constructor(options: SettlementOutboxOptions) {
    this.#file = options.file;
    this.#store = options.store;
    this.#log = options.log;
    this.#intervalMs = options.intervalMs ?? 2000;
    this.#onPending = options.onPending ?? (() => undefined);
  }

  get pending(): number {
    return this.#pending.size;
  }

  /** Loads what a previous process left and starts applying it. */
  start(): void {
    if (this.#file && existsSync(this.#file)) {
      for (const line of readFileSync(this.#file, 'utf8').split('\n')) {
        if (!line.trim()) continue;
        try {
          const p = JSON.parse(line) as PendingSettlement;
          if (typeof p.requestId === 'string' && typeof p.accountId === 'string' && Number.isSafeInteger(p.cost)) this.#pending.set(p.requestId, p);
        } catch {
          // A line cut by a crash mid-write: its request was never answered as billed.
          this.#log.warn('billing outbox: skipped an unreadable line');
        }
      }
      if (this.#pending.size > 0) this.#log.warn({ pending: this.#pending.size }, 'billing outbox: charges left by an earlier process; applying them');
    }
    this.#onPending(this.#pending.size);
    this.#schedule(this.#pending.size > 0 ? 0 : this.#intervalMs);
  }

  /** Keeps a charge the store did not take; durable once this returns (the file is appended synchronously). */
  add(p: Omit<PendingSettlement, 'at'>): void {
    const entry: PendingSettlement = { ...p, at: Date.now() };
    if (this.#file) appendFileSync(this.#file, `${JSON.stringify(entry)}\n`);
    this.#pending.set(entry.requestId, entry);
    this.#onPending(this.#pending.size);
    this.#log.error({ requestId: p.requestId, accountId: p.accountId, cost: p.cost }, 'billing outbox: store unavailable; charge kept locally until it is back');
    this.#schedule(this.#intervalMs);
  }

  /** Applies every pending charge the store takes now; returns how many were applied. */
  async drain(): Promise<number> {
    if (this.#draining) return this.#draining;
    this.#draining = this.#drainOnce().finally(() => {
      this.#draining = undefined;
    });
    return this.#draining;
  }

  async #drainOnce(): Promise<number> {
    let applied = 0;
    for (const p of [...this.#pending.values()]) {
      try {
        const r = await this.#store.settleHold({ accountId: p.accountId, requestId: p.requestId, cost: p.cost, ...(p.usage ? { usage: p.usage } : {}), ...(p.leaseId !== undefined ? { leaseId: p.leaseId } : {}) });
        if (!r.ok) this.#log.error({ requestId: p.requestId, accountId: p.accountId, cost: p.cost }, 'billing outbox: account no longer exists; charge dropped');
        this.#pending.delete(p.requestId);
        applied++;
      } catch {
        break; // still down: keep the rest for the next pass
      }
    }
    if (applied > 0) {
      this.#rewrite();
      this.#onPending(this.#pending.size);
      this.#log.info({ applied, pending: this.#pending.size }, 'billing outbox: applied charges kept while the store was down');
    }
    return applied;
  }

  /** Replaces the file with what is still pending (synchronously: nothing added meanwhile is lost). */
  #rewrite(): void {
    if (!this.#file) return;
    const tmp = `${this.#file}.tmp`;
    writeFileSync(tmp, [...this.#pending.values()].map((p) => `${JSON.stringify(p)}\n`).join(''));
    renameSync(tmp, this.#file);
  }

  #schedule(ms: number): void {
    if (this.#timer) return;
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      void this.drain().then(() => {
        if (this.#pending.size > 0) this.#schedule(this.#intervalMs);
      });
    }, ms);
    this.#timer.unref();
  }

  /** Stops retrying after one last pass; what is left stays in the file for the next start. */
  async close(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#pending.size > 0) await this.drain();
  }
}
