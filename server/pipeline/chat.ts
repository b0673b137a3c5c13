import type { StreamEvent } from '../canonical/events.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
import type { CanonicalChatRequest } from '../canonical/request.js';
import type { CanonicalChatResponse } from '../canonical/response.js';
import { totalInput, totalOutput, type CanonicalUsage } from '../canonical/usage.js';
import { estimatePromptTokens } from '../billing/prompt-tokens.js';
import { costOf } from '../billing/pricing.js';
import { RequestBilling } from '../billing/request-billing.js';
import { countTokens } from '../billing/tokenizer.js';
import { checkChatLimits } from '../limits/request-limits.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import type { ChatResult } from '../providers/types.js';
import { routeChain } from '../routing/model-chain.js';
import { routeRequest, type AttemptRecord, type RouteCandidate } from '../routing/router.js';
import type { ModelRecord, UsageRecord, UsageStatus } from '../store/types.js';
import type { Observed } from '../http/handler-types.js';
import type { Principal } from './principal.js';
import { resolveModel } from './resolve-model.js';
import type { Services } from './services.js';

export interface ChatMeta {
  requestId: string;
  protocol: SupportedProtocol;
  endpoint: string;
  /** Aborted when the client disconnects. */
  signal: AbortSignal;
  /** process.hrtime.bigint() at arrival. */
  startedAt: bigint;
  /** The channel the caller pinned (`x-nexusflow-channel`); honoured only for keys that allow it. */
  pinnedChannel?: string | undefined;
  /** Where the request's billing facts go for its access-log line (http/handler-types.ts). */
  observed: Observed;
}

/** What the front door needs to answer, besides the body. */
export interface ChatInfo {
  /** The model that answered (a fallback of the requested one, when `fallbackFrom` is set). */
  model: ModelRecord;
  channelId: string;
  provider: string;
  /** Time spent in the gateway before the upstream call, ms. */
  preUpstreamMs: number;
  /** Upstream call duration (retries included) for non-streamed responses, ms. */
  upstreamMs?: number;
  /** Upstream attempts made, the answering one included (1, or unset, = no retry). */
  attempts?: number;
  /** The requested model, when a fallback model answered. */
  fallbackFrom?: string;
  /** The name the caller used, when it is an alias or name pattern of the model (catalog/model-names.ts). */
  requestedAs?: string;
}

export type ChatOutcome =
  /** `passthrough`: the upstream's own body in the caller's protocol (providers/types.ts), to answer with but for model and usage. */
  | { kind: 'response'; info: ChatInfo; response: CanonicalChatResponse; usage: CanonicalUsage; cost: number; passthrough?: Record<string, unknown> }
  | { kind: 'stream'; info: ChatInfo; events: AsyncIterable<StreamEvent>; final: () => { usage: CanonicalUsage; cost: number } | undefined };

const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

/** Arrival as epoch ms (the retry budget counts from here). */
export const arrivalEpochMs = (startedAt: bigint): number => Date.now() - msSince(startedAt);

/** Tokens a usage record counts against a tokens-per-minute limit. */
export const usedTokens = (u: CanonicalUsage): number => (totalInput(u) ?? 0) + (totalOutput(u) ?? 0);

/** An answer the router committed to: a whole response, or a stream whose first event has arrived. */
type Answer = Extract<ChatResult, { kind: 'response' }> | { kind: 'stream'; iterator: AsyncIterator<StreamEvent>; first: IteratorResult<StreamEvent> };

/**
 * One chat request through the protocol-neutral pipeline: model and protocol checks, key rate
 * limits, billing hold, routing (channels, retries, fallback models), provider call, then
 * settlement and a usage record — exactly once, whether the request succeeds, fails, or the
 * client leaves mid-stream. Only the attempt that answered is charged.
 */
