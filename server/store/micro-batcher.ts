/**
 * Collects items while a batch is being written and writes them together: the first item after
 * an idle period goes at once (no added latency), those arriving during its write wait for the
 * next one. Each `add` resolves once the batch holding its item is written, or rejects with that
 * batch's error, so a caller's durability is the same as writing alone.
 */
export class MicroBatcher<T> {
  readonly #queue: Array<{ item: T; resolve: () => void; reject: (err: unknown) => void }> = [];
  #running = false;

  constructor(private readonly write: (items: T[]) => Promise<void>, private readonly maxBatch = 500) {}

  add(item: T): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.#queue.push({ item, resolve, reject });
      if (!this.#running) void this.#drain();
    });
  }

  async #drain(): Promise<void> {
    this.#running = true;
    try {
      while (this.#queue.length > 0) {
        const batch = this.#queue.splice(0, this.maxBatch);
        try {
          await this.write(batch.map((b) => b.item));
          for (const b of batch) b.resolve();
        } catch (err) {
          for (const b of batch) b.reject(err);
        }
      }
    } finally {
      this.#running = false;
    }
  }
}
