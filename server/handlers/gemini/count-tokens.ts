import { validateCountTokensBody } from '../../../generated/gemini/validators.gen.js';
import type { OperationInput } from '../../../generated/runtime.gen.js';
import { estimatePromptTokens } from '../../billing/prompt-tokens.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { decodeGenerateContentRequest } from '../../formats/gemini/decode-request.js';
import { normalizeRequestKeys } from '../../formats/gemini/normalize-keys.js';
import type { WireCountTokensRequest, WireGenerateContentRequest } from '../../formats/gemini/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { resolveModel } from '../../pipeline/resolve-model.js';
import type { Services } from '../../pipeline/services.js';
import { modelOf, normalizedBody } from './request.js';

/**
 * POST /v1beta/models/{model}:countTokens → `{totalTokens}`. The count is the estimate billing
 * holds against (estimatePromptTokens), so a caller can predict the hold. Free; no upstream call.
 */
export function createCountTokensHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const model = modelOf(input.params);
    ctx.observed.model = resolveModel(svc, principal, model, 'gemini:generate-content').id;
    const body = normalizedBody<WireCountTokensRequest>(normalizeRequestKeys, input.body, validateCountTokensBody);
    let request: WireGenerateContentRequest;
    if (body.generateContentRequest) request = body.generateContentRequest;
    else if (body.contents) request = { contents: body.contents };
    else throw new GatewayError('invalid_request', 'Either contents or generateContentRequest must be set.', { param: 'contents' });
    const totalTokens = estimatePromptTokens(decodeGenerateContentRequest(request, model, false));
    return { kind: 'json', body: { totalTokens } };
  };
}
