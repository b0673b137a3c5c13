/**
 * Models: what callers ask for, bound to channels. The request shape is the catalog file's
 * model entry, so `nexusflow models apply -f catalog.yaml` sends file entries as they are.
 */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { EntityId, Micro, ModelId, operation, SafeInt, Timestamp } from './shared.js';

export const SupportedProtocol = z.enum([
  'openai:chat-completions', 'openai:responses', 'openai:embeddings', 'openai:image-generations', 'anthropic:messages', 'gemini:generate-content', 'gemini:embed-content', 'nexusflow:tasks',
]);
export const ModelKind = z.enum(['chat', 'embedding', 'image', 'video']);

export const Capabilities = z.object({
  tools: z.boolean().optional(),
  vision: z.boolean().optional(),
  thinking: z.boolean().optional(),
  json_output: z.boolean().optional(),
}).openapi('Capabilities');

export const Pricing = z.object({
  input_per_million: Micro.optional(),
  cached_input_per_million: Micro.optional(),
  cache_write_per_million: Micro.optional(),
  output_per_million: Micro.optional(),
  reasoning_per_million: Micro.optional(),
  per_image: z.record(z.string(), Micro).optional(),
  per_video_second: Micro.optional(),
  embedding_per_million: Micro.optional(),
}).openapi('Pricing', { description: 'Micro-credits; token prices per million tokens.' });

export const ChannelBinding = z.object({
  channel: EntityId,
  upstream_model: z.string().min(1).max(200).optional().openapi({ description: 'The model id at the upstream, when it differs.' }),
}).openapi('ChannelBinding');

export const AdminModel = z.object({
  object: z.literal('model'),
  id: z.string(),
  display_name: z.string(),
  kind: ModelKind,
  owned_by: z.string(),
  supported_protocols: z.array(SupportedProtocol),
  capabilities: z.object({ tools: z.boolean(), vision: z.boolean(), thinking: z.boolean(), json_output: z.boolean() }),
  context_window: z.number().int().nullable(),
  max_output_tokens: z.number().int().nullable(),
  dimensions: z.number().int().nullable(),
  pricing: Pricing,
  channels: z.array(ChannelBinding),
  fallbacks: z.array(z.string()),
  aliases: z.array(z.string()).openapi({ description: 'Other names (exact, or `*` glob patterns) that route to this model; `*` alone makes it the default for its protocols.' }),
  created_at: Timestamp,
  updated_at: Timestamp,
}).openapi('AdminModel');

const Positive = SafeInt.min(1);

export const CreateModelRequest = z.object({
  id: ModelId,
  display_name: z.string().min(1).max(200).optional(),
  kind: ModelKind.optional(),
  owned_by: z.string().min(1).max(100).optional(),
  supported_protocols: z.array(SupportedProtocol).min(1),
  capabilities: Capabilities.optional(),
  context_window: Positive.optional(),
  max_output_tokens: Positive.optional(),
  dimensions: Positive.optional(),
  pricing: Pricing.optional(),
  channels: z.array(ChannelBinding).min(1),
  fallbacks: z.array(ModelId).optional(),
  aliases: z.array(z.string().min(1).max(200)).max(100).optional(),
}).openapi('CreateModelRequest');

export const UpdateModelRequest = z.object({
  display_name: z.string().min(1).max(200).optional(),
  kind: ModelKind.optional(),
  owned_by: z.string().min(1).max(100).optional(),
  supported_protocols: z.array(SupportedProtocol).min(1).optional(),
  capabilities: Capabilities.optional().openapi({ description: 'Replaces the capabilities.' }),
  context_window: Positive.nullable().optional(),
  max_output_tokens: Positive.nullable().optional(),
  dimensions: Positive.nullable().optional(),
  pricing: Pricing.optional().openapi({ description: 'Replaces the pricing.' }),
  channels: z.array(ChannelBinding).min(1).optional(),
  fallbacks: z.array(ModelId).nullable().optional(),
  aliases: z.array(z.string().min(1).max(200)).max(100).nullable().optional(),
}).openapi('UpdateModelRequest');

export const DeletedModel = z.object({ object: z.literal('model'), id: z.string(), deleted: z.literal(true) }).openapi('DeletedModel');

export const ModelPath = z.object({ model_id: ModelId });
export const ModelList = pageOf(AdminModel, 'AdminModelList');

const tags = ['models'];
const conformanceParams = { model_id: 'conformance/model-1' };

export function registerModelPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listModels', method: 'get', path: '/admin/v1/models', summary: 'List models by id, with channels and fallbacks', tags,
    query: PageQuery, response: { schema: ModelList, description: 'A page of models' },
  });
  operation(registry, {
    operationId: 'createModel', method: 'post', path: '/admin/v1/models', summary: 'Create a model', tags,
    body: {
      schema: CreateModelRequest,
      examples: {
        chat: {
          value: {
            id: 'conformance/model-1', display_name: 'Conformance Model', supported_protocols: ['openai:chat-completions', 'anthropic:messages'],
            capabilities: { tools: true, json_output: true }, context_window: 131_072, max_output_tokens: 8192,
            pricing: { input_per_million: 100_000, output_per_million: 400_000 }, channels: [{ channel: 'conformance-sim', upstream_model: 'sim-1' }],
          },
          status: 201,
        },
        duplicate: { value: { id: 'conformance/model-1', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'simulator' }] }, status: 409 },
        unknownChannel: { summary: 'a binding to a channel that does not exist', value: { id: 'conformance/orphan', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'nowhere' }] }, status: 400 },
        noProtocols: { value: { id: 'm', supported_protocols: [], channels: [{ channel: 'simulator' }] }, status: 400, issuePath: 'supported_protocols' },
      },
    },
    response: { status: 201, schema: AdminModel, description: 'The new model' }, errors: [409],
  });
  operation(registry, {
    operationId: 'getModel', method: 'get', path: '/admin/v1/models/{model_id}', summary: 'Get a model', tags,
    params: ModelPath, response: { schema: AdminModel, description: 'The model' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'updateModel', method: 'patch', path: '/admin/v1/models/{model_id}', summary: 'Change a model (every process within seconds)', tags,
    params: ModelPath,
    body: {
      schema: UpdateModelRequest,
      examples: {
        pricing: { value: { pricing: { input_per_million: 120_000, output_per_million: 480_000 }, fallbacks: ['qwen-turbo'] } },
        badWindow: { value: { context_window: 0 }, status: 400, issuePath: 'context_window' },
      },
    },
    response: { schema: AdminModel, description: 'The updated model' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'deleteModel', method: 'delete', path: '/admin/v1/models/{model_id}', summary: 'Delete a model', tags,
    params: ModelPath, response: { schema: DeletedModel, description: 'Deleted' }, errors: [404], conformanceParams,
  });
}
