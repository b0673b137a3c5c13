import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { StoreUnavailableError } from '../store.js';

/**
 * Hash-chain style optimistic concurrency on a unique `_id`.
 *
 * A value that many processes change (a balance, a counter, a task) is kept as a dense chain of
 * immutable links `<key>|1`, `<key>|2`, ...: a writer that has seen link n appends link n + 1 with
 * insertOne. The unique `_id` lets exactly one writer win each position; the losers re-read and
 * retry. Insert-with-unique-key is atomic on MongoDB and on FerretDB v1 alike, whereas FerretDB v1
 * runs findAndModify/update as read, modify in Go, write back by _id, with nothing stopping two
 * connections from doing that interleaved (200 concurrent `$inc` on one document in our probe
 * ended at 6). Link `_id` lookups are also the only reads FerretDB's SQLite backend pushes down
 * to an index.
 */
export const linkId = (key: string, n: number): string => `${key}|${n}`;

export const nonce = (): string => randomUUID();

const MAX_ATTEMPTS = 200;

/** Bounded, jittered back-off between attempts that lost a race to another process. */
export async function backoff(attempt: number, what: string): Promise<void> {
  if (attempt >= MAX_ATTEMPTS) throw new StoreUnavailableError(`Too much contention on ${what}; gave up after ${attempt} attempts`);
  if (attempt > 0) await sleep(Math.random() * Math.min(20, 2 ** Math.min(attempt, 5)));
}

/**
 * Finds the last existing link of a dense chain, starting from `from` (known to exist, or 0):
 * exponential probing then binary search, so a far-behind reader needs O(log n) point reads.
 */
export async function probeChain<T>(from: number, fetch: (n: number) => Promise<T | null>, known?: T): Promise<{ n: number; link: T | undefined }> {
  let lo = from;
  let loLink = known;
  let step = 1;
  let hi = lo + step;
  for (;;) {
    const link = await fetch(hi);
    if (!link) break;
    lo = hi;
    loLink = link;
    step *= 2;
    hi = lo + step;
  }
  while (hi - lo > 1) {
    const mid = lo + Math.floor((hi - lo) / 2);
    const link = await fetch(mid);
    if (link) {
      lo = mid;
      loLink = link;
    } else {
      hi = mid;
    }
  }
  return { n: lo, link: loLink };
}
