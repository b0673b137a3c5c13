import type { OperationInput } from '../../../generated/runtime.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import type { ModelRecord, Pricing } from '../../store/types.js';

/** OpenAI's Model object extended with NexusFlow's model details (the docs' "model detail page"). */
export function encodeModel(m: ModelRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: m.id,
    object: 'model',
    created: Math.floor(m.createdAt / 1000),
    owned_by: m.ownedBy,
    display_name: m.displayName,
    supported_protocols: m.supportedProtocols,
    capabilities: {
      tools: m.capabilities.tools ?? false,
      vision: m.capabilities.vision ?? false,
      thinking: m.capabilities.thinking ?? false,
      json_output: m.capabilities.jsonOutput ?? false,
    },
    pricing: encodePricing(m.pricing),
  };
  if (m.contextWindow !== undefined) out.context_window = m.contextWindow;
  if (m.maxOutputTokens !== undefined) out.max_output_tokens = m.maxOutputTokens;
  if (m.aliases !== undefined && m.aliases.length > 0) out.aliases = m.aliases;
  return out;
}

function encodePricing(p: Pricing): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  if (p.inputPerMillion !== undefined) out.input_per_million = p.inputPerMillion;
  if (p.cachedInputPerMillion !== undefined) out.cached_input_per_million = p.cachedInputPerMillion;
  if (p.cacheWritePerMillion !== undefined) out.cache_write_per_million = p.cacheWritePerMillion;
  if (p.outputPerMillion !== undefined) out.output_per_million = p.outputPerMillion;
  if (p.reasoningPerMillion !== undefined) out.reasoning_per_million = p.reasoningPerMillion;
  if (p.perImage !== undefined) out.per_image = p.perImage;
  if (p.perVideoSecond !== undefined) out.per_video_second = p.perVideoSecond;
  if (p.embeddingPerMillion !== undefined) out.embedding_per_million = p.embeddingPerMillion;
  return out;
}

function visible(svc: Services, ctx: RequestContext): ModelRecord[] {
  const allowed = ctx.principal?.key.allowedModels;
  return svc.catalog.listModels().filter((m) => allowed === undefined || allowed.includes(m.id));
}

export function listModelsHandler(svc: Services) {
  return async (_input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => ({
    kind: 'json',
    body: { object: 'list', data: visible(svc, ctx).map(encodeModel) },
  });
}

export function retrieveModelHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const id = (input.params as { model: string }).model;
    const model = visible(svc, ctx).find((m) => m.id === id);
    if (!model) throw new GatewayError('model_not_found', `The model '${id}' does not exist or you do not have access to it.`, { param: 'model' });
    return { kind: 'json', body: encodeModel(model) };
  };
}
