import type { OperationInput } from '../../../generated/runtime.gen.js';
import { formatCredits } from '../../billing/pricing.js';
import { decodeResponsesRequest } from '../../formats/openai-responses/decode-request.js';
import { storedInputItems } from '../../formats/openai-responses/input-items.js';
import {
  completeResponse, encodeResponseUsage, outputItems, presentResponse, responseShell, statusOf, viewOf,
} from '../../formats/openai-responses/response-object.js';
import { ResponsesStreamEncoder } from '../../formats/openai-responses/stream-encoder.js';
import { ItemIds } from '../../formats/openai-responses/item-ids.js';
import type { WireInputItem, WireResponse, WireResponsesRequest } from '../../formats/openai-responses/wire.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { withKeepalive } from '../../http/keepalive.js';
import { runChat } from '../../pipeline/chat.js';
import type { Principal } from '../../pipeline/principal.js';
import type { Services } from '../../pipeline/services.js';
import { pinnedChannelOf } from '../../routing/channel-pinning.js';
import { newId } from '../../util/ids.js';
import { infoHeaders } from '../openai/chat-completions.js';
import { sseFrames } from '../../http/sse-frames.js';

/** Proxies drop idle streams; reasoning models can think for a long time before the first delta. */
const KEEPALIVE_MS = 15_000;

/**
 * POST /v1/responses: Responses wire (plus the stored conversation `previous_response_id` names)
 * → canonical → the chat pipeline (routing, billing, metrics, any upstream) → a response object
 * or its event stream, stored when `store` is not false.
 */
export function createResponseHandler(svc: Services) {
  return async (input: OperationInput<unknown, unknown, unknown>, ctx: RequestContext): Promise<HandlerResult> => {
    const principal = principalOf(ctx);
    const sent = input.body as WireResponsesRequest;
    const body: WireResponsesRequest = { ...sent, input: await svc.responses.resolveReferences(principal.key.accountId, sent.input) };
    const history = typeof body.previous_response_id === 'string' ? await svc.responses.history(principal.key.accountId, body.previous_response_id) : [];
    const { req, names, ignoredTools } = decodeResponsesRequest(body, history);
    const outcome = await runChat(svc, principal, req, {
      requestId: ctx.requestId,
      protocol: 'openai:responses',
      endpoint: '/v1/responses',
      signal: ctx.signal,
      startedAt: ctx.startedAt,
      pinnedChannel: pinnedChannelOf(ctx.headers),
      observed: ctx.observed,
    });
    ctx.observed.model = outcome.info.model.id;
    ctx.observed.channel = outcome.info.channelId;
    const responseId = newId('resp', 48);
    const ids = new ItemIds(responseId);
    const shell = responseShell(responseId, Math.floor(Date.now() / 1000), body);
    const view = viewOf(body);
    const headers = { ...infoHeaders(outcome.info, ctx), ...(ignoredTools.length > 0 ? { 'x-nexusflow-ignored-tools': [...new Set(ignoredTools)].join(', ') } : {}) };
    const keep = (res: WireResponse): Promise<void> => (body.store === false ? Promise.resolve() : save(svc, principal, storedInputItems(body.input, ids), res, ctx.requestId));

    if (outcome.kind === 'response') {
      const choice = outcome.response.choices[0];
      const state = statusOf(choice?.finish, false);
      const output = outputItems(choice?.parts ?? [], view, state.status === 'incomplete', names, ids);
      const res = completeResponse(shell, output, state, encodeResponseUsage(outcome.usage, outcome.cost));
      await keep(res);
      return { kind: 'json', body: presentResponse(res, view), headers: { ...headers, 'x-nexusflow-cost': formatCredits(outcome.cost) } };
    }
    const encoder = new ResponsesStreamEncoder(shell, view, names, ids, ctx.requestId);
    const { events, final } = outcome;
    const frames = sseFrames(withKeepalive(events, KEEPALIVE_MS, { type: 'keepalive' } as const), (ev) => encoder.encode(ev), async () => {
      const settled = final();
      const last = encoder.end(settled?.usage, settled?.cost);
      const res = encoder.response();
      // Stored before the terminal event: a client that reads response.completed can continue from it at once.
      if (res && !ctx.signal.aborted) await keep(res);
      return last;
    });
    return {
      kind: 'sse',
      frames,
      headers,
      trailers: { names: ['x-nexusflow-cost'], values: () => ({ 'x-nexusflow-cost': formatCredits(final()?.cost ?? 0) }) },
    };
  };
}

/** A response that cannot be stored is still delivered (it was charged); retrieving it later is what fails. */
async function save(svc: Services, principal: Principal, items: WireInputItem[], res: WireResponse, requestId: string): Promise<void> {
  try {
    await svc.responses.save({ accountId: principal.key.accountId, keyId: principal.key.id, response: res, items });
  } catch (err) {
    svc.log.error({ err, requestId, responseId: res.id }, 'responses: could not store the response');
  }
}
