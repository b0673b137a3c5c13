import { describe, expect, it } from 'vitest';
import { newRequestId } from '../../server/http/register-routes.js';
import { timeOrderedId } from '../../server/util/ids.js';

/** #14/#16: request ids (keys of the ledger, hold and usage indexes) sort by creation time. */
describe('request ids', () => {
  it('keep their shape: req_ and 20 base62 characters', () => {
    for (let i = 0; i < 100; i++) expect(newRequestId()).toMatch(/^req_[0-9A-Za-z]{20}$/);
  });

  it('sort (as bytes, as SQLite and MongoDB compare them) in the order of their times', () => {
    const times = [0, 1, 61, 62, 3_843, 1_700_000_000_000, 1_796_373_987_713, 1_796_373_987_714, 62 ** 8 - 1];
    const ids = times.map((t) => timeOrderedId('req', 20, t));
    expect([...ids].sort()).toEqual(ids);
    expect(ids[0]!.slice(4, 12)).toBe('00000000');
    // Made one after another, they are in order too (up to ids made in the same millisecond).
    const seq = Array.from({ length: 50 }, (_, i) => timeOrderedId('req', 20, 1_796_373_987_000 + i));
    expect([...seq].sort()).toEqual(seq);
  });

  it('stay unique: 12 random characters after the time', () => {
    const same = new Set(Array.from({ length: 10_000 }, () => timeOrderedId('req', 20, 1_796_373_987_000)));
    expect(same.size).toBe(10_000);
  });
});
