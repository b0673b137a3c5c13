import type { UsageRecord } from './types.js';

export type SeriesGroup = 'model' | 'channel' | 'key' | 'account' | 'none';

export interface UsageSeriesQuery {
  accountId?: string;
  keyId?: string;
  model?: string;
  /** Inclusive start, epoch ms (aligned down to the bucket). */
  from: number;
  /** Exclusive end, epoch ms. */
  to: number;
  bucketMs: number;
  groupBy: SeriesGroup;
}

export interface UsageSeriesRow {
  /** Bucket start, epoch ms. */
  bucket: number;
  /** The model, channel, key or account id; '' when not grouped (or no channel was reached). */
  group: string;
  requests: number;
  /** Requests answered with an HTTP error (status 4xx/5xx, client disconnects included). */
  errors: number;
  inputTokens: number;
  outputTokens: number;
  cost: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
}

/** At most this many buckets per query (e.g. 30 days of hours is 720). */
export const MAX_SERIES_BUCKETS = 1500;

export type SeriesInput = Pick<UsageRecord, 'createdAt' | 'model' | 'channelId' | 'keyId' | 'accountId' | 'httpStatus' | 'uncachedInput' | 'cacheRead' | 'cacheWrite' | 'output' | 'reasoning' | 'cost' | 'latencyMs'>;

/** Exact percentile (nearest rank) of sorted values. */
function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
}

/**
 * Usage in time buckets, optionally by model/channel/key/account, with exact latency
 * percentiles: the store scans the matching records (time range first) and this folds them.
 * Shared by both stores, like UsageSummarizer (FerretDB v1 lacks the operators a $group by
 * time bucket and a percentile need).
 */
export class UsageSeriesBuilder {
  readonly #rows = new Map<string, { row: UsageSeriesRow; latencies: number[] }>();

  constructor(private readonly q: Pick<UsageSeriesQuery, 'from' | 'bucketMs' | 'groupBy'>) {}

  add(r: SeriesInput): void {
    const { bucketMs, groupBy } = this.q;
    const bucket = Math.floor(r.createdAt / bucketMs) * bucketMs;
    const group = groupBy === 'model' ? r.model : groupBy === 'channel' ? (r.channelId ?? '') : groupBy === 'key' ? r.keyId : groupBy === 'account' ? r.accountId : '';
    const k = `${bucket}\u0000${group}`;
    let e = this.#rows.get(k);
    if (!e) {
      e = { row: { bucket, group, requests: 0, errors: 0, inputTokens: 0, outputTokens: 0, cost: 0, latencyP50Ms: 0, latencyP99Ms: 0 }, latencies: [] };
      this.#rows.set(k, e);
    }
    const row = e.row;
    row.requests++;
    if (r.httpStatus >= 400) row.errors++;
    row.inputTokens += (r.uncachedInput ?? 0) + (r.cacheRead ?? 0) + (r.cacheWrite ?? 0);
    row.outputTokens += (r.output ?? 0) + (r.reasoning ?? 0);
    row.cost += r.cost;
    e.latencies.push(r.latencyMs);
  }

  rows(): UsageSeriesRow[] {
    const out: UsageSeriesRow[] = [];
    for (const { row, latencies } of this.#rows.values()) {
      latencies.sort((a, b) => a - b);
      out.push({ ...row, latencyP50Ms: percentile(latencies, 0.5), latencyP99Ms: percentile(latencies, 0.99) });
    }
    return out.sort((a, b) => a.bucket - b.bucket || (a.group < b.group ? -1 : a.group > b.group ? 1 : 0));
  }
}
