import type { Catalog } from '../catalog/catalog.js';
import type { Store } from '../store/store.js';

/** What `/readyz` reports: each check by name, `ok` or why not. */
export interface ReadinessReport {
  ready: boolean;
  checks: { store: string; catalog: string; draining: string };
}

export interface ReadinessOptions {
  /** A store that has not answered within this long counts as unreachable (default 2 s). */
  storeTimeoutMs?: number;
}

/**
 * Readiness (`/readyz`): may this process take traffic now? It may when the store answers, the
 * catalog has been loaded from it, and no shutdown has begun. Liveness (`/healthz`) is only
 * "the event loop answers" and stays true through a drain, so an orchestrator takes a draining
 * process out of rotation without killing it before its open requests finish.
 */
export class Readiness {
  #draining = false;
  readonly #storeTimeoutMs: number;

  constructor(private readonly store: Store, private readonly catalog: Catalog, options: ReadinessOptions = {}) {
    this.#storeTimeoutMs = options.storeTimeoutMs ?? 2_000;
  }

  get draining(): boolean {
    return this.#draining;
  }

  /** Set when a shutdown begins (lifecycle/graceful-shutdown.ts); never cleared. */
  beginDrain(): void {
    this.#draining = true;
  }

  async check(): Promise<ReadinessReport> {
    const store = await this.#storeCheck();
    const catalog = this.catalog.loadedAt === undefined ? 'not loaded' : 'ok';
    const draining = this.#draining ? 'shutting down' : 'ok';
    return { ready: store === 'ok' && catalog === 'ok' && draining === 'ok', checks: { store, catalog, draining } };
  }

  async #storeCheck(): Promise<string> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<string>((resolve) => {
      timer = setTimeout(() => resolve(`no answer within ${this.#storeTimeoutMs} ms`), this.#storeTimeoutMs);
    });
    const answer = this.store.getChangeCounter().then(() => 'ok', (err: unknown) => `unreachable: ${err instanceof Error ? err.message : String(err)}`);
    try {
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
}
