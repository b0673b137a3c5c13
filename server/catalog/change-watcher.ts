import type { Store } from '../store/store.js';

export interface ChangeWatcherOptions {
  intervalMs: number;
  onChange: () => Promise<void>;
  onError: (err: unknown) => void;
}

/**
 * Polls the store's change counter so every gateway process learns of key, model and
 * channel changes within `intervalMs` (design.md "The store": polling a counter is enough).
 */
export class ChangeWatcher {
  private timer: NodeJS.Timeout | undefined;
  private last: number | undefined;
  private running = false;

  constructor(private readonly store: Store, private readonly options: ChangeWatcherOptions) {}

  async start(): Promise<void> {
    this.last = await this.store.getChangeCounter();
    this.timer = setInterval(() => void this.tick(), this.options.intervalMs);
    this.timer.unref();
  }

  /** Checks once; also called right after a local change so this process sees it at once. */
  async tick(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      const current = await this.store.getChangeCounter();
      if (current !== this.last) {
        this.last = current;
        await this.options.onChange();
      }
    } catch (err) {
      this.options.onError(err);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
