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