export async function runChat(svc: Services, principal: Principal, req: CanonicalChatRequest, meta: ChatMeta): Promise<ChatOutcome> {
  meta.observed.requestedModel = req.model;
  checkChatLimits(req, svc.limits, meta.protocol);
  const requested = resolveModel(svc, principal, req.model, meta.protocol);
  const chain = routeChain(requested, svc.catalog, principal.key, meta.protocol, meta.pinnedChannel);

  const promptTokens = estimatePromptTokens(req);
  const n = req.sampling.n ?? 1;
  const maxOutputOf = (m: ModelRecord): number => {
    const cap = m.maxOutputTokens ?? svc.defaultMaxOutputTokens;
    return Math.min(req.sampling.maxOutputTokens ?? cap, cap);
  };
  // Limits and the hold cover the dearest model that may answer, so a fallback never runs unheld.
  const reservation = await svc.rateLimits.admit(principal.key, Math.max(...chain.map((m) => promptTokens + maxOutputOf(m) * n)));
  const billing = new RequestBilling(svc, principal.key, requested, meta.requestId);
  try {
    await billing.hold(Math.max(...chain.map((m) => billing.worstCase(promptTokens, maxOutputOf(m), m.pricing) * n)));
  } catch (err) {
    reservation.settle(0);
    throw err;
  }

  const preUpstreamMs = msSince(meta.startedAt);
  const routingStart = process.hrtime.bigint();
  let answerStart = routingStart;
  const attempts: AttemptRecord[] = [];
  const facts = (status: UsageStatus, httpStatus: number, usage: CanonicalUsage | undefined, cost: number, ttftMs?: number, errorCode?: string): UsageFacts => ({
    status, httpStatus, usage, cost, upstreamMs: msSince(routingStart), answerMs: msSince(answerStart),
    ...(ttftMs !== undefined ? { ttftMs } : {}), ...(errorCode ? { errorCode } : {}),
  });
  /** A request that charged nothing: its usage record goes through the batching writer. */
  const record = (route: Route, status: UsageStatus, httpStatus: number, usage: CanonicalUsage | undefined, cost: number, ttftMs?: number, errorCode?: string): void => {
    reservation.settle(status === 'failed' ? 0 : usage ? usedTokens(usage) : 0);
    const f = facts(status, httpStatus, usage, cost, ttftMs, errorCode);
    const rec = usageRecord(principal, meta, route, f);
    svc.usage.write(rec);
    observeUsage(svc, principal, meta, route, attempts, rec, f);
  };

  const attempt = async (c: RouteCandidate, signal: AbortSignal): Promise<Answer> => {
    const provider = svc.providers.get(c.channel.provider);
    if (!provider) throw new GatewayError('upstream_error', `Channel ${c.channel.id} uses an unknown provider.`);
    answerStart = process.hrtime.bigint();
    // The upstream never gets an output cap above what the hold covers (a caller's max_tokens of
    // a million on a model capped at 4096 goes upstream as 4096), nor none at all.
    const cap = maxOutputOf(c.model);
    const capped = req.sampling.maxOutputTokens === cap ? req : { ...req, sampling: { ...req.sampling, maxOutputTokens: cap } };
    const result = await provider.chat(capped, { channel: c.channel, upstreamModel: c.upstreamModel, signal, maxOutputTokens: cap, inbound: meta.protocol, estimatedInputTokens: promptTokens });
    if (result.kind === 'response') return result;
    // Streams: look at the first event before committing to 200, so an upstream that fails at
    // once still gets a proper HTTP error — and another channel. After this, no retry.
    const iterator = result.events[Symbol.asyncIterator]();
    try {
      return { kind: 'stream', iterator, first: await iterator.next() };
    } catch (err) {
      await iterator.return?.().catch(() => undefined);
      throw err;
    }
  };

  let routed: { value: Answer; candidate: RouteCandidate };
  try {
    routed = await routeRequest(svc, { chain, pinnedChannel: meta.pinnedChannel, usable: (ch) => svc.providers.has(ch.provider), signal: meta.signal, startedAt: arrivalEpochMs(meta.startedAt), attempts }, attempt);
  } catch (err) {
    const e = toGatewayError(err);
    const left = meta.signal.aborted;
    await billing.release(left ? 'client disconnected' : `upstream failed: ${e.code}`);
    record({ model: requested, channelId: attempts.at(-1)?.channelId }, 'failed', left ? 499 : e.status, undefined, 0, undefined, left ? 'client_disconnected' : e.code);
    throw e;
  }

  const { candidate } = routed;
  const model = candidate.model;
  const route: Route = { model, channelId: candidate.channel.id };
  const info: ChatInfo = { model, channelId: candidate.channel.id, provider: candidate.channel.provider, preUpstreamMs, attempts: attempts.length };
  if (model.id !== requested.id) info.fallbackFrom = requested.id;
  if (req.model !== requested.id) info.requestedAs = req.model;
  /**
   * Charges what was delivered at the prices of the model that answered; its usage record is
   * stored with the charge (never lost to a crash between the two).
   */
  const settleAndRecord = async (usage: CanonicalUsage, status: UsageStatus, httpStatus: number, ttftMs?: number, errorCode?: string): Promise<number> => {
    const f = facts(status, httpStatus, usage, costOf(usage, model.pricing), ttftMs, errorCode);
    const rec = usageRecord(principal, meta, route, f);
    const cost = await billing.settle(usage, f.cost, rec);
    f.cost = cost;
    reservation.settle(usedTokens(usage));
    observeUsage(svc, principal, meta, route, attempts, rec, f);
    return cost;
  };

  const answer = routed.value;
  if (answer.kind === 'response') {
    info.upstreamMs = msSince(routingStart);
    const usage = answer.response.usage ?? estimateFromResponse(promptTokens, answer.response);
    const cost = await settleAndRecord(usage, 'succeeded', 200);
    return { kind: 'response', info, response: answer.response, usage, cost, ...(answer.passthrough ? { passthrough: answer.passthrough } : {}) };
  }

  const { iterator, first } = answer;
  const ttftMs = msSince(meta.startedAt);
  svc.metrics.ttft.observe({ model: model.id }, ttftMs / 1000);
  const tally = new OutputTally(promptTokens);
  let final: { usage: CanonicalUsage; cost: number } | undefined;

  async function* metered(): AsyncGenerator<StreamEvent> {
    let failure: GatewayError | undefined;
    let completed = false;
    svc.metrics.openStreams.inc();
    try {
      if (!first.done) {
        tally.observe(first.value);
        yield first.value;
      }
      for (;;) {
        const next = await iterator.next();
        if (next.done) break;
        tally.observe(next.value);
        yield next.value;
      }
      completed = true;
    } catch (err) {
      // After the client left, what the upstream read throws is our own abort: the request ended
      // by the client's leaving (499 client_disconnected), not by an internal error.
      if (!meta.signal.aborted) {
        failure = toGatewayError(err);
        yield { type: 'error', error: failure };
      }
    } finally {
      svc.metrics.openStreams.dec();
      if (!completed) await iterator.return?.().catch(() => undefined);
      // Bytes already reached the client: no retry now, but the route's breaker hears of it.
      if (failure && !meta.signal.aborted) svc.circuits.failure(candidate.channel.id, candidate.upstreamModel);
      // Policy (landscape.md #1): bill what was produced — upstream usage when it came, else
      // the tokenizer's count of the streamed output, marked estimated. Nothing produced: no charge.
      const usage = tally.usage();
      if (!tally.producedOutput() && !completed) {
        await billing.release(failure ? `stream failed: ${failure.code}` : 'client disconnected');
        final = { usage, cost: 0 };
        record(route, 'failed', failure?.status ?? 499, usage, 0, ttftMs, failure?.code ?? 'client_disconnected');
      } else {
        const cost = await settleAndRecord(usage, completed ? 'succeeded' : 'partial', completed ? 200 : (failure?.status ?? 499), ttftMs, failure?.code ?? (completed ? undefined : 'client_disconnected'));
        final = { usage, cost };
      }
    }
  }

  return { kind: 'stream', info, events: metered(), final: () => final };
}

