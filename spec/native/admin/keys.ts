/** API keys: the secret is shown once at creation (and rotation); afterwards only its prefix. */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { EntityId, Micro, ModelId, operation, SafeInt, Timestamp } from './shared.js';

export const SpendPeriod = z.enum(['day', 'month', 'total']);

export const RateLimits = z.object({
  requests_per_minute: SafeInt.min(1).nullable().optional(),
  tokens_per_minute: SafeInt.min(1).nullable().optional(),
}).openapi('RateLimits');

export const ApiKey = z.object({
  object: z.literal('api_key'),
  id: z.string(),
  prefix: z.string().openapi({ description: 'The first characters of the secret, for recognising it (`sk-air-AbC1`).' }),
  account_id: z.string(),
  name: z.string(),
  status: z.enum(['active', 'revoked']),
  expires_at: Timestamp.nullable(),
  allowed_models: z.array(z.string()).nullable().openapi({ description: 'null: every model.' }),
  spend_limit: Micro.nullable(),
  spend_period: SpendPeriod.nullable(),
  spent: z.number().int().openapi({ description: 'Micro-credits spent in the current period.' }),
  rate_limits: z.object({ requests_per_minute: z.number().int().nullable(), tokens_per_minute: z.number().int().nullable() }),
  replaced_by: z.string().nullable().openapi({ description: 'After a rotation: the new key. This one works until `expires_at`.' }),
  created_at: Timestamp,
  updated_at: Timestamp,
}).openapi('ApiKey');

export const ApiKeyWithSecret = ApiKey.extend({
  secret: z.string().openapi({ description: 'The plaintext key. Shown only in this response: store it now.' }),
}).openapi('ApiKeyWithSecret');

export const CreateKeyRequest = z.object({
  id: EntityId.optional().openapi({ description: 'Chosen by the caller (a repeated id answers 409, which makes retries safe); generated when absent.' }),
  account_id: EntityId,
  name: z.string().min(1).max(200),
  expires_at: Timestamp.optional(),
  allowed_models: z.array(ModelId).min(1).optional(),
  spend_limit: Micro.optional(),
  spend_period: SpendPeriod.optional().openapi({ description: 'Period of `spend_limit` (default total).' }),
  rate_limits: RateLimits.optional(),
}).openapi('CreateKeyRequest');

export const UpdateKeyRequest = z.object({
  name: z.string().min(1).max(200).optional(),
  expires_at: Timestamp.nullable().optional().openapi({ description: 'null: never expires.' }),
  allowed_models: z.array(ModelId).min(1).nullable().optional().openapi({ description: 'null: every model.' }),
  spend_limit: Micro.nullable().optional().openapi({ description: 'null: unlimited.' }),
  spend_period: SpendPeriod.nullable().optional(),
  rate_limits: RateLimits.nullable().optional().openapi({ description: 'Each limit given replaces the current one; null clears it (null for the object clears both).' }),
}).openapi('UpdateKeyRequest');

export const RotateKeyRequest = z.object({
  grace_period_seconds: z.number().int().min(0).max(30 * 86_400).optional()
    .openapi({ description: 'How long the old secret keeps working (default 86400, one day; 0 stops it at once).' }),
}).openapi('RotateKeyRequest');

export const KeyPath = z.object({ key_id: EntityId });
export const KeyListQuery = PageQuery.extend({ account_id: EntityId.optional() });
export const KeyList = pageOf(ApiKey, 'ApiKeyList');

const tags = ['keys'];
const conformanceParams = { key_id: 'key_conformance' };

export function registerKeyPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listKeys', method: 'get', path: '/admin/v1/keys', summary: 'List API keys (prefixes only), oldest first', tags,
    query: KeyListQuery, response: { schema: KeyList, description: 'A page of keys' },
  });
  operation(registry, {
    operationId: 'createKey', method: 'post', path: '/admin/v1/keys', summary: 'Create an API key; the secret is in this response only', tags,
    body: {
      schema: CreateKeyRequest,
      examples: {
        create: {
          value: { id: 'key_conformance', account_id: 'acct_conformance', name: 'conformance', spend_limit: 10_000_000, spend_period: 'month', rate_limits: { requests_per_minute: 600 } },
          status: 201,
        },
        duplicate: { value: { id: 'key_conformance', account_id: 'acct_conformance', name: 'again' }, status: 409 },
        unknownAccount: { value: { account_id: 'acct_missing', name: 'orphan' }, status: 404 },
        badPeriod: { value: { account_id: 'acct_conformance', name: 'x', spend_period: 'week' }, status: 400, issuePath: 'spend_period' },
      },
    },
    response: { status: 201, schema: ApiKeyWithSecret, description: 'The new key with its secret' }, errors: [404, 409],
  });
  operation(registry, {
    operationId: 'getKey', method: 'get', path: '/admin/v1/keys/{key_id}', summary: 'Get a key', tags,
    params: KeyPath, response: { schema: ApiKey, description: 'The key' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'updateKey', method: 'patch', path: '/admin/v1/keys/{key_id}', summary: 'Change a key: name, expiry, models, spend and rate limits', tags,
    params: KeyPath,
    body: {
      schema: UpdateKeyRequest,
      examples: {
        limits: { value: { name: 'conformance (limited)', allowed_models: ['qwen-turbo'], rate_limits: { tokens_per_minute: 100_000 } } },
        clear: { value: { allowed_models: null, expires_at: null } },
        badRpm: { value: { rate_limits: { requests_per_minute: 0 } }, status: 400, issuePath: 'rate_limits.requests_per_minute' },
      },
    },
    response: { schema: ApiKey, description: 'The updated key' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'rotateKey', method: 'post', path: '/admin/v1/keys/{key_id}/rotate', summary: 'New secret for a key; the old one works for a grace period', tags,
    params: KeyPath,
    body: {
      schema: RotateKeyRequest, required: false,
      examples: {
        rotate: { value: { grace_period_seconds: 3600 }, status: 201 },
        tooLong: { value: { grace_period_seconds: 99_999_999 }, status: 400, issuePath: 'grace_period_seconds' },
      },
    },
    response: { status: 201, schema: ApiKeyWithSecret, description: 'The replacement key with its secret' }, errors: [404, 409], conformanceParams,
  });
  operation(registry, {
    operationId: 'revokeKey', method: 'post', path: '/admin/v1/keys/{key_id}/revoke', summary: 'Revoke a key (every gateway process refuses it within seconds)', tags,
    params: KeyPath, response: { schema: ApiKey, description: 'The revoked key' }, errors: [404], conformanceParams,
  });
}
