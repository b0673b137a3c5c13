import type { StreamEvent } from '../canonical/events.js';
import type { SupportedProtocol } from '../canonical/protocol.js';
import type { CanonicalChatRequest } from '../canonical/request.js';
import type { CanonicalChatResponse } from '../canonical/response.js';
import type { CanonicalUsage } from '../canonical/usage.js';
import { estimatePromptTokens } from '../billing/prompt-tokens.js';
import { RequestBilling } from '../billing/request-billing.js';
import { countTokens } from '../billing/tokenizer.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { orderChannels, type SelectedChannel } from '../routing/select-channel.js';
import type { ModelRecord, UsageRecord, UsageStatus } from '../store/types.js';
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
}

/** What the front door needs to answer, besides the body. */
export interface ChatInfo {
  model: ModelRecord;
  channelId: string;
  provider: string;
  /** Time spent in the gateway before the upstream call, ms. */
  preUpstreamMs: number;
  /** Upstream call duration for non-streamed responses, ms. */
  upstreamMs?: number;
}

export type ChatOutcome =
  | { kind: 'response'; info: ChatInfo; response: CanonicalChatResponse; usage: CanonicalUsage; cost: number }
  | { kind: 'stream'; info: ChatInfo; events: AsyncIterable<StreamEvent>; final: () => { usage: CanonicalUsage; cost: number } | undefined };

const msSince = (t: bigint): number => Number(process.hrtime.bigint() - t) / 1e6;

/**
 * One chat request through the protocol-neutral pipeline: model and protocol checks, billing
 * hold, channel, provider call, then settlement and a usage record — exactly once, whether the
 * request succeeds, fails, or the client leaves mid-stream.
 */
export async function runChat(svc: Services, principal: Principal, req: CanonicalChatRequest, meta: ChatMeta): Promise<ChatOutcome> {
  const model = resolveModel(svc, principal, req.model, meta.protocol);
  const channels = orderChannels(model, svc.catalog);
  const selected = channels[0];
  if (!selected) throw new GatewayError('no_channel_available', `No channel is available for model '${model.id}'.`, { retryAfter: 5 });
  const provider = svc.providers.get(selected.channel.provider);
  if (!provider) throw new GatewayError('no_channel_available', `Channel ${selected.channel.id} uses an unknown provider.`);

  const promptTokens = estimatePromptTokens(req);
  const cap = model.maxOutputTokens ?? svc.defaultMaxOutputTokens;
  const maxOutput = Math.min(req.sampling.maxOutputTokens ?? cap, cap);
  const billing = new RequestBilling(svc, principal.key, model, meta.requestId);
  await billing.hold(billing.worstCase(promptTokens, maxOutput) * (req.sampling.n ?? 1));

  const info: ChatInfo = { model, channelId: selected.channel.id, provider: selected.channel.provider, preUpstreamMs: msSince(meta.startedAt) };
  const upstreamStart = process.hrtime.bigint();
  const record = (status: UsageStatus, httpStatus: number, usage: CanonicalUsage | undefined, cost: number, ttftMs?: number, errorCode?: string): void => {
    writeUsage(svc, principal, meta, selected, model, { status, httpStatus, usage, cost, upstreamMs: msSince(upstreamStart), ...(ttftMs !== undefined ? { ttftMs } : {}), ...(errorCode ? { errorCode } : {}) });
  };

  let result;
  try {
    result = await provider.chat(req, { channel: selected.channel, upstreamModel: selected.binding.upstreamModel ?? model.id, signal: meta.signal, maxOutputTokens: maxOutput });
  } catch (err) {
    const e = toGatewayError(err);
    await billing.release(`upstream failed: ${e.code}`);
    record('failed', e.status, undefined, 0, undefined, e.code);
    throw e;
  }

  if (result.kind === 'response') {
    info.upstreamMs = msSince(upstreamStart);
    const usage = result.response.usage ?? estimateFromResponse(promptTokens, result.response);
    const cost = await billing.settle(usage);
    record('succeeded', 200, usage, cost);
    return { kind: 'response', info, response: result.response, usage, cost };
  }

  // Streams: look at the first event before committing to 200, so an upstream that fails at
  // once still gets a proper HTTP error (and can be retried by the router later).
  const iterator = result.events[Symbol.asyncIterator]();
  let first: IteratorResult<StreamEvent>;
  try {
    first = await iterator.next();
  } catch (err) {
    const e = toGatewayError(err);
    await billing.release(`upstream failed: ${e.code}`);
    record('failed', e.status, undefined, 0, undefined, e.code);
    throw e;
  }
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
      failure = toGatewayError(err);
      if (!meta.signal.aborted) yield { type: 'error', error: failure };
    } finally {
      svc.metrics.openStreams.dec();
      if (!completed) await iterator.return?.().catch(() => undefined);
      // Policy (landscape.md #1): bill what was produced — upstream usage when it came, else
      // the tokenizer's count of the streamed output, marked estimated. Nothing produced: no charge.
      const usage = tally.usage();
      if (!tally.producedOutput() && !completed) {
        await billing.release(failure ? `stream failed: ${failure.code}` : 'client disconnected');
        final = { usage, cost: 0 };
        record('failed', failure?.status ?? 499, usage, 0, ttftMs, failure?.code ?? 'client_disconnected');
      } else {
        const cost = await billing.settle(usage);
        final = { usage, cost };
        record(completed ? 'succeeded' : 'partial', completed ? 200 : (failure?.status ?? 499), usage, cost, ttftMs, failure?.code ?? (completed ? undefined : 'client_disconnected'));
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

interface UsageFacts {
  status: UsageStatus;
  httpStatus: number;
  usage: CanonicalUsage | undefined;
  cost: number;
  upstreamMs: number;
  ttftMs?: number;
  errorCode?: string;
}

function writeUsage(svc: Services, principal: Principal, meta: ChatMeta, selected: SelectedChannel, model: ModelRecord, f: UsageFacts): void {
  const latencyMs = msSince(meta.startedAt);
  const u = f.usage;
  const rec: UsageRecord = {
    requestId: meta.requestId,
    accountId: principal.key.accountId,
    keyId: principal.key.id,
    model: model.id,
    channelId: selected.channel.id,
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
  if (u?.uncachedInput !== undefined) rec.uncachedInput = u.uncachedInput;
  if (u?.cacheRead !== undefined) rec.cacheRead = u.cacheRead;
  if (u?.cacheWrite !== undefined) rec.cacheWrite = u.cacheWrite;
  if (u?.output !== undefined) rec.output = u.output;
  if (u?.reasoning !== undefined) rec.reasoning = u.reasoning;
  if (f.ttftMs !== undefined) rec.ttftMs = Math.round(f.ttftMs * 1000) / 1000;
  if (f.errorCode !== undefined) rec.errorCode = f.errorCode;
  svc.usage.write(rec);
  const m = svc.metrics;
  m.upstreamDuration.observe({ channel: selected.channel.id }, f.upstreamMs / 1000);
  if (f.cost > 0) m.cost.inc({ model: model.id }, f.cost);
  for (const [bucket, n] of [['uncached_input', u?.uncachedInput], ['cache_read', u?.cacheRead], ['cache_write', u?.cacheWrite], ['output', u?.output], ['reasoning', u?.reasoning]] as const) {
    if (n) m.tokens.inc({ model: model.id, bucket }, n);
  }
  svc.log.info({ requestId: meta.requestId, keyPrefix: principal.key.prefix, model: model.id, channel: selected.channel.id, status: f.status, httpStatus: f.httpStatus, cost: f.cost, source: rec.source, latencyMs: rec.latencyMs }, 'request completed');
}
