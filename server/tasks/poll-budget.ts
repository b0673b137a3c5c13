import type { Logger } from 'pino';
import type { Store } from '../store/store.js';

const sleep = (ms: number, signal?: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    if (signal?.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done(): void {
      clearTimeout(t);
      signal?.removeEventListener('abort', done);
      resolve();
    }
    signal?.addEventListener('abort', done, { once: true });
  });

/**
 * Pacing of upstream status queries: DashScope allows 20 task queries per second per account
 * (dashscope.md §3.4), shared by every gateway process.
 *
 * Two gates. A token bucket in this process spaces polls out (a burst of at most a quarter of
 * the rate); then a per-second counter in the store (`incrementWindow`, atomic on both stores)
 * enforces the rate across processes — a poll that finds its second full waits for the next.
 * If the store cannot be reached the local bucket alone applies, and the poll itself will fail
 * on the same outage anyway.
 */
export class PollBudget {
  readonly #buckets = new Map<string, { tokens: number; at: number }>();

  constructor(private readonly store: Store, private readonly log: Logger, private readonly now: () => number = Date.now) {}

  /** Resolves when one query for `key` may be sent (or `signal` aborts). */
  async take(key: string, qps: number, signal?: AbortSignal): Promise<void> {
    if (!(qps > 0)) return;
    await this.#local(key, qps, signal);
    for (;;) {
      if (signal?.aborted) return;
      const now = this.now();
      const second = Math.floor(now / 1000) * 1000;
      let used: number;
      try {
        used = await this.store.incrementWindow(`poll:${key}`, second, 1);
      } catch (err) {
        this.log.warn({ err, key }, 'poll budget: store unavailable, pacing locally only');
        return;
      }
      if (used <= qps) return;
      // This second is spent (by us or another process): try again at the next one, spread out.
      await sleep(second + 1000 - now + Math.floor(Math.random() * 50), signal);
    }
  }

  async #local(key: string, qps: number, signal?: AbortSignal): Promise<void> {
    const burst = Math.max(1, Math.floor(qps / 4));
    for (;;) {
      const now = this.now();
      const b = this.#buckets.get(key) ?? { tokens: burst, at: now };
      b.tokens = Math.min(burst, b.tokens + ((now - b.at) * qps) / 1000);
      b.at = now;
      this.#buckets.set(key, b);
      if (b.tokens >= 1) {
        b.tokens -= 1;
        return;
      }
      if (signal?.aborted) return;
      await sleep(Math.ceil(((1 - b.tokens) * 1000) / qps), signal);
    }
  }
}
