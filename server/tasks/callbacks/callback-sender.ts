import type { Logger } from 'pino';
import { Agent } from 'undici';
import type { AddressPolicy } from './address-policy.js';
import { CallbackAddressRefused, literalAddress, safeLookup } from './callback-url.js';
import { SIGNATURE_HEADER, signPayload, TIMESTAMP_HEADER } from './signature.js';

export interface CallbackSenderOptions {
  policy: AddressPolicy;
  /** The account's signing secret. */
  secretFor: (accountId: string) => string;
  log: Logger;
  /** Waits before each retry; the number of retries is its length. */
  retryDelaysMs?: number[];
  timeoutMs?: number;
  maxRedirects?: number;
}

type Attempt = 'delivered' | 'retry' | 'give_up';

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

/**
 * Delivers task callbacks: one POST of the task JSON, signed (signature.ts), retried with
 * growing delays on network errors, 5xx, 408 and 429. Redirects are followed (a few hops) with
 * the same signed POST, and every hop's address is checked again by the connection's lookup, so a
 * public URL cannot redirect into the private network. Another 4xx is the receiver's answer and
 * ends the delivery.
 *
 * Retries live in this process: a restart in the middle of the retry schedule drops them
 * (README "Images, videos and tasks"); the task itself is already in its terminal state.
 */
export class CallbackSender {
  readonly #agent: Agent;
  readonly #timers = new Set<NodeJS.Timeout>();
  readonly #delays: number[];
  readonly #timeoutMs: number;
  readonly #maxRedirects: number;
  #closed = false;

  constructor(private readonly options: CallbackSenderOptions) {
    this.#agent = new Agent({ connect: { lookup: safeLookup(options.policy) }, keepAliveTimeout: 10_000 });
    this.#delays = options.retryDelaysMs ?? [1_000, 5_000, 30_000, 120_000, 600_000];
    this.#timeoutMs = options.timeoutMs ?? 10_000;
    this.#maxRedirects = options.maxRedirects ?? 3;
  }

  /** Starts delivering in the background. */
  send(url: string, accountId: string, taskId: string, body: string): void {
    const secret = this.options.secretFor(accountId);
    const run = async (attempt: number): Promise<void> => {
      if (this.#closed) return;
      const outcome = await this.#attempt(url, secret, taskId, body);
      if (outcome === 'delivered' || outcome === 'give_up') return;
      const delay = this.#delays[attempt];
      if (delay === undefined) {
        this.options.log.warn({ taskId, attempts: attempt + 1 }, 'task callback: giving up after retries');
        return;
      }
      const timer = setTimeout(() => {
        this.#timers.delete(timer);
        void run(attempt + 1);
      }, delay);
      timer.unref();
      this.#timers.add(timer);
    };
    void run(0);
  }

  async #attempt(target: string, secret: string, taskId: string, body: string): Promise<Attempt> {
    let url = new URL(target);
    for (let hop = 0; hop <= this.#maxRedirects; hop++) {
      const literal = literalAddress(url);
      if (literal !== undefined && !this.options.policy(literal)) {
        this.options.log.warn({ taskId, host: url.host }, 'task callback: refused, the address is not public');
        return 'give_up';
      }
      const timestamp = Math.floor(Date.now() / 1000);
      let status: number;
      let location: string | undefined;
      try {
        const res = await this.#agent.request({
          origin: url.origin,
          path: url.pathname + url.search,
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'user-agent': 'NexusFlow-Callbacks/1',
            'x-nexusflow-task-id': taskId,
            [TIMESTAMP_HEADER]: String(timestamp),
            [SIGNATURE_HEADER]: signPayload(secret, timestamp, body),
          },
          body,
          headersTimeout: this.#timeoutMs,
          bodyTimeout: this.#timeoutMs,
        });
        status = res.statusCode;
        const loc = res.headers.location;
        location = Array.isArray(loc) ? loc[0] : loc;
        await res.body.dump();
      } catch (err) {
        if (err instanceof CallbackAddressRefused || (err instanceof Error && err.cause instanceof CallbackAddressRefused)) {
          this.options.log.warn({ taskId, host: url.host }, 'task callback: refused, the host resolves to a non-public address');
          return 'give_up';
        }
        this.options.log.info({ taskId, err: err instanceof Error ? err.message : String(err) }, 'task callback: delivery failed, will retry');
        return 'retry';
      }
      if (status >= 200 && status < 300) return 'delivered';
      if (REDIRECTS.has(status) && location) {
        url = new URL(location, url);
        continue;
      }
      if (status >= 500 || status === 408 || status === 429) return 'retry';
      this.options.log.warn({ taskId, status }, 'task callback: the receiver refused it');
      return 'give_up';
    }
    this.options.log.warn({ taskId }, 'task callback: too many redirects');
    return 'give_up';
  }

  async close(): Promise<void> {
    this.#closed = true;
    for (const t of this.#timers) clearTimeout(t);
    this.#timers.clear();
    await this.#agent.close();
  }
}
