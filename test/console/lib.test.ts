import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../clients/console/src/lib/csv.js';
import { credits, parseCredits } from '../../clients/console/src/lib/format.js';
import { bucketStarts, byGroup, pivot, totals, type SeriesRow } from '../../clients/console/src/lib/series.js';
import { rangeQuery, RANGES } from '../../clients/console/src/lib/time-range.js';
import { modelList, optionalInt } from '../../clients/console/src/pages/keys.js';
import { recordQuery } from '../../clients/console/src/pages/usage.js';

const row = (bucket: string, group: string, requests: number, extra: Partial<SeriesRow> = {}): SeriesRow => ({
  bucket, group, requests, errors: 0, input_tokens: 10 * requests, output_tokens: 5 * requests, cost: 100 * requests, latency_p50_ms: 20, latency_p99_ms: 80, ...extra,
});

describe('console: series for the charts', () => {
  const x = bucketStarts('2026-12-04T00:00:00Z', '2026-12-04T00:05:00Z', 60);

  it('lists every bucket of the range, so quiet minutes are zero, not skipped', () => {
    expect(x.map((t) => new Date(t * 1000).toISOString().slice(11, 16))).toEqual(['00:00', '00:01', '00:02', '00:03', '00:04']);
  });

  it('pivots rows into one aligned column per group, counts zero-filled and latencies left as gaps', () => {
    const rows = [row('2026-12-04T00:01:00.000Z', 'a', 2), row('2026-12-04T00:03:00.000Z', 'a', 1), row('2026-12-04T00:03:00.000Z', 'b', 4, { latency_p99_ms: 300 })];
    const requests = pivot(rows, 'requests', x);
    expect(requests.series).toEqual([{ label: 'b', values: [0, 0, 0, 4, 0] }, { label: 'a', values: [0, 2, 0, 1, 0] }]);
    expect(pivot(rows, 'latency_p99_ms', x).series[0]).toEqual({ label: 'b', values: [null, null, null, 300, null] });
    // Rows outside the range are not drawn.
    expect(pivot([row('2026-12-05T00:00:00.000Z', 'a', 9)], 'requests', x).series[0]!.values).toEqual([0, 0, 0, 0, 0]);
  });

  it('folds the smallest groups into "(other)" past the limit, and names the ungrouped series', () => {
    const rows = Array.from({ length: 5 }, (_, i) => row('2026-12-04T00:00:00.000Z', `g${i}`, i + 1));
    const p = pivot(rows, 'requests', x, 3);
    expect(p.series.map((s) => s.label)).toEqual(['g4', 'g3', 'g2', '(other)']);
    expect(p.series[3]!.values[0]).toBe(1 + 2);
    expect(pivot([row('2026-12-04T00:00:00.000Z', '', 1)], 'requests', x).series[0]!.label).toBe('all');
  });

  it('totals weight p50 by requests and take the worst p99', () => {
    const t = totals([row('b1', 'a', 1, { latency_p50_ms: 10, latency_p99_ms: 50 }), row('b2', 'a', 3, { latency_p50_ms: 30, latency_p99_ms: 90, errors: 2 })]);
    expect(t).toEqual({ requests: 4, errors: 2, input_tokens: 40, output_tokens: 20, cost: 400, latency_p50_ms: 25, latency_p99_ms: 90 });
    expect(totals([]).latency_p50_ms).toBe(0);
    expect(byGroup([row('b', 'x', 1), row('b', 'y', 5), row('c', 'x', 1)]).map((g) => [g.group, g.requests])).toEqual([['y', 5], ['x', 2]]);
  });

  it('picks a bucket per range that the admin API accepts (at most 1,500 buckets)', () => {
    const widths: Record<string, number> = { '1m': 60, '5m': 300, '15m': 900, '1h': 3600, '6h': 21600, '1d': 86400 };
    for (const r of RANGES) {
      const q = rangeQuery(r.id, Date.parse('2026-12-04T12:00:00Z'));
      expect((Date.parse(q.until) - Date.parse(q.since)) / 1000 / widths[q.bucket]!).toBeLessThanOrEqual(1500);
    }
  });
});

describe('console: forms and formats', () => {
  it('reads credits as exact micro-credits and refuses what is not an amount', () => {
    expect(parseCredits('2.5')).toBe(2_500_000);
    expect(parseCredits('1,000')).toBe(1_000_000_000);
    expect(parseCredits('0.000001')).toBe(1);
    for (const bad of ['', '0', '-1', '1.0000001', 'abc', '1e3', '9'.repeat(20)]) expect(parseCredits(bad), bad).toBeUndefined();
    expect(credits(2_500_000)).toBe('2.50');
    expect(credits(6)).toBe('0.000006');
    expect(credits(null)).toBe('—');
  });

  it('parses model lists and limits', () => {
    expect(modelList(' qwen-turbo, qwen3-max qwen-turbo ')).toEqual(['qwen-turbo', 'qwen3-max']);
    expect(modelList('  ')).toBeUndefined();
    expect(optionalInt('')).toBeUndefined();
    expect(optionalInt('120')).toBe(120);
    expect(optionalInt('0')).toBeNaN();
    expect(optionalInt('1.5')).toBeNaN();
  });

  it('builds the usage query from the filters, leaving empty ones out', () => {
    expect(recordQuery({ account_id: ' acct_1 ', key_id: '', model: 'qwen-turbo', since: '2026-12-01', until: '' })).toEqual({ account_id: 'acct_1', model: 'qwen-turbo', since: '2026-12-01' });
  });

  it('writes RFC 4180 CSV that a spreadsheet will not run as a formula', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"\n')).toBe('"say ""hi""\n"');
    expect(csvField('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvField('-12.5')).toBe('-12.5');
    expect(csvField(null)).toBe('');
    expect(toCsv([{ a: 1, b: 'x,y' }], [{ header: 'a', value: (r) => r.a }, { header: 'b', value: (r) => r.b }])).toBe('a,b\r\n1,"x,y"\r\n');
  });
});
