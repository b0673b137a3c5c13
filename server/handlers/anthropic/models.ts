import type { OperationInput } from '../../../generated/runtime.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import type { ModelRecord } from '../../store/types.js';

/** Anthropic's ModelInfo, with the catalog's limits and `supported_protocols` (protocols.md §3.6). */
export function encodeModelInfo(m: ModelRecord): Record<string, unknown> {
  const out: Record<string, unknown> = {
    type: 'model',
    id: m.id,
    display_name: m.displayName || m.id,
    created_at: new Date(m.createdAt).toISOString(),
    supported_protocols: m.supportedProtocols,
  };
  if (m.contextWindow !== undefined) out.max_input_tokens = m.contextWindow;
  if (m.maxOutputTokens !== undefined) out.max_tokens = m.maxOutputTokens;
  return out;
}

function visible(svc: Services, ctx: RequestContext): ModelRecord[] {
  const allowed = ctx.principal?.key.allowedModels;
  return svc.catalog.listModels().filter((m) => allowed === undefined || allowed.includes(m.id));
}

interface PageQuery {
  after_id?: string;
  before_id?: string;
  limit?: number;
}

/**
 * One page of `items` the way Anthropic pages: forward from `after_id`, backward from
 * `before_id`; `has_more` says whether the SDK should ask again in that direction.
 */
export function page<T extends { id: string }>(items: readonly T[], q: PageQuery): { data: T[]; has_more: boolean; first_id: string | null; last_id: string | null } {
  const limit = q.limit ?? 20;
  let data: T[];
  let hasMore: boolean;
  if (q.before_id !== undefined) {
    const end = items.findIndex((m) => m.id === q.before_id);
    const start = Math.max(0, end - limit);
    data = end < 0 ? [] : items.slice(start, end);
    hasMore = end >= 0 && start > 0;
  } else {
    const from = q.after_id === undefined ? 0 : items.findIndex((m) => m.id === q.after_id) + 1;
    data = q.after_id !== undefined && from === 0 ? [] : items.slice(from, from + limit);
    hasMore = data.length > 0 && from + limit < items.length;
  }
  return { data, has_more: hasMore, first_id: data[0]?.id ?? null, last_id: data[data.length - 1]?.id ?? null };
}

/** GET /v1/models (with `anthropic-version`): the models callable through Anthropic Messages. */
export function listModelsHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const models = visible(svc, ctx).filter((m) => m.supportedProtocols.includes('anthropic:messages'));
    const p = page(models, input.query as PageQuery);
    return { kind: 'json', body: { ...p, data: p.data.map(encodeModelInfo) } };
  };
}

/** GET /v1/models/{model} (with `anthropic-version`): any model the key may see. */
export function retrieveModelHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const id = (input.params as { model: string }).model;
    const model = visible(svc, ctx).find((m) => m.id === id);
    if (!model) throw new GatewayError('model_not_found', `The model '${id}' does not exist or you do not have access to it.`, { param: 'model' });
    return { kind: 'json', body: encodeModelInfo(model) };
  };
}
