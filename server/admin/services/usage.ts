import type { z } from 'zod';
import type { UsageQuery, UsageRecordItem, UsageSeries, UsageSeriesQuery, UsageSummary } from '../../../spec/native/admin/usage.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { MAX_SERIES_BUCKETS } from '../../store/usage-series.js';
import type { Store } from '../../store/store.js';
import type { UsageQuery as StoreUsageQuery, UsageRecord } from '../../store/types.js';
import { iso, listPage, parseTime, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type UsageSummaryWire = z.infer<typeof UsageSummary>;
export type UsageRecordWire = z.infer<typeof UsageRecordItem>;
export type UsageSeriesWire = z.infer<typeof UsageSeries>;

const BUCKETS = { '1m': 60, '5m': 300, '15m': 900, '1h': 3600, '6h': 21_600, '1d': 86_400 } as const;
type PageInput = { cursor?: string | undefined; limit?: number | undefined };

export function storeQuery(q: z.infer<typeof UsageQuery>): StoreUsageQuery {
  const out: StoreUsageQuery = {};
  if (q.account_id !== undefined) out.accountId = q.account_id;
  if (q.key_id !== undefined) out.keyId = q.key_id;
  if (q.model !== undefined) out.model = q.model;
  if (q.since !== undefined) out.from = parseTime(q.since, 'since');
  if (q.until !== undefined) out.to = parseTime(q.until, 'until');
  return out;
}

export function encodeUsageRecord(u: UsageRecord): UsageRecordWire {
  return {
    object: 'usage_record', request_id: u.requestId, account_id: u.accountId, key_id: u.keyId, model: u.model, channel_id: u.channelId ?? null,
    protocol: u.protocol, endpoint: u.endpoint, status: u.status, http_status: u.httpStatus,
    usage: {
      uncached_input: u.uncachedInput ?? null, cache_read: u.cacheRead ?? null, cache_write: u.cacheWrite ?? null, output: u.output ?? null,
      reasoning: u.reasoning ?? null, images: u.images ?? null, seconds: u.seconds ?? null,
    },
    source: u.source, cost: u.cost, latency_ms: u.latencyMs, error_code: u.errorCode ?? null, created_at: iso(u.createdAt),
  };
}

/**
 * A usage series for `base` (account/key/model filters and the time range), shared by the admin
 * API and the key holder's own view (handlers/account).
 */
export async function usageSeries(
  store: Pick<Store, 'usageSeries'>, base: StoreUsageQuery,
  opts: { bucket?: keyof typeof BUCKETS | undefined; group_by?: UsageSeriesWire['group_by'] | undefined }, now: number,
): Promise<UsageSeriesWire> {
  const bucketSeconds = BUCKETS[opts.bucket ?? '1h'];
  const bucketMs = bucketSeconds * 1000;
  const to = base.to ?? now;
  const from = Math.floor((base.from ?? to - 24 * 3600 * 1000) / bucketMs) * bucketMs;
  if (from >= to) throw new GatewayError('invalid_request', 'since must be before until.', { param: 'since' });
  if ((to - from) / bucketMs > MAX_SERIES_BUCKETS) {
    throw new GatewayError('invalid_request', `The range holds more than ${MAX_SERIES_BUCKETS} buckets of ${opts.bucket ?? '1h'}: pick a wider bucket or a shorter range.`, { param: 'bucket' });
  }
  const groupBy = opts.group_by ?? 'none';
  const rows = await store.usageSeries({ ...base, from, to, bucketMs, groupBy });
  return {
    object: 'usage_series', since: iso(from), until: iso(to), bucket_seconds: bucketSeconds, group_by: groupBy,
    rows: rows.map((r) => ({
      bucket: iso(r.bucket), group: r.group, requests: r.requests, errors: r.errors, input_tokens: r.inputTokens, output_tokens: r.outputTokens,
      cost: r.cost, latency_p50_ms: r.latencyP50Ms, latency_p99_ms: r.latencyP99Ms,
    })),
  };
}

/** Usage: by day and model with totals, and the records behind it. */
export class UsageService {
  constructor(private readonly deps: AdminDeps) {}

  async summary(query: z.infer<typeof UsageQuery>): Promise<UsageSummaryWire> {
    const rows = await this.deps.store.summarizeUsage(storeQuery(query));
    const totals = { requests: 0, input_tokens: 0, output_tokens: 0, cost: 0 };
    const out = rows.map((r) => {
      totals.requests += r.requests;
      totals.input_tokens += r.inputTokens;
      totals.output_tokens += r.outputTokens;
      totals.cost += r.cost;
      return { day: r.day, model: r.model, requests: r.requests, input_tokens: r.inputTokens, output_tokens: r.outputTokens, cost: r.cost };
    });
    return { object: 'usage_summary', rows: out, totals };
  }

  /** Usage over time for the console's charts, computed by the store; bounded to MAX_SERIES_BUCKETS buckets. */
  async series(query: z.infer<typeof UsageSeriesQuery>): Promise<UsageSeriesWire> {
    return usageSeries(this.deps.store, storeQuery(query), query, this.deps.now());
  }

  async records(query: z.infer<typeof UsageQuery> & PageInput): Promise<ListPage<UsageRecordWire>> {
    const r = await this.deps.store.queryUsage(storeQuery(query), { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}) });
    return listPage(r.items.map(encodeUsageRecord), r.nextCursor);
  }
}