/** Counts what a stream produced, for billing when the upstream sends no usage. */
class OutputTally {
  private upstream: CanonicalUsage | undefined;
  /** Input-side counts an upstream reported before the output (a `partial` usage event). */
  private early: CanonicalUsage | undefined;
  private text = '';
  private thinking = '';
  private produced = false;

  constructor(private readonly promptTokens: number) {}

  observe(ev: StreamEvent): void {
    switch (ev.type) {
      case 'text_delta':
        this.text += ev.text;
        this.produced = true;
        break;
      case 'tool_arguments_delta':
        this.text += ev.json;
        this.produced = true;
        break;
      case 'part_start':
        if (ev.toolName) this.text += ev.toolName;
        if (ev.kind === 'tool_call') this.produced = true;
        break;
      case 'thinking_delta':
        this.thinking += ev.text;
        this.produced = true;
        break;
      case 'passthrough':
        this.text += ev.output;
        this.thinking += ev.thinking;
        if (ev.produced) this.produced = true;
        break;
      case 'usage':
        if (ev.partial) this.early = ev.usage;
        else this.upstream = ev.usage;
        break;
      default:
        break;
    }
  }

  producedOutput(): boolean {
    return this.produced || this.upstream !== undefined;
  }

  usage(): CanonicalUsage {
    if (this.upstream) return this.upstream;
    const u: CanonicalUsage = { uncachedInput: this.promptTokens, output: countTokens(this.text), source: 'estimated' };
    // The upstream's own input counts (cache buckets included) beat the tokenizer's estimate.
    if (this.early?.uncachedInput !== undefined) u.uncachedInput = this.early.uncachedInput;
    if (this.early?.cacheRead !== undefined) u.cacheRead = this.early.cacheRead;
    if (this.early?.cacheWrite !== undefined) u.cacheWrite = this.early.cacheWrite;
    if (this.thinking.length > 0) u.reasoning = countTokens(this.thinking);
    return u;
  }
}

