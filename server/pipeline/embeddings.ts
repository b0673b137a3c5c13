import type { CanonicalEmbeddingRequest, CanonicalEmbeddingResponse } from '../canonical/embeddings.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
import { embeddingCost } from '../billing/pricing.js';
import { padPromptEstimate, RequestBilling } from '../billing/request-billing.js';
import { countTokens } from '../billing/tokenizer.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { routeChain } from '../routing/model-chain.js';
import { routeRequest, type AttemptRecord, type RouteCandidate } from '../routing/router.js';
import type { ModelRecord, UsageRecord } from '../store/types.js';
import { arrivalEpochMs, type ChatInfo, type ChatMeta } from './chat.js';
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
 * estimated cost (of the dearest model that may answer); settlement uses the upstream's token
 * count when it reports one. Routing, retries and fallbacks as for chat; nothing is streamed, so
 * any retryable failure may go to another channel.
 */
export async function runEmbeddings(svc: Services, principal: Principal, req: CanonicalEmbeddingRequest, meta: ChatMeta & { protocol: SupportedProtocol }): Promise<EmbeddingOutcome> {
  meta.observed.requestedModel = req.model;
  const requested = resolveModel(svc, principal, req.model, meta.protocol);
  const fits = (m: ModelRecord): boolean => req.dimensions === undefined || m.dimensions === undefined || req.dimensions <= m.dimensions;
  if (!fits(requested)) {
    throw new GatewayError('invalid_request', `dimensions must be at most ${requested.dimensions} for model '${requested.id}'.`, { param: 'dimensions' });
  }
  // A fallback must give vectors of the size asked for.
  const chain = routeChain(requested, svc.catalog, principal.key, meta.protocol, meta.pinnedChannel).filter(fits);

  const estimated = req.inputs.reduce((n, i) => n + (i.kind === 'text' ? countTokens(i.text) : i.tokens.length), 0);
  const reservation = await svc.rateLimits.admit(principal.key, estimated);
  const billing = new RequestBilling(svc, principal.key, requested, meta.requestId);
  try {
    await billing.hold(Math.max(...chain.map((m) => embeddingCost(padPromptEstimate(estimated), m.pricing))));
  } catch (err) {
    reservation.settle(0);
    throw err;
  }
  const preUpstreamMs = msSince(meta.startedAt);
  const upstreamStart = process.hrtime.bigint();
  const attempts: AttemptRecord[] = [];
  const usageRecord = (model: ModelRecord, channelId: string | undefined, status: UsageRecord['status'], httpStatus: number, tokens: number | undefined, source: UsageRecord['source'], cost: number, errorCode?: string): UsageRecord => {
    const latencyMs = msSince(meta.startedAt);
    const rec: UsageRecord = {
      requestId: meta.requestId, accountId: principal.key.accountId, keyId: principal.key.id, model: model.id,
      protocol: meta.protocol, endpoint: meta.endpoint, status, httpStatus, source, pricing: model.pricing, cost,
      latencyMs, overheadMs: Math.max(0, latencyMs - msSince(upstreamStart)), createdAt: Date.now(),
    };
    if (channelId !== undefined) rec.channelId = channelId;
    if (tokens !== undefined) rec.uncachedInput = tokens;
    if (errorCode) rec.errorCode = errorCode;
    return rec;
  };
  /** Metrics and trace of a finished request; `rec` is already stored or queued. */
  const observe = (rec: UsageRecord): void => {
    const { model: modelId, uncachedInput: tokens, source, cost, status } = rec;
    reservation.settle(status === 'failed' ? 0 : (tokens ?? 0));
    svc.tracing?.recordUsage(tokens !== undefined ? { uncachedInput: tokens, source } : undefined, cost, modelId);
    if (cost > 0) svc.metrics.cost.inc({ model: modelId }, cost);
    if (tokens) svc.metrics.tokens.inc({ model: modelId, bucket: 'uncached_input' }, tokens);
    meta.observed.billing = { outcome: status, cost, source, ...(attempts.length > 1 ? { attempts } : {}) };
  };

  const attempt = async (c: RouteCandidate, signal: AbortSignal): Promise<CanonicalEmbeddingResponse> => {
    const provider = svc.embeddingProviders.get(c.channel.provider);
    if (!provider) throw new GatewayError('upstream_error', `Channel ${c.channel.id} cannot serve embeddings.`);
    return provider.embed(req, { channel: c.channel, upstreamModel: c.upstreamModel, signal, dimensions: c.model.dimensions });
  };

  let routed: { value: CanonicalEmbeddingResponse; candidate: RouteCandidate };
  try {
    routed = await routeRequest(svc, { chain, pinnedChannel: meta.pinnedChannel, usable: (ch) => svc.embeddingProviders.has(ch.provider), signal: meta.signal, startedAt: arrivalEpochMs(meta.startedAt), attempts, operation: 'embeddings' }, attempt);
  } catch (err) {
    const e = toGatewayError(err);
    const left = meta.signal.aborted;
    await billing.release(left ? 'client disconnected' : `upstream failed: ${e.code}`);
    const rec = usageRecord(requested, attempts.at(-1)?.channelId, 'failed', left ? 499 : e.status, undefined, 'estimated', 0, left ? 'client_disconnected' : e.code);
    svc.usage.write(rec);
    observe(rec);
    throw e;
  }
  const { value: response, candidate } = routed;
  const model = candidate.model;
  const info: ChatInfo = { model, channelId: candidate.channel.id, provider: candidate.channel.provider, preUpstreamMs, upstreamMs: msSince(upstreamStart), attempts: attempts.length };
  if (model.id !== requested.id) info.fallbackFrom = requested.id;
  if (req.model !== requested.id) info.requestedAs = req.model;
  const inputTokens = response.inputTokens ?? estimated;
  const source = response.inputTokens === undefined ? 'estimated' : response.source;
  const fullCost = embeddingCost(inputTokens, model.pricing);
  const rec = usageRecord(model, candidate.channel.id, 'succeeded', 200, inputTokens, source, fullCost);
  // The usage record is stored with the charge.
  const cost = await billing.settle({ uncachedInput: inputTokens, source }, fullCost, rec);
  observe(rec);
  return { info, response, inputTokens, cost };
}
