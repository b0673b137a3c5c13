import type { OperationInput } from '../../../generated/runtime.gen.js';
import { estimatePromptTokens } from '../../billing/prompt-tokens.js';
import { decodeMessagesRequest } from '../../formats/anthropic/decode-request.js';
import type { WireMessagesRequest } from '../../formats/anthropic/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { resolveModel } from '../../pipeline/resolve-model.js';
import type { Services } from '../../pipeline/services.js';

/**
 * POST /v1/messages/count_tokens: the tokenizer count billing holds against, so what a caller
 * budgets with is what the gateway estimates. Nothing is sent upstream and nothing is charged.
 */
export function countTokensHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const req = decodeMessagesRequest(input.body as WireMessagesRequest);
    // The catalog id is the metric label (a name pattern may match any name a caller sends).
    ctx.observed.model = resolveModel(svc, principal, req.model, 'anthropic:messages').id;
    return { kind: 'json', body: { input_tokens: estimatePromptTokens(req) } };
  };
}
