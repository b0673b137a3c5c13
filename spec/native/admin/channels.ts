/**
 * Channels: upstream endpoints. The credential is write-only: stored encrypted (AES-256-GCM with
 * NEXUSFLOW_SECRET_KEY) and never returned; a channel may instead name an environment variable.
 * The request shape is the catalog file's channel entry plus `credential`.
 */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { EntityId, operation, SafeInt, Timestamp } from './shared.js';

export const ProviderType = z.enum(['simulator', 'openai-compatible', 'openai-responses', 'anthropic', 'gemini', 'dashscope']);
const EnvName = z.string().regex(/^[A-Z_][A-Z0-9_]*$/);
const Options = z.record(z.string(), z.unknown());
const CircuitState = z.enum(['closed', 'open', 'half_open']);

export const Channel = z.object({
  object: z.literal('channel'),
  id: z.string(),
  name: z.string(),
  provider: ProviderType,
  base_url: z.string().nullable(),
  weight: z.number(),
  priority: z.number().int(),
  status: z.enum(['enabled', 'disabled']),
  credential: z.object({
    source: z.enum(['stored', 'env', 'none']).openapi({ description: 'Where the credential comes from; its value is never returned.' }),
    env: z.string().nullable().openapi({ description: 'The environment variable named, for `env`.' }),
  }),
  health: z.enum(['ok', 'disabled', 'missing_credential']).openapi({
    description: '`missing_credential`: the provider needs a credential and none can be read (unset variable, or a stored one this process cannot decrypt).',
  }),
  circuit: z.object({
    state: CircuitState.openapi({ description: 'The worst state among the channel\'s routes.' }),
    routes: z.array(z.object({
      upstream_model: z.string(),
      state: CircuitState,
      consecutive_failures: z.number().int(),
      open_until: Timestamp.nullable().openapi({ description: 'When an open circuit lets a trial request through.' }),
      retry_after_until: Timestamp.nullable().openapi({ description: 'The upstream asked for no requests before this time (`retry-after`).' }),
    })).openapi({ description: 'Routes that failed since they were last healthy; a healthy channel has none.' }),
  }).openapi({ description: 'Circuit breakers as the answering gateway process sees them (each process keeps its own).' }),
  quirks: Options.nullable(),
  options: Options.nullable(),
  created_at: Timestamp,
  updated_at: Timestamp,
}).openapi('Channel');

export const ChannelTestRequest = z.object({
  model: z.string().min(1).max(128).optional().openapi({ description: 'A model routed to this channel (default: the first one).' }),
}).openapi('ChannelTestRequest');

export const ChannelTestResult = z.object({
  object: z.literal('channel_test'),
  channel_id: z.string(),
  model: z.string().nullable().openapi({ description: 'The model tested (null: none is routed to the channel).' }),
  upstream_model: z.string().nullable(),
  ok: z.boolean(),
  latency_ms: z.number(),
  output: z.string().nullable().openapi({ description: 'The start of the answer, when there was one.' }),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
}).openapi('ChannelTestResult');

export const CreateChannelRequest = z.object({
  id: EntityId,
  name: z.string().min(1).max(200).optional(),
  provider: ProviderType,
  base_url: z.url().optional(),
  credential: z.string().min(1).max(4096).optional().openapi({ description: 'Write-only: stored encrypted, never returned or logged.' }),
  credential_env: EnvName.optional().openapi({ description: 'Name of the environment variable holding the credential (instead of `credential`).' }),
  weight: z.number().min(0).optional(),
  priority: SafeInt.optional(),
  status: z.enum(['enabled', 'disabled']).optional(),
  quirks: Options.optional(),
  options: Options.optional(),
}).openapi('CreateChannelRequest');

export const UpdateChannelRequest = z.object({
  name: z.string().min(1).max(200).optional(),
  base_url: z.url().nullable().optional(),
  credential: z.string().min(1).max(4096).nullable().optional().openapi({ description: 'Write-only. null removes the stored credential.' }),
  credential_env: EnvName.nullable().optional(),
  weight: z.number().min(0).optional(),
  priority: SafeInt.optional(),
  status: z.enum(['enabled', 'disabled']).optional(),
  quirks: Options.nullable().optional(),
  options: Options.nullable().optional(),
}).openapi('UpdateChannelRequest');

export const ChannelPath = z.object({ channel_id: EntityId });
export const ChannelList = pageOf(Channel, 'ChannelList');

const tags = ['channels'];
const conformanceParams = { channel_id: 'conformance-sim' };

export function registerChannelPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listChannels', method: 'get', path: '/admin/v1/channels', summary: 'List channels by id', tags,
    query: PageQuery, response: { schema: ChannelList, description: 'A page of channels' },
  });
  operation(registry, {
    operationId: 'createChannel', method: 'post', path: '/admin/v1/channels', summary: 'Create a channel', tags,
    body: {
      schema: CreateChannelRequest,
      examples: {
        simulator: { value: { id: 'conformance-sim', provider: 'simulator', options: { chunkSize: 4 } }, status: 201 },
        upstream: {
          summary: 'with a credential (write-only)',
          value: { id: 'conformance-upstream', name: 'Upstream', provider: 'openai-compatible', base_url: 'http://127.0.0.1:9/v1', credential: 'sk-upstream-conformance', weight: 2, priority: 1 },
          status: 201,
        },
        duplicate: { value: { id: 'conformance-sim', provider: 'simulator' }, status: 409 },
        badProvider: { value: { id: 'x', provider: 'carrier-pigeon' }, status: 400, issuePath: 'provider' },
      },
    },
    response: { status: 201, schema: Channel, description: 'The new channel' }, errors: [409],
  });
  operation(registry, {
    operationId: 'getChannel', method: 'get', path: '/admin/v1/channels/{channel_id}', summary: 'Get a channel', tags,
    params: ChannelPath, response: { schema: Channel, description: 'The channel' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'updateChannel', method: 'patch', path: '/admin/v1/channels/{channel_id}', summary: 'Change a channel', tags,
    params: ChannelPath,
    body: {
      schema: UpdateChannelRequest,
      examples: {
        weight: { value: { weight: 3, status: 'enabled' } },
        badWeight: { value: { weight: -1 }, status: 400, issuePath: 'weight' },
      },
    },
    response: { schema: Channel, description: 'The updated channel' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'disableChannel', method: 'post', path: '/admin/v1/channels/{channel_id}/disable', summary: 'Stop routing to a channel', tags,
    params: ChannelPath, response: { schema: Channel, description: 'The disabled channel' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'testChannel', method: 'post', path: '/admin/v1/channels/{channel_id}/test',
    summary: 'Send one short chat request through this channel (not billed, not counted by its circuit); a failed test is a 200 with ok: false', tags,
    params: ChannelPath,
    body: { schema: ChannelTestRequest, required: false, examples: { first: { value: {} } } },
    response: { schema: ChannelTestResult, description: 'What the upstream answered' }, errors: [404], conformanceParams,
  });
}
