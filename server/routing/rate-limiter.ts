import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import type { Store } from '../store/store.js';
import type { ApiKeyRecord } from '../store/types.js';

export const RATE_WINDOW_MS = 60_000;

/** What a request reserved against its key's per-minute limits; corrected once it is settled. */
export interface RateReservation {
  /** Tokens reserved (0 when the key has no token limit). */
  readonly reservedTokens: number;
  /**
   * Replaces the reservation with the tokens actually used (0 for a request that produced nothing).
   * Runs in the background — window counters are advisory for the current minute only — and only once.
   */
  settle(actualTokens: number): void;
}

const NOTHING: RateReservation = { reservedTokens: 0, settle: () => undefined };

/**
 * Requests-per-minute and tokens-per-minute limits per API key, in fixed one-minute windows kept
 * in the store (`incrementWindow`), so the limit holds across every gateway process sharing the
 * store — never `limit × processes` (landscape.md #10). A request is admitted when the window's
 * total *after* its own atomic increment is within the limit; a refused request takes its
 * increment back, so it consumes nothing. Admitted requests therefore never exceed the limit in a
 * window, on one process or many.
 *
 * Cost: one store round trip per limit for every request of a limited key (both in parallel, so
 * the added latency is about one round trip), one more on refusal, and one in the background to
 * correct the token reservation. Keys without limits cost nothing.
 */
export class RateLimiter {
  constructor(private readonly store: Store, private readonly onError: (err: unknown) => void, private readonly now: () => number = Date.now) {}

  /**
   * Admits one request of `key` that may use up to `estimatedTokens` (prompt + max output), or
   * throws 429 rate_limited with `retry-after` (the end of the window).
   */
  async admit(key: ApiKeyRecord, estimatedTokens: number): Promise<RateReservation> {
    const rpm = positive(key.rateLimits?.requestsPerMinute);
    const tpm = positive(key.rateLimits?.tokensPerMinute);
    if (rpm === undefined && tpm === undefined) return NOTHING;
    const now = this.now();
    const window = Math.floor(now / RATE_WINDOW_MS) * RATE_WINDOW_MS;
    const tokens = Math.max(0, Math.ceil(estimatedTokens));
    const rpmKey = `rpm:${key.id}`;
    const tpmKey = `tpm:${key.id}`;
    let totals: [number | undefined, number | undefined];
    try {
      totals = await Promise.all([
        rpm !== undefined ? this.store.incrementWindow(rpmKey, window, 1) : undefined,
        tpm !== undefined ? this.store.incrementWindow(tpmKey, window, tokens) : undefined,
      ]);
    } catch (err) {
      throw toGatewayError(err);
    }
    const [requests, used] = totals;
    const overRequests = rpm !== undefined && requests !== undefined && requests > rpm;
    const overTokens = tpm !== undefined && used !== undefined && used > tpm;
    if (overRequests || overTokens) {
      // Give the refused increments back so a refused request consumes nothing of the window.
      void Promise.all([
        rpm !== undefined ? this.store.incrementWindow(rpmKey, window, -1) : undefined,
        tpm !== undefined ? this.store.incrementWindow(tpmKey, window, -tokens) : undefined,
      ]).catch(this.onError);
      const waitMs = window + RATE_WINDOW_MS - now;
      const headers: Record<string, string> = { 'retry-after-ms': String(waitMs) };
      if (overRequests) {
        throw new GatewayError('rate_limited', `Rate limit reached: this API key may make ${rpm} requests per minute. Retry after the current minute.`, { retryAfter: Math.ceil(waitMs / 1000), headers });
      }
      if (tpm !== undefined && tokens > tpm) {
        // Waiting cannot help: tell SDKs not to retry (protocols.md §1.4, `x-should-retry`).
        throw new GatewayError('rate_limited', `This request may use up to ${tokens} tokens (prompt + max output), more than this API key's limit of ${tpm} tokens per minute. Lower max_tokens or shorten the prompt.`, { headers: { 'x-should-retry': 'false' } });
      }
      throw new GatewayError('rate_limited', `Rate limit reached: this API key may use ${tpm} tokens per minute (prompt + max output are reserved per request). Retry after the current minute.`, { retryAfter: Math.ceil(waitMs / 1000), headers });
    }
    if (tpm === undefined) return NOTHING;
    let settled = false;
    return {
      reservedTokens: tokens,
      settle: (actualTokens: number) => {
        if (settled) return;
        settled = true;
        const delta = Math.max(0, Math.ceil(actualTokens)) - tokens;
        // A window that has ended no longer limits anything: no need to correct it.
        if (delta === 0 || this.now() >= window + RATE_WINDOW_MS) return;
        this.store.incrementWindow(tpmKey, window, delta).catch(this.onError);
      },
    };
  }
}

function positive(n: number | undefined): number | undefined {
  return n !== undefined && Number.isFinite(n) && n > 0 ? n : undefined;
}
