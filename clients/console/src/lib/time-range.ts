import type { SeriesQuery } from '../api/admin.js';

export type Bucket = NonNullable<SeriesQuery['bucket']>;

/** The overview's ranges, each with a bucket that keeps the chart readable (≤ 360 points). */
export const RANGES = [
  { id: '1h', label: 'Last hour', seconds: 3_600, bucket: '1m' },
  { id: '6h', label: 'Last 6 hours', seconds: 6 * 3_600, bucket: '5m' },
  { id: '24h', label: 'Last 24 hours', seconds: 86_400, bucket: '15m' },
  { id: '7d', label: 'Last 7 days', seconds: 7 * 86_400, bucket: '1h' },
  { id: '30d', label: 'Last 30 days', seconds: 30 * 86_400, bucket: '6h' },
] as const satisfies ReadonlyArray<{ id: string; label: string; seconds: number; bucket: Bucket }>;

export type RangeId = (typeof RANGES)[number]['id'];

export function rangeQuery(id: RangeId, now = Date.now()): { since: string; until: string; bucket: Bucket } {
  const r = RANGES.find((x) => x.id === id) ?? RANGES[2];
  return { since: new Date(now - r.seconds * 1000).toISOString(), until: new Date(now).toISOString(), bucket: r.bucket };
}
