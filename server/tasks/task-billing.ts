import type { Logger } from 'pino';
import { periodStart } from '../billing/request-billing.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import type { Store } from '../store/store.js';
import type { TaskRecord } from '../store/types.js';

export type HoldOutcome = 'held' | 'insufficient_balance' | 'key_spend_limit';

/**
 * The money side of a task. Unlike a request, a task outlives the process that created it, so
 * nothing is kept in memory: the hold's request id is the task id, and the store makes placing,
 * settling and releasing it exactly-once whichever process (or retry) gets there first.
 */
export class TaskBilling {
  constructor(private readonly store: Store, private readonly log: Logger) {}

  /** Places the task's hold; a hold placed before (by the API call or an earlier attempt) counts as held. */
  async hold(task: TaskRecord, amount: number): Promise<HoldOutcome> {
    if (amount <= 0) return 'held';
    try {
      const key = await this.store.getApiKey(task.keyId);
      if (key?.spendLimit !== undefined) {
        const start = periodStart(key.spendPeriod);
        const spent = start === undefined || (key.spentPeriodStart ?? 0) >= start ? key.spent : 0;
        if (spent + amount > key.spendLimit) return 'key_spend_limit';
      }
      const r = await this.store.placeHold({ accountId: task.accountId, requestId: task.id, amount, keyId: task.keyId });
      if (r.ok || r.reason === 'duplicate_hold') return 'held';
      if (r.reason === 'insufficient_balance') return 'insufficient_balance';
      throw new GatewayError('invalid_api_key', 'The API key has no account.');
    } catch (err) {
      throw toGatewayError(err);
    }
  }

  /** Charges `cost` against the hold. True when this call charged it; false when it was settled or released before. */
  async settle(task: TaskRecord, cost: number): Promise<boolean> {
    const r = await this.#retry(() => this.store.settleHold({ accountId: task.accountId, requestId: task.id, cost }));
    if (!r.ok) return false;
    if (cost > 0) {
      const key = await this.store.getApiKey(task.keyId).catch(() => null);
      if (key?.spendLimit !== undefined) await this.#retry(() => this.store.addKeySpend(key.id, cost, periodStart(key.spendPeriod)));
    }
    return true;
  }

  /** Returns the whole hold. True when this call released it. */
  async release(task: TaskRecord, reason: string): Promise<boolean> {
    const r = await this.#retry(() => this.store.releaseHold({ accountId: task.accountId, requestId: task.id, reason }));
    return r.ok;
  }

  /**
   * A store outage must not lose a settlement: retry for a while, then give up loudly. The task
   * is left where it was, so the runner (or the hold reconciler) settles it on a later pass.
   */
  async #retry<T>(op: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (attempt >= 4) {
          this.log.error({ err }, 'task billing: store unavailable');
          throw toGatewayError(err);
        }
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
