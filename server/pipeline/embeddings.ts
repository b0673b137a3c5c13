import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse } from '../canonical/embeddings.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
import { embeddingCost } from '../billing/pricing.js';
import { padPromptEstimate, RequestBilling } from '../billing/request-billing.js';
import { countTokens } from '../billing/tokenizer.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { orderChannels } from '../routing/select-channel.js';
import type { UsageRecord } from '../store/types.js';
import type { ChatInfo, ChatMeta } from './chat.js';
import type { Principal } from './principal.js';
import { resolveModel } from './resolve-model.js';
import type { Services } from './services.js';

export interface EmbeddingOutcome {
  info: ChatInfo;
  response: CanonicalEmbeddingResponse;
  /** Tokens billed (upstream count, else our estimate). */
  inputTokens: number;
  cost: number;
}

const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

/**
 * Embeddings through the pipeline: the input is known up front, so the hold is the exact
 * estimated cost; settlement uses the upstream's token count when it reports one.
 */
export async function runEmbeddings(svc: Services, principal: Principal, req: CanonicalEmbeddingRequest, meta: ChatMeta & { protocol: SupportedProtocol }): Promise<EmbeddingOutcome> {
  const model = resolveModel(svc, principal, req.model, meta.protocol);
  if (req.dimensions !== undefined && model.dimensions !== undefined && req.dimensions > model.dimensions) {
    throw new GatewayError('invalid_request', `dimensions must be at most ${model.dimensions} for model '${model.id}'.`, { param: 'dimensions' });
  }
  const selected = orderChannels(model, svc.catalog)[0];
  const provider = selected ? svc.embeddingProviders.get(selected.channel.provider) : undefined;
  if (!selected || !provider) throw new GatewayError('no_channel_available', `No channel can serve embeddings for model '${model.id}'.`, { retryAfter: 5 });

  const estimated = req.inputs.reduce((n, i) => n + (i.kind === 'text' ? countTokens(i.text) : i.tokens.length), 0);
  const billing = new RequestBilling(svc, principal.key, model, meta.requestId);
  await billing.hold(embeddingCost(padPromptEstimate(estimated), model.pricing));
  const info: ChatInfo = { model, channelId: selected.channel.id, provider: selected.channel.provider, preUpstreamMs: msSince(meta.startedAt) };
  const upstreamStart = process.hrtime.bigint();
  const record = (status: UsageRecord['status'], httpStatus: number, tokens: number | undefined, source: UsageRecord['source'], cost: number, errorCode?: string): void => {
    const latencyMs = msSince(meta.startedAt);
    const rec: UsageRecord = {
      requestId: meta.requestId, accountId: principal.key.accountId, keyId: principal.key.id, model: model.id, channelId: selected.channel.id,
      protocol: meta.protocol, endpoint: meta.endpoint, status, httpStatus, source, pricing: model.pricing, cost,
      latencyMs, overheadMs: Math.max(0, latencyMs - msSince(upstreamStart)), createdAt: Date.now(),
    };
    if (tokens !== undefined) rec.uncachedInput = tokens;
    if (errorCode) rec.errorCode = errorCode;
    svc.usage.write(rec);
    if (cost > 0) svc.metrics.cost.inc({ model: model.id }, cost);
    if (tokens) svc.metrics.tokens.inc({ model: model.id, bucket: 'uncached_input' }, tokens);
  };

  let response: CanonicalEmbeddingResponse;
  try {
    response = await provider.embed(req, { channel: selected.channel, upstreamModel: selected.binding.upstreamModel ?? model.id, signal: meta.signal, dimensions: model.dimensions });
  } catch (err) {
    const e = toGatewayError(err);
    await billing.release(`upstream failed: ${e.code}`);
    record('failed', e.status, undefined, 'estimated', 0, e.code);
    throw e;
  }
  info.upstreamMs = msSince(upstreamStart);
  const inputTokens = response.inputTokens ?? estimated;
  const source = response.inputTokens === undefined ? 'estimated' : response.source;
  const cost = await billing.settle({ uncachedInput: inputTokens, source }, embeddingCost(inputTokens, model.pricing));
  record('succeeded', 200, inputTokens, source, cost);
  return { info, response, inputTokens, cost };
}
