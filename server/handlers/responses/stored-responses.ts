import type { OperationInput } from '../../../generated/runtime.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { includesEncrypted, presentItem, presentResponse } from '../../formats/openai-responses/response-object.js';
import type { WireOutputItem, WireResponse } from '../../formats/openai-responses/wire.js';
import { json, principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import type { StoredResponse } from '../../store/types.js';

interface ByIdParams {
  response_id: string;
}

interface IncludeQuery {
  include?: string[];
  /** The openai SDKs send arrays as `include[]=…`. */
  'include[]'?: string | string[];
}

function includeOf(q: IncludeQuery | undefined): string[] {
  const raw = q?.['include[]'];
  return [...(q?.include ?? []), ...(raw === undefined ? [] : Array.isArray(raw) ? raw : [raw])];
}

async function load(svc: Services, ctx: RequestContext, id: string): Promise<StoredResponse> {
  const stored = await svc.responses.get(principalOf(ctx).key.accountId, id);
  if (!stored) throw new GatewayError('not_found', `No response found with id '${id}'.`, { param: 'response_id' });
  return stored;
}

/** GET /v1/responses/{response_id} */
export function retrieveResponseHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const { response_id: id } = input.params as ByIdParams;
    const stored = await load(svc, ctx, id);
    return json(presentResponse(stored.response as unknown as WireResponse, { encryptedContent: includesEncrypted(includeOf(input.query as IncludeQuery)) }));
  };
}

/** DELETE /v1/responses/{response_id} */
export function deleteResponseHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const { response_id: id } = input.params as ByIdParams;
    const deleted = await svc.responses.delete(principalOf(ctx).key.accountId, id);
    if (!deleted) throw new GatewayError('not_found', `No response found with id '${id}'.`, { param: 'response_id' });
    return json({ id, object: 'response', deleted: true });
  };
}

interface ListQuery extends IncludeQuery {
  limit?: number;
  order?: 'asc' | 'desc';
  after?: string;
}

/** GET /v1/responses/{response_id}/input_items: this request's own input items, newest first by default. */
export function listInputItemsHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const { response_id: id } = input.params as ByIdParams;
    const q = (input.query ?? {}) as ListQuery;
    const stored = await load(svc, ctx, id);
    const view = { encryptedContent: includesEncrypted(includeOf(q)) };
    const all = (q.order === 'asc' ? stored.input : [...stored.input].reverse()).map((item) => presentItem(item as unknown as WireOutputItem, view) as unknown as { id: string });
    let start = 0;
    if (q.after !== undefined) {
      const at = all.findIndex((item) => item.id === q.after);
      if (at < 0) throw new GatewayError('invalid_request', `No input item with id '${q.after}' in response '${id}'.`, { param: 'after' });
      start = at + 1;
    }
    const limit = q.limit ?? 20;
    const data = all.slice(start, start + limit);
    return json({ object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: start + limit < all.length });
  };
}
