import { createHash, timingSafeEqual } from 'node:crypto';

const sha256 = (s: string): Buffer => createHash('sha256').update(s, 'utf8').digest();

/**
 * Checks `Authorization: Bearer <admin token>`. Both sides are hashed first so the comparison
 * is constant-time and of equal length whatever was presented. API keys (`sk-air-…`) never match:
 * they are not the admin token, and nothing here looks at the key store.
 */
export class AdminTokenVerifier {
  readonly #digest: Buffer | undefined;
  /** The audit identity of the token: a fingerprint, so the log never holds the token. */
  readonly actorId: string | undefined;

  constructor(token: string | undefined) {
    this.#digest = token ? sha256(token) : undefined;
    this.actorId = token ? `admin-token:${sha256(`nexusflow-admin-fingerprint:${token}`).toString('hex').slice(0, 8)}` : undefined;
  }

  get enabled(): boolean {
    return this.#digest !== undefined;
  }

  /** The actor id when `presented` is the admin token, else undefined. */
  verify(presented: string | undefined): string | undefined {
    if (!this.#digest || presented === undefined) return undefined;
    return timingSafeEqual(sha256(presented), this.#digest) ? this.actorId : undefined;
  }
}

export interface FailureLimitOptions {
  /** Failed attempts allowed per client address in one window. */
  max: number;
  windowMs: number;
  /** Addresses tracked at once; the oldest are forgotten first. */
  maxTracked?: number;
}

/**
 * Counts failed admin authentications per client address. Past `max` in a window the address
 * is refused (429) until the window ends, even with the right token, so guessing gains nothing.
 * Per process: N processes allow N × max guesses, against a token of 16+ random characters.
 */
export class FailureLimiter {
  readonly #windows = new Map<string, { start: number; failures: number }>();
  readonly #maxTracked: number;

  constructor(private readonly options: FailureLimitOptions) {
    this.#maxTracked = options.maxTracked ?? 10_000;
  }

  /** Seconds until `address` may try again, or 0 when it may now. */
  blockedFor(address: string, now = Date.now()): number {
    const w = this.#windows.get(address);
    if (!w || now - w.start >= this.options.windowMs) return 0;
    return w.failures >= this.options.max ? Math.max(1, Math.ceil((w.start + this.options.windowMs - now) / 1000)) : 0;
  }

  recordFailure(address: string, now = Date.now()): void {
    const w = this.#windows.get(address);
    if (w && now - w.start < this.options.windowMs) {
      w.failures++;
      return;
    }
    this.#windows.delete(address);
    if (this.#windows.size >= this.#maxTracked) {
      const oldest = this.#windows.keys().next();
      if (!oldest.done) this.#windows.delete(oldest.value);
    }
    this.#windows.set(address, { start: now, failures: 1 });
  }
}