function estimateFromResponse(promptTokens: number, res: CanonicalChatResponse): CanonicalUsage {
  let text = '';
  let thinking = '';
  for (const c of res.choices) {
    for (const p of c.parts) {
      if (p.kind === 'text') text += p.text;
      else if (p.kind === 'tool_call') text += p.name + p.argumentsRaw;
      else if (p.kind === 'thinking') thinking += p.text;
    }
  }
  const u: CanonicalUsage = { uncachedInput: promptTokens, output: countTokens(text), source: 'estimated' };
  if (thinking) u.reasoning = countTokens(thinking);
  return u;
}

/** Which model and channel a usage record is about (no channel when no attempt was made). */
export interface Route {
  model: ModelRecord;
  channelId: string | undefined;
}

export interface UsageFacts {
  status: UsageStatus;
  httpStatus: number;
  usage: CanonicalUsage | undefined;
  cost: number;
  /** Routing phase (every attempt, backoff included): what is not gateway overhead. */
  upstreamMs: number;
  /** The answering (or last) attempt alone, for the per-channel latency histogram. */
  answerMs: number;
  ttftMs?: number;
  errorCode?: string;
}

/** One usage record per request (the channel that answered; the attempts go to the log line). */
function usageRecord(principal: Principal, meta: ChatMeta, route: Route, f: UsageFacts): UsageRecord {
  const latencyMs = msSince(meta.startedAt);
  const u = f.usage;
  const model = route.model;
  const rec: UsageRecord = {
    requestId: meta.requestId,
    accountId: principal.key.accountId,
    keyId: principal.key.id,
    model: model.id,
    protocol: meta.protocol,
    endpoint: meta.endpoint,
    status: f.status,
    httpStatus: f.httpStatus,
    source: u?.source ?? 'estimated',
    pricing: model.pricing,
    cost: f.cost,
    latencyMs: Math.round(latencyMs * 1000) / 1000,
    overheadMs: Math.max(0, Math.round((latencyMs - f.upstreamMs) * 1000) / 1000),
    createdAt: Date.now(),
  };
  if (route.channelId !== undefined) rec.channelId = route.channelId;
  if (u?.uncachedInput !== undefined) rec.uncachedInput = u.uncachedInput;
  if (u?.cacheRead !== undefined) rec.cacheRead = u.cacheRead;
  if (u?.cacheWrite !== undefined) rec.cacheWrite = u.cacheWrite;
  if (u?.output !== undefined) rec.output = u.output;
  if (u?.reasoning !== undefined) rec.reasoning = u.reasoning;
  if (f.ttftMs !== undefined) rec.ttftMs = Math.round(f.ttftMs * 1000) / 1000;
  if (f.errorCode !== undefined) rec.errorCode = f.errorCode;
  return rec;
}

/** Metrics, trace attributes and the log line of a finished request. */
function observeUsage(svc: Services, principal: Principal, meta: ChatMeta, route: Route, attempts: readonly AttemptRecord[], rec: UsageRecord, f: UsageFacts): void {
  const u = f.usage;
  const model = route.model;
  svc.tracing?.recordUsage(u, f.cost, model.id);
  const m = svc.metrics;
  if (route.channelId !== undefined) m.upstreamDuration.observe({ channel: route.channelId }, f.answerMs / 1000);
  if (f.cost > 0) m.cost.inc({ model: model.id }, f.cost);
  for (const [bucket, n] of [['uncached_input', u?.uncachedInput], ['cache_read', u?.cacheRead], ['cache_write', u?.cacheWrite], ['output', u?.output], ['reasoning', u?.reasoning]] as const) {
    if (n) m.tokens.inc({ model: model.id, bucket }, n);
  }
  // The access-log line (app.ts) carries these: one line per request.
  meta.observed.billing = { outcome: f.status, cost: f.cost, source: rec.source, ...(attempts.length > 1 ? { attempts } : {}) };
}
