/**
 * The key holder's own view (#18): the account behind the caller's API key — balance, the key's
 * limits, spend and requests over time, recent usage — and never another account's. Authored in
 * zod; `npm run generate` emits generated/account/ and its client.
 */
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { ApiKey } from './admin/keys.js';
import { Micro, Timestamp } from './admin/shared.js';
import { SeriesBucket, Since, UsageRecordItem, UsageSeries } from './admin/usage.js';
import { emitDocument, errorResponses, pageOf, PageQuery, z } from './common.js';


export const AccountView = z.object({
  object: z.literal('account'),
  id: z.string(),
  name: z.string(),
  balance: Micro.openapi({ description: 'Micro-credits (1 credit = 1,000,000), outstanding holds deducted.' }),
  credit_limit: Micro.openapi({ description: 'How far below zero the balance may go.' }),
  held: Micro.openapi({ description: 'Held for requests in flight.' }),
  key: ApiKey.openapi({ description: 'The key this request was made with.' }),
}).openapi('AccountView');

export const AccountSeriesQuery = z.object({
  since: Since.optional(),
  until: Since.optional(),
  bucket: SeriesBucket.optional(),
  group_by: z.enum(['none', 'model', 'key']).optional(),
});

export const AccountUsageQuery = PageQuery.extend({ since: Since.optional(), until: Since.optional() });
export const AccountUsageList = pageOf(UsageRecordItem, 'AccountUsageList');

export function buildOpenApiDocument(): unknown {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http', scheme: 'bearer', description: 'A NexusFlow API key: `Authorization: Bearer <key>`. Everything here is about that key\'s own account.',
  });
  const json = (schema: z.ZodType, description: string) => ({ description, content: { 'application/json': { schema } } });
  registry.registerPath({
    operationId: 'getAccount', method: 'get', path: '/v1/account', tags: ['account'],
    summary: 'The caller\'s account: balance, credit limit, holds, and the key\'s limits',
    responses: { '200': json(AccountView, 'The account'), ...errorResponses(registry, [401, 429]) },
  });
  registry.registerPath({
    operationId: 'getAccountUsageSeries', method: 'get', path: '/v1/account/usage/series', tags: ['account'],
    summary: 'The account\'s requests, errors, tokens, spend and latency over time',
    request: { query: AccountSeriesQuery },
    responses: { '200': json(UsageSeries, 'The series'), ...errorResponses(registry, [400, 401, 429]) },
  });
  registry.registerPath({
    operationId: 'listAccountUsage', method: 'get', path: '/v1/account/usage', tags: ['account'],
    summary: 'The account\'s usage records, newest last',
    request: { query: AccountUsageQuery },
    responses: { '200': json(AccountUsageList, 'A page of usage records'), ...errorResponses(registry, [400, 401, 429]) },
  });
  return emitDocument(registry, {
    title: 'NexusFlow account (key holder)',
    version: '1.0.0',
    description: 'What an API key may see of its own account: balance, limits, usage over time and usage records. Never another account\'s.',
  });
}
