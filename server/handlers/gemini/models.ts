import type { OperationInput } from '../../../generated/runtime.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import type { HandlerResult, RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';
import type { ModelRecord } from '../../store/types.js';
import { modelOf } from './request.js';

const DEFAULT_PAGE_SIZE = 50;

/**
 * A NexusFlow model in Gemini's Model shape (protocols.md §4.3), with the methods a Gemini
 * client can call derived from `supported_protocols`, which are listed too.
 */
export function encodeGeminiModel(m: ModelRecord): Record<string, unknown> {
  const methods: string[] = [];
  if (m.supportedProtocols.includes('gemini:generate-content')) methods.push('generateContent', 'streamGenerateContent', 'countTokens');
  if (m.supportedProtocols.includes('gemini:embed-content')) methods.push('embedContent', 'batchEmbedContents');
  const out: Record<string, unknown> = {
    name: `models/${m.id}`,
    baseModelId: m.id,
    displayName: m.displayName,
    description: `${m.displayName} (${m.ownedBy}), served by NexusFlow.`,
  };
  if (m.contextWindow !== undefined) out.inputTokenLimit = m.contextWindow;
  if (m.maxOutputTokens !== undefined) out.outputTokenLimit = m.maxOutputTokens;
  out.supportedGenerationMethods = methods;
  out.supportedProtocols = m.supportedProtocols;
  if (m.capabilities.thinking !== undefined) out.thinking = m.capabilities.thinking;
  return out;
}

function visible(svc: Services, ctx: RequestContext): ModelRecord[] {
  const allowed = ctx.principal?.key.allowedModels;
  return svc.catalog.listModels().filter((m) => allowed === undefined || allowed.includes(m.id));
}

/** Page tokens are opaque to clients: the offset of the page, base64url. */
function decodePageToken(token: string): number {
  const m = /^o(\d+)$/.exec(Buffer.from(token, 'base64url').toString('utf8'));
  if (!m) throw new GatewayError('invalid_request', 'Invalid pageToken.', { param: 'pageToken' });
  return Number(m[1]);
}

function encodePageToken(offset: number): string {
  return Buffer.from(`o${offset}`, 'utf8').toString('base64url');
}

/** GET /v1beta/models?pageSize=&pageToken= */
export function listGeminiModelsHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const q = input.query as { pageSize?: number; pageToken?: string };
    const size = q.pageSize ?? DEFAULT_PAGE_SIZE;
    const offset = q.pageToken ? decodePageToken(q.pageToken) : 0;
    const all = visible(svc, ctx);
    const body: Record<string, unknown> = { models: all.slice(offset, offset + size).map(encodeGeminiModel) };
    if (offset + size < all.length) body.nextPageToken = encodePageToken(offset + size);
    return { kind: 'json', body };
  };
}

/** GET /v1beta/models/{model} */
export function getGeminiModelHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const id = modelOf(input.params);
    const model = visible(svc, ctx).find((m) => m.id === id);
    if (!model) throw new GatewayError('model_not_found', `The model 'models/${id}' does not exist or you do not have access to it.`, { param: 'model' });
    return { kind: 'json', body: encodeGeminiModel(model) };
  };
}
