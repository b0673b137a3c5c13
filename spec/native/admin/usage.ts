/** Usage: per day and model with totals (filtered by account, key, model, time), and the records behind it. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { EntityId, Micro, ModelId, operation, Timestamp } from './shared.js';

/** A day (`2026-01-31`, UTC midnight) or an RFC 3339 time. */
export const Since = z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

export const UsageQuery = z.object({
  account_id: EntityId.optional(),
  key_id: EntityId.optional(),
  model: ModelId.optional(),
  since: Since.optional().openapi({ description: 'Inclusive start: a UTC day or a time.' }),
  until: Since.optional().openapi({ description: 'Exclusive end: a UTC day or a time.' }),
});

const Counts = {
  requests: z.number().int(),
  input_tokens: z.number().int().openapi({ description: 'Uncached input + cache reads + cache writes.' }),
  output_tokens: z.number().int().openapi({ description: 'Output, reasoning included.' }),
  cost: Micro,
};

export const UsageSummary = z.object({
  object: z.literal('usage_summary'),
  rows: z.array(z.object({ day: z.iso.date(), model: z.string(), ...Counts })),
  totals: z.object(Counts),
}).openapi('UsageSummary');

const Tokens = z.number().nullable();
export const UsageRecordItem = z.object({
  object: z.literal('usage_record'),
  request_id: z.string(),
  account_id: z.string(),
  key_id: z.string(),
  model: z.string(),
  channel_id: z.string().nullable(),
  protocol: z.string(),
  endpoint: z.string(),
  status: z.enum(['succeeded', 'failed', 'partial']),
  http_status: z.number().int(),
  usage: z.object({
    uncached_input: Tokens, cache_read: Tokens, cache_write: Tokens, output: Tokens, reasoning: Tokens, images: Tokens, seconds: Tokens,
  }).openapi({ description: 'null: the count is unknown (not zero).' }),
  source: z.enum(['upstream', 'estimated']),
  cost: Micro,
  latency_ms: z.number(),
  error_code: z.string().nullable(),
  created_at: Timestamp,
}).openapi('UsageRecord');

export const UsageRecordQuery = PageQuery.extend(UsageQuery.shape);

export const SeriesBucket = z.enum(['1m', '5m', '15m', '1h', '6h', '1d']);

export const UsageSeriesQuery = UsageQuery.extend({
  bucket: SeriesBucket.optional().openapi({ description: 'Bucket width (default 1h).' }),
  group_by: z.enum(['none', 'model', 'channel', 'key', 'account']).optional().openapi({ description: 'One row per bucket and group (default none: one row per bucket).' }),
}).openapi({ description: 'since defaults to 24 h before until (default now); at most 1,500 buckets.' });

export const UsageSeries = z.object({
  object: z.literal('usage_series'),
  since: Timestamp,
  until: Timestamp,
  bucket_seconds: z.number().int(),
  group_by: z.enum(['none', 'model', 'channel', 'key', 'account']),
  rows: z.array(z.object({
    bucket: Timestamp.openapi({ description: 'Start of the bucket.' }),
    group: z.string().openapi({ description: 'Model, channel, key or account id ("" when not grouped, or no channel was reached).' }),
    ...Counts,
    errors: z.number().int().openapi({ description: 'Requests answered with an HTTP error (client disconnects included).' }),
    latency_p50_ms: z.number(),
    latency_p99_ms: z.number(),
  })).openapi({ description: 'Buckets without requests are left out.' }),
}).openapi('UsageSeries');
export const UsageRecordList = pageOf(UsageRecordItem, 'UsageRecordList');

const tags = ['usage'];

export function registerUsagePaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'getUsageSummary', method: 'get', path: '/admin/v1/usage', summary: 'Usage by day and model, with totals', tags,
    query: UsageQuery, response: { schema: UsageSummary, description: 'The summary' },
  });
  operation(registry, {
    operationId: 'listUsageRecords', method: 'get', path: '/admin/v1/usage/records', summary: 'One record per request, oldest first', tags,
    query: UsageRecordQuery, response: { schema: UsageRecordList, description: 'A page of usage records' },
  });
  operation(registry, {
    operationId: 'getUsageSeries', method: 'get', path: '/admin/v1/usage/series', summary: 'Usage over time: requests, errors, tokens, spend and latency p50/p99 per bucket, by model, channel, key or account', tags,
    query: UsageSeriesQuery, response: { schema: UsageSeries, description: 'The series' },
  });
}
