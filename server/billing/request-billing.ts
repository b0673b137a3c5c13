import type { CanonicalUsage } from '../canonical/usage.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import type { Logger } from 'pino';
import type { Metrics } from '../observability/metrics.js';
import type { Store } from '../store/store.js';
import type { ApiKeyRecord, ModelRecord, UsageRecord } from '../store/types.js';
import { costOf } from './pricing.js';
import type { LeaseBook, LeasedHold } from './lease-book.js';
import type { SettlementOutbox } from './settlement-outbox.js';
import type { UsageWriter } from './usage-writer.js';

/** What billing a request needs (a narrow slice of the gateway's services). */
export interface BillingDeps {
  store: Store;
  metrics: Pick<Metrics, 'holdsOutstanding' | 'billingOverrun'>;
  log: Logger;
  /** Usage records that are not written with a charge (refusals, failures, free requests). */
  usage: Pick<UsageWriter, 'write'>;
  /** Request ids whose hold this process owns and has not closed: the hold sweeper leaves them alone. */
  liveHolds: Set<string>;
  /** Where a charge goes when the store stays down at settlement (applied when it is back). */
  outbox: Pick<SettlementOutbox, 'add'>;
  /** Leased budgets: holds without a store write (lease-book.ts); without it every request holds on its own. */
  leases?: Pick<LeaseBook, 'take' | 'finish'>;
}

/** Our tokenizer is not the upstream's: holds assume up to 25% (+32 tokens) more input than we count. */
export function padPromptEstimate(tokens: number): number {
  return Math.ceil(tokens * 1.25) + 32;
}

/** Start of the key's current spend period (UTC), or undefined for a lifetime limit. */
export function periodStart(period: ApiKeyRecord['spendPeriod'], now = Date.now()): number | undefined {
  const d = new Date(now);
  if (period === 'day') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate());
  if (period === 'month') return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1);
  return undefined;
}

/**
 * The money side of one request: hold the worst case before the upstream call, then settle to
 * the actual cost or release, exactly once (the store enforces once-ness by request id).
 */
export class RequestBilling {
  private held = 0;
  private done = false;
  /** Counted in flight by the lease book (finish() owed). */
  private counted = false;
  /** The hold, when it was taken from a lease rather than placed in the store. */
  private leased: LeasedHold | undefined;

  constructor(
    private readonly svc: BillingDeps,
    private readonly key: ApiKeyRecord,
    private readonly model: ModelRecord,
    readonly requestId: string,
  ) {}

  get holdAmount(): number {
    return this.held;
  }

  /**
   * Worst-case cost of a request with `promptTokens` in (our tokenizer's count, padded for
   * upstream tokenizers that count more) and up to `maxOutput` out at the dearer of the output
   * and reasoning prices — at this model's prices, or `pricing` (a fallback model's).
   */
  worstCase(promptTokens: number, maxOutput: number, pricing: ModelRecord['pricing'] = this.model.pricing): number {
    const p = pricing;
    const outPrice = Math.max(p.outputPerMillion ?? 0, p.reasoningPerMillion ?? 0);
    return costOf({ uncachedInput: padPromptEstimate(promptTokens), output: maxOutput, source: 'estimated' }, { inputPerMillion: p.inputPerMillion ?? 0, outputPerMillion: outPrice });
  }

  /** Places the hold; throws insufficient_quota (and calls nothing upstream) when it does not fit. */
  async hold(amount: number): Promise<void> {
    await this.checkKeySpend(amount);
    if (amount <= 0) return;
    const leases = this.svc.leases;
    if (leases) {
      this.counted = true;
      this.leased = await leases.take(this.key.accountId, amount);
      if (this.leased) {
        this.held = amount;
        this.svc.metrics.holdsOutstanding.inc();
        return;
      }
    }
    let result;
    try {
      result = await this.svc.store.placeHold({ accountId: this.key.accountId, requestId: this.requestId, amount, keyId: this.key.id });
    } catch (err) {
      await this.uncount();
      throw toGatewayError(err);
    }
    if (!result.ok) {
      await this.uncount();
      if (result.reason === 'insufficient_balance') {
        throw new GatewayError('insufficient_quota', 'Your account balance is too low for this request. Top up your account or lower max_tokens.');
      }
      if (result.reason === 'account_not_found') throw new GatewayError('invalid_api_key', 'The API key has no account.');
      throw new GatewayError('conflict', 'A request with this id is already in flight.');
    }
    this.held = amount;
    this.svc.liveHolds.add(this.requestId);
    this.svc.metrics.holdsOutstanding.inc();
  }

