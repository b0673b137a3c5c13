import type { Logger } from 'pino';
import { isLeaseId } from '../store/ledger-keys.js';
import type { Store } from '../store/store.js';

/**
 * Closes holds whose request never settled (its process died, or the store was down when it
 * tried): settled at the cost its usage record states when one was stored, else released, each
 * with a ledger entry saying so. Holds younger than `timeoutMs`, and holds a live request of this
 * process still owns (`exclude`), are left alone.
 */
export class HoldSweeper {
  private timer: NodeJS.Timeout | undefined;
  private readonly excluded: Array<(requestId: string) => boolean> = [];

  constructor(private readonly store: Store, private readonly log: Logger, private readonly timeoutMs: number, private readonly intervalMs = 30_000) {}

  /** Leaves holds whose request id matches to their owner (async tasks hold for their whole run and settle themselves). */
  exclude(matches: (requestId: string) => boolean): void {
    this.excluded.push(matches);
  }

  /** Sweeps once right away (a restart after a crash finds its orphans at once), then periodically. */
  start(): void {
    const run = (): void => void this.sweep().catch((err: unknown) => this.log.warn({ err }, 'hold sweeper failed'));
    run();
    this.timer = setInterval(run, this.intervalMs);
    this.timer.unref();
  }

  /** One pass; returns how many holds were released. */
  async sweep(now = Date.now()): Promise<number> {
    let released = 0;
    for (;;) {
      const stale = await this.store.listStaleHolds(now - this.timeoutMs, 100);
      if (stale.length === 0) return released;
      const before = released;
      for (const h of stale) {
        if (this.excluded.some((matches) => matches(h.requestId))) continue;
        // A usage record means the answer was delivered and priced (written just before the
        // charge, which never came: the process died or the store was down): charge it.
        const usage = await this.store.getUsage(h.requestId);
        if (usage && usage.accountId === h.accountId && usage.status !== 'failed' && usage.cost > 0) {
          const r = await this.store.settleHold({ accountId: h.accountId, requestId: h.requestId, cost: usage.cost });
          if (r.ok) {
            released++;
            this.log.warn({ accountId: h.accountId, requestId: h.requestId, amount: h.amount, cost: usage.cost }, 'settled a stale hold from its usage record');
          }
          continue;
        }
        const lease = isLeaseId(h.requestId);
        const reason = lease ? 'expired: lease never returned (process stopped?)' : 'expired: request never settled (process stopped?)';
        const r = await this.store.releaseHold({ accountId: h.accountId, requestId: h.requestId, reason, swept: true });
        if (r.ok) {
          released++;
          this.log.warn({ accountId: h.accountId, requestId: h.requestId, amount: h.amount }, 'released a stale hold');
        }
      }
      // A page of excluded holds only would be listed again forever.
      if (stale.length < 100 || released === before) return released;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
