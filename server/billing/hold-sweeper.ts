import type { Logger } from 'pino';
import type { Store } from '../store/store.js';

/**
 * Releases holds whose request never settled (its process died), each with a ledger entry
 * saying so. Holds younger than `timeoutMs` are left alone: their request may still be running.
 */
export class HoldSweeper {
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly store: Store, private readonly log: Logger, private readonly timeoutMs: number, private readonly intervalMs = 30_000) {}

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
      for (const h of stale) {
        const r = await this.store.releaseHold({ accountId: h.accountId, requestId: h.requestId, reason: 'expired: request never settled (process stopped?)' });
        if (r.ok) {
          released++;
          this.log.warn({ accountId: h.accountId, requestId: h.requestId, amount: h.amount }, 'released a stale hold');
        }
      }
      if (stale.length < 100) return released;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
  }
}
