import type { Store } from '../store/store.js';
import type { UsageRecord } from '../store/types.js';

export interface UsageWriterOptions {
  /** Flush when this many records are queued. */
  batchSize?: number;
  /** Flush at least this often. */
  intervalMs?: number;
  onError: (err: unknown, pending: number) => void;
}

/**
 * Batches usage records into `insertUsage` calls. Inserts are idempotent by request id, so a
 * batch that failed is simply retried (with backoff) until the store takes it; nothing is dropped
 * while the process lives, and `close()` flushes what is left.
 */
export class UsageWriter {
  private queue: UsageRecord[] = [];
  private timer: NodeJS.Timeout | undefined;
  private flushing: Promise<void> | undefined;
  private failures = 0;
  private readonly batchSize: number;
  private readonly intervalMs: number;

  constructor(private readonly store: Store, private readonly options: UsageWriterOptions) {
    this.batchSize = options.batchSize ?? 200;
    this.intervalMs = options.intervalMs ?? 100;
  }

  write(record: UsageRecord): void {
    this.queue.push(record);
    if (this.queue.length >= this.batchSize) void this.flush();
    else this.schedule(this.intervalMs);
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Writes everything queued so far; resolves when it is stored (or the attempt failed). */
  async flush(): Promise<void> {
    if (this.flushing) {
      await this.flushing;
      if (this.queue.length === 0) return;
    }
    if (this.queue.length === 0) return;
    const batch = this.queue.splice(0, this.batchSize);
    this.flushing = this.store.insertUsage(batch).then(
      () => {
        this.failures = 0;
      },
      (err: unknown) => {
        this.queue.unshift(...batch);
        this.failures++;
        this.options.onError(err, this.queue.length);
        this.schedule(Math.min(30_000, this.intervalMs * 2 ** this.failures));
      },
    ).finally(() => {
      this.flushing = undefined;
    });
    await this.flushing;
    if (this.queue.length > 0 && this.failures === 0) await this.flush();
  }

  /** Flushes with retries until empty or `deadlineMs` passes. */
  async close(deadlineMs = 10_000): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    const until = Date.now() + deadlineMs;
    while (this.queue.length > 0 && Date.now() < until) {
      await this.flush();
      if (this.queue.length > 0) await new Promise((r) => setTimeout(r, 200));
    }
  }

  private schedule(ms: number): void {
    if (this.timer) return;
    this.timer = setTimeout(() => {
      this.timer = undefined;
      void this.flush();
    }, ms);
    this.timer.unref();
  }
}
