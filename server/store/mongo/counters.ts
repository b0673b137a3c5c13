import type { Collection } from 'mongodb';
import { KeyedMutex } from '../keyed-mutex.js';
import { backoff, linkId, nonce, probeChain } from './chain.js';
import type { CounterDoc, CounterLinkDoc } from './collections.js';
import { isDuplicateKey } from './connection.js';

/** A counter's value; `period` is set once a newer period has reset it. */
export interface CounterValue {
  total: number;
  period?: number;
}

export interface AddOptions {
  /** Starts a new period (total := amount) when newer than the counter's period. */
  period?: number;
  /** Value before the first add (a key's spend as created). */
  base?: CounterValue;
  expiresAt?: Date;
}

/** The period rule of `nextSpend` in patch.ts, on a counter value. */
function advance(current: CounterValue, amount: number, period?: number): CounterValue {
  if (period !== undefined && (current.period === undefined || period > current.period)) return { total: amount, period };
  return current.period === undefined ? { total: current.total + amount } : { total: current.total + amount, period: current.period };
}

export interface Counters {
  add(key: string, amount: number, options?: AddOptions): Promise<CounterValue>;
  /** The value, or undefined when the counter was never added to. */
  get(key: string): Promise<CounterValue | undefined>;
}

/** MongoDB proper: one document per counter, atomic `$inc`. */
export class NativeCounters implements Counters {
  constructor(private readonly coll: Collection<CounterDoc>) {}

  async #upsertRetry<T>(op: () => Promise<T>): Promise<T> {
    try {
      return await op();
    } catch (err) {
      // Two upserts of a missing document can race to insert it; the loser retries as an update.
      if (!isDuplicateKey(err)) throw err;
      return op();
    }
  }

  async add(key: string, amount: number, options: AddOptions = {}): Promise<CounterValue> {
    const { period, base, expiresAt } = options;
    if (base || period !== undefined) {
      const start = base ?? { total: 0 };
      const init: Partial<CounterDoc> = { total: start.total, ...(start.period !== undefined ? { period: start.period } : {}) };
      await this.#upsertRetry(() => this.coll.updateOne({ _id: key }, { $setOnInsert: init }, { upsert: true }));
    }
    if (period !== undefined) {
      // Exactly one of several concurrent adds for a new period matches this filter and resets.
      const reset = await this.coll.findOneAndUpdate(
        { _id: key, $or: [{ period: { $exists: false } }, { period: { $lt: period } }] },
        { $set: { total: amount, period } },
        { returnDocument: 'after' },
      );
      if (reset) return toValue(reset);
    }
    const doc = await this.#upsertRetry(() =>
      this.coll.findOneAndUpdate(
        { _id: key },
        { $inc: { total: amount }, ...(expiresAt ? { $setOnInsert: { expiresAt } } : {}) },
        { upsert: true, returnDocument: 'after' },
      ),
    );
    if (!doc) throw new Error(`counter ${key} vanished during an upsert`);
    return toValue(doc);
  }

  async get(key: string): Promise<CounterValue | undefined> {
    const doc = await this.coll.findOne({ _id: key });
    return doc ? toValue(doc) : undefined;
  }
}

function toValue(doc: { total: number; period?: number }): CounterValue {
  return doc.period === undefined ? { total: doc.total } : { total: doc.total, period: doc.period };
}

interface ChainHead {
  n: number;
  value: CounterValue | undefined;
  expiresAt?: Date;
}

/**
 * FerretDB v1: the counter is a chain of links each holding the running total (chain.ts), so
 * concurrent adds from any number of processes sum exactly. Links of a window expire together.
 */
export class ChainCounters implements Counters {
  readonly #cache = new Map<string, ChainHead>();
  readonly #mutex = new KeyedMutex();

  constructor(private readonly coll: Collection<CounterLinkDoc>) {}

  async #head(key: string): Promise<ChainHead> {
    const cached = this.#cache.get(key);
    const from = cached?.n ?? 0;
    const found = await probeChain(from, (n) => this.coll.findOne({ _id: linkId(key, n) }));
    const head: ChainHead = found.link ? { n: found.n, value: toValue(found.link) } : { n: from, value: cached?.value };
    const now = this.#cache.get(key);
    if (!now || head.n > now.n) this.#cache.set(key, head);
    return head;
  }

  async add(key: string, amount: number, options: AddOptions = {}): Promise<CounterValue> {
    return this.#mutex.run(key, async () => {
      let head = this.#cache.get(key) ?? (await this.#head(key));
      for (let attempt = 0; ; attempt++) {
        await backoff(attempt, `counter ${key}`);
        const value = advance(head.value ?? options.base ?? { total: 0 }, amount, options.period);
        const n = head.n + 1;
        const link: CounterLinkDoc = {
          _id: linkId(key, n), k: key, n, total: value.total, w: nonce(),
          ...(value.period !== undefined ? { period: value.period } : {}),
          ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}),
        };
        try {
          await this.coll.insertOne(link);
        } catch (err) {
          if (!isDuplicateKey(err)) throw err;
          const existing = await this.coll.findOne({ _id: link._id });
          if (existing?.w !== link.w) {
            head = await this.#head(key);
            continue;
          }
        }
        this.#cache.set(key, { n, value, ...(options.expiresAt ? { expiresAt: options.expiresAt } : {}) });
        return value;
      }
    });
  }

  async get(key: string): Promise<CounterValue | undefined> {
    return (await this.#head(key)).value;
  }

  /** Drops links and cached heads of expired windows (FerretDB has no TTL indexes). */
  async sweep(now: Date): Promise<void> {
    for (const [key, head] of this.#cache) if (head.expiresAt && head.expiresAt < now) this.#cache.delete(key);
    await this.coll.deleteMany({ expiresAt: { $lt: now } });
  }
}
