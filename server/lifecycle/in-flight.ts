/**
 * Counts requests whose route handler has not returned yet. A handler returns only after its
 * request is billed (settled or released) and its usage record queued — streams included, since
 * the stream is written inside the handler — so "no request in flight" is the moment a shutdown
 * may flush the usage writer and close the store without losing anything.
 */
export class InFlight {
  #count = 0;
  #waiters = new Set<() => void>();
  /** Set when the app starts closing: new requests are refused from then on (app.ts). */
  closing = false;

  get count(): number {
    return this.#count;
  }

  enter(): void {
    this.#count++;
  }

  leave(): void {
    this.#count--;
    if (this.#count === 0) {
      for (const wake of this.#waiters) wake();
      this.#waiters.clear();
    }
  }

  /** Resolves true once nothing is in flight, or false when `timeoutMs` passes first. */
  idle(timeoutMs: number): Promise<boolean> {
    if (this.#count === 0) return Promise.resolve(true);
    return new Promise((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(wake);
        resolve(false);
      }, timeoutMs);
      this.#waiters.add(wake);
    });
  }
}
