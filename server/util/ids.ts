import { randomBytes } from 'node:crypto';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** Random bytes drawn from a pool refilled 4 KiB at a time (one system call per many ids). */
const POOL_SIZE = 4096;
let pool = randomBytes(POOL_SIZE);
let at = 0;

function nextByte(): number {
  if (at === POOL_SIZE) {
    pool = randomBytes(POOL_SIZE);
    at = 0;
  }
  return pool[at++]!;
}

/** Random base62 string of `length` characters (rejection sampling keeps it unbiased). */
export function randomBase62(length: number): string {
  let out = '';
  while (out.length < length) {
    const b = nextByte();
    if (b < 248) out += ALPHABET[b % 62];
  }
  return out;
}

/** Prefixed, sortable-enough identifier, e.g. `req_…`, `acct_…`. */
export function newId(prefix: string, length = 24): string {
  return `${prefix}_${randomBase62(length)}`;
}

/** Base62 digits in ASCII order, so that fixed-width numbers compare like their values. */
const SORTED = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const TIME_DIGITS = 8; // 62^8 ms: until the year 8888

/**
 * A prefixed id whose first characters are the time in milliseconds: ids made later sort later.
 * Request ids are keys of the ledger, hold and usage indexes; time-ordered, a new one lands at
 * the right edge of each B-tree (a page the batch already touched) instead of on a random page.
 */
export function timeOrderedId(prefix: string, length = 20, now = Date.now()): string {
  let t = Math.max(0, Math.floor(now));
  let time = '';
  for (let i = 0; i < TIME_DIGITS; i++) {
    time = SORTED[t % 62]! + time;
    t = Math.floor(t / 62);
  }
  return `${prefix}_${time}${randomBase62(Math.max(8, length - TIME_DIGITS))}`;
}