  /**
   * Charges the actual cost of `usage` (priced with the model's token prices unless `fullCost` is
   * given) and releases the rest of the hold. Returns the amount charged. Safe to call more than
   * once; only the first call counts. What was used is charged even when it exceeds the hold (an
   * upstream counting far more than our padded estimate): the balance may then dip below its
   * floor by that excess, which is logged and counted — under-charging silently is not an option.
   * `record` (its cost set to the amount charged) is stored with the charge, so a charged request
   * never lacks its usage record; without a hold it goes to the usage writer.
   */
  async settle(usage: CanonicalUsage, fullCost = costOf(usage, this.model.pricing), record?: UsageRecord): Promise<number> {
    if (this.done) return 0;
    this.done = true;
    const charged = this.held > 0 ? fullCost : 0;
    if (record) record.cost = charged;
    if (charged > this.held) {
      this.svc.metrics.billingOverrun.inc({ model: this.model.id }, charged - this.held);
      this.svc.log.warn({ requestId: this.requestId, accountId: this.key.accountId, held: this.held, cost: charged, excess: charged - this.held }, 'billing: actual cost exceeded the hold');
    }
    if (this.held > 0) {
      this.svc.metrics.holdsOutstanding.dec();
      const lease = this.leased ? { leaseId: this.leased.leaseId } : {};
      const settled = await this.retry(() => this.svc.store.settleHold({ accountId: this.key.accountId, requestId: this.requestId, cost: charged, ...(record ? { usage: record } : {}), ...lease }));
      this.svc.liveHolds.delete(this.requestId);
      if (settled && settled.ok && settled.late) this.svc.log.warn({ requestId: this.requestId, accountId: this.key.accountId, cost: charged }, 'billing: hold was gone at settlement (swept while the request ran); charged without it');
      // The store stayed down: the charge (and its record) waits in the local outbox file and is
      // applied when the store is back, by this process or the next one on this data directory.
      if (!settled) this.svc.outbox.add({ accountId: this.key.accountId, requestId: this.requestId, cost: charged, ...(record ? { usage: record } : {}), ...lease });
      await this.uncount(charged);
    } else if (record) {
      this.svc.usage.write(record);
    }
    if (charged > 0 && this.key.spendLimit !== undefined) {
      await this.retry(() => this.svc.store.addKeySpend(this.key.id, charged, periodStart(this.key.spendPeriod)));
    }
    return charged;
  }

  /** Returns the whole hold (nothing was produced). */
  async release(reason: string): Promise<void> {
    if (this.done) return;
    this.done = true;
    if (this.held <= 0) return;
    this.svc.metrics.holdsOutstanding.dec();
    // A leased hold was never written: releasing it is only the lease book's.
    if (!this.leased) {
      await this.retry(() => this.svc.store.releaseHold({ accountId: this.key.accountId, requestId: this.requestId, reason }));
      this.svc.liveHolds.delete(this.requestId);
    }
    await this.uncount();
  }

  /** Tells the lease book this request is closed (once), with what its leased hold was charged. */
  private async uncount(charged = 0): Promise<void> {
    if (!this.counted) return;
    this.counted = false;
    await this.svc.leases?.finish(this.key.accountId, this.leased, charged);
  }

  private async checkKeySpend(amount: number): Promise<void> {
    if (this.key.spendLimit === undefined) return;
    let fresh;
    try {
      fresh = await this.svc.store.getApiKey(this.key.id);
    } catch (err) {
      throw toGatewayError(err);
    }
    const start = periodStart(this.key.spendPeriod);
    const spent = fresh && (start === undefined || (fresh.spentPeriodStart ?? 0) >= start) ? fresh.spent : 0;
    if (spent + amount > this.key.spendLimit) {
      throw new GatewayError('insufficient_quota', 'This API key has reached its spend limit.');
    }
  }

  /**
   * Settlement must not be lost to a passing store outage: retry a few times; if the store stays
   * down, settle() hands the charge to the outbox (a release is left to the hold sweeper).
   * Returns undefined when every try failed.
   */
  private async retry<T>(op: () => Promise<T>): Promise<T | undefined> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await op();
      } catch (err) {
        if (attempt >= 4) {
          this.svc.log.error({ err, requestId: this.requestId }, 'billing: could not reach the store; the hold sweeper will close the hold');
          return undefined;
        }
        await new Promise((r) => setTimeout(r, 100 * 2 ** attempt));
      }
    }
  }
}
