import type { Logger } from 'pino';
import type { UsageWriter } from '../billing/usage-writer.js';
import type { Catalog } from '../catalog/catalog.js';
import { toGatewayError } from '../errors/gateway-error.js';
import type { Metrics } from '../observability/metrics.js';
import type { MediaCallContext, MediaFinal, MediaJob, MediaProvider } from '../providers/media-types.js';
import { orderChannels } from '../routing/select-channel.js';
import type { Store } from '../store/store.js';
import type { ModelRecord, ProviderType, TaskPatch, TaskRecord, UsageRecord } from '../store/types.js';
import type { PollBudget } from './poll-budget.js';
import type { TaskBilling } from './task-billing.js';
import { isRetryable } from './task-errors.js';
import { costFor, jobOf } from './task-job.js';
import { isTerminal, metaPatch, readMeta, type TaskMeta } from './task-meta.js';
import type { TaskResults } from './task-results.js';
import { resultRecord } from './task-view.js';

export interface TaskDriverDeps {
  store: Store;
  catalog: Catalog;
  providers: Map<ProviderType, MediaProvider>;
  billing: TaskBilling;
  results: TaskResults;
  budget: PollBudget;
  usage: UsageWriter;
  metrics: Metrics;
  log: Logger;
  /** Called once per task, by the process whose write made it terminal (callbacks). */
  onTerminal: (task: TaskRecord) => void;
  /** A task older than this is expired (default: the vendors' 24 h retention plus an hour). */
  maxAgeMs: number;
  /** Upstream create attempts before a retryable error fails the task. */
  maxSubmitAttempts: number;
}

export interface StepOptions {
  /** Aborted when the gateway shuts down. */
  signal: AbortSignal;
  /** Clear the lease after the step (the runner); the synchronous images path keeps its own. */
  releaseLease: boolean;
}

const ACTIVE: TaskRecord['status'][] = ['queued', 'running'];
const NO_LEASE: TaskPatch = { leaseOwner: undefined, leaseUntil: undefined };
/**
 * Before a step that may take long (a synchronous upstream generating, a large download), the
 * lease is stretched to cover it: another process claiming the task meanwhile would send the job
 * a second time. Every such call has its own, shorter timeout.
 */
const LONG_STEP_MS = 10 * 60 * 1000;
const stretch = (task: TaskRecord): TaskPatch => (task.leaseOwner !== undefined ? { leaseUntil: Date.now() + LONG_STEP_MS } : {});

/**
 * The task state machine, one action per `step`: a queued task gets its hold and is sent
 * upstream; a running one is polled; a final answer is stored and settled.
 *
 * Every transition is a compare-and-set on the status (`updateTask(…, fromStatuses)`), so a
 * step racing a cancel or another process cannot undo it. Order of a finish: files into the blob
 * store, then the terminal status (with the cost) in one write, then the money. A crash between
 * the last two leaves a terminal task with an open hold, which the hold reconciler settles from
 * the task (task-holds.ts): the task record is the truth, billing follows it exactly once.
 */
export class TaskDriver {
  constructor(private readonly deps: TaskDriverDeps) {}

  async step(task: TaskRecord, opts: StepOptions): Promise<TaskRecord> {
    if (isTerminal(task)) return task;
    const model = this.deps.catalog.getModel(task.model);
    // A job already running upstream is followed to its end even if its model left the catalog: the vendor bills it.
    if (!model && task.upstreamTaskId === undefined) {
      return this.finish(task, { state: 'failed', error: { code: 'model_not_found', message: `The model '${task.model}' no longer exists.` } }, opts);
    }
    let job: MediaJob;
    try {
      job = jobOf(task);
    } catch (err) {
      return this.finish(task, { state: 'failed', error: { code: 'invalid_request', message: toGatewayError(err).message } }, opts);
    }
    if (Date.now() - task.createdAt > this.deps.maxAgeMs) {
      return this.finish(task, { state: 'expired' }, opts);
    }
    if (!model) return this.#poll(task, undefined, job, opts);
    if (task.status === 'queued') return this.#start(task, model, job, opts);
    return task.upstreamTaskId === undefined ? this.#submit(task, model, job, opts) : this.#poll(task, model, job, opts);
  }

  /** queued → running: the hold first (it may already be placed), then the status, then the upstream call. */
  async #start(task: TaskRecord, model: ModelRecord, job: MediaJob, opts: StepOptions): Promise<TaskRecord> {
    const meta = readMeta(task);
    const held = await this.deps.billing.hold(task, meta.hold);
    if (held !== 'held') {
      const message = held === 'key_spend_limit' ? 'This API key has reached its spend limit.' : 'Your account balance is too low for this task.';
      return this.finish(task, { state: 'failed', error: { code: 'insufficient_quota', message } }, opts);
    }
    const route = this.#route(task, model);
    if (!route) return this.finish(task, { state: 'failed', error: { code: 'no_channel_available', message: `No channel can serve '${model.id}'.` } }, opts);
    // Committing to a submission before making it: a cancel (queued → canceled) can no longer win.
    const running = await this.deps.store.updateTask(task.id, { status: 'running', channelId: route.channelId, attempts: task.attempts + 1, ...stretch(task) }, ['queued']);
    if (!running) return (await this.deps.store.getTask(task.id)) ?? task;
    return this.#send(running, model, job, opts);
  }

  /** A running task without an upstream id: a retry after a failed create, or a process died mid-create. */
  async #submit(task: TaskRecord, model: ModelRecord, job: MediaJob, opts: StepOptions): Promise<TaskRecord> {
    const again = await this.deps.store.updateTask(task.id, { attempts: task.attempts + 1, ...stretch(task) }, ['running']);
    if (!again) return (await this.deps.store.getTask(task.id)) ?? task;
    return this.#send(again, model, job, opts);
  }

  async #send(task: TaskRecord, model: ModelRecord, job: MediaJob, opts: StepOptions): Promise<TaskRecord> {
    // Not aborted on shutdown: a create cut off after the upstream accepted it would be sent again
    // by the next process (a second, billed job). It runs to its own timeouts instead.
    const call = this.#call(task, model, AbortSignal.timeout(LONG_STEP_MS));
    if (!call) return this.finish(task, { state: 'failed', error: { code: 'no_channel_available', message: `No channel can serve '${model.id}'.` } }, opts);
    let res;
    try {
      res = await call.provider.submit(job, call.ctx);
    } catch (err) {
      const e = toGatewayError(err);
      // Shutting down is no reason to fail a task: the next process tries again.
      if (isRetryable(e) && (task.attempts < this.deps.maxSubmitAttempts || opts.signal.aborted)) {
        this.deps.log.warn({ taskId: task.id, code: e.code, detail: e.detail, attempt: task.attempts }, 'task: upstream create failed, will retry');
        return this.#later(task, {}, Math.min(30_000, 250 * 2 ** task.attempts), opts);
      }
      return this.finish(task, { state: 'failed', error: { code: e.code, message: e.message } }, opts);
    }
    if (res.state !== 'accepted') return this.finish(task, res, opts);
    // The upstream id is stored before the first poll: a restart resumes this job, never creates another.
    const meta: TaskMeta = { ...readMeta(task), submittedAt: Date.now() };
    const saved = await this.deps.store.updateTask(task.id, {
      upstreamTaskId: res.upstreamTaskId, meta: metaPatch(meta),
      nextPollAt: Date.now() + call.provider.pollSchedule(call.ctx.channel, task.kind).initialMs,
      ...(opts.releaseLease ? NO_LEASE : {}),
    }, ['running']);
    if (saved) return saved;
    this.deps.log.error({ taskId: task.id, upstreamTaskId: res.upstreamTaskId }, 'task: finished while its upstream job was being created');
    return (await this.deps.store.getTask(task.id)) ?? task;
  }

  async #poll(task: TaskRecord, model: ModelRecord | undefined, job: MediaJob, opts: StepOptions): Promise<TaskRecord> {
    const call = this.#call(task, model, opts.signal);
    if (!call?.provider.poll) {
      return this.#later(task, {}, 30_000, opts);
    }
    const schedule = call.provider.pollSchedule(call.ctx.channel, task.kind);
    const age = Date.now() - (readMeta(task).submittedAt ?? task.createdAt);
    // Poll often while a job is young, less as it ages (most images finish in seconds, videos in minutes).
    const interval = Math.min(schedule.maxMs, Math.max(schedule.initialMs, Math.floor(age / 4)));
    const budget = call.provider.pollBudget?.(call.ctx.channel);
    if (budget) await this.deps.budget.take(budget.key, budget.qps, opts.signal);
    let res;
    try {
      res = await call.provider.poll(task.upstreamTaskId!, job, call.ctx);
    } catch (err) {
      // A failed status query says nothing about the job: keep asking until it answers or the task expires.
      const e = toGatewayError(err);
      this.deps.log.warn({ taskId: task.id, code: e.code, detail: e.detail }, 'task: status query failed, will retry');
      return this.#later(task, {}, interval, opts);
    }
    if (res.state === 'pending' || res.state === 'running') return this.#later(task, {}, interval, opts);
    return this.finish(task, res, opts);
  }

  /**
   * Writes the terminal status (CAS from `from`, default queued/running), then settles or releases
   * the hold, records usage and notifies. A cancel of a queued task passes `['queued']`, so it
   * cannot overtake a runner that has just committed to sending the job upstream.
   */
  async finish(task: TaskRecord, final: MediaFinal, opts: StepOptions, from: TaskRecord['status'][] = ACTIVE): Promise<TaskRecord> {
    const meta = readMeta(task);
    const now = Date.now();
    let patch: TaskPatch;
    let cost = 0;
    if (final.state === 'succeeded') {
      let files;
      try {
        if (task.leaseOwner !== undefined && final.outputs.some((o) => o.data === undefined)) await this.deps.store.updateTask(task.id, stretch(task), [task.status]);
        files = await this.deps.results.keep(task.id, final.outputs, opts.signal);
      } catch (err) {
        const e = toGatewayError(err);
        this.deps.log.warn({ taskId: task.id, code: e.code, detail: e.detail }, 'task: could not store the results, will retry');
        return this.#later(task, {}, 5_000, opts);
      }
      cost = costFor(jobOf(task), final.usage, meta.pricing);
      patch = { status: 'succeeded', result: resultRecord(files, final.usage), error: undefined };
    } else if (final.state === 'failed') {
      patch = { status: 'failed', error: final.error };
    } else if (final.state === 'canceled') {
      patch = { status: 'canceled' };
    } else {
      patch = { status: 'expired', error: { code: 'task_expired', message: 'The upstream no longer knows this job (past its retention), or the task outlived the gateway\'s limit.' } };
    }
    const done = await this.deps.store.updateTask(task.id, {
      ...patch, ...NO_LEASE, nextPollAt: undefined, meta: metaPatch({ ...meta, cost, finishedAt: now }),
    }, from);
    if (!done) return (await this.deps.store.getTask(task.id)) ?? task;
    await this.settle(done);
    this.#record(done, final);
    this.deps.onTerminal(done);
    return done;
  }

  /** The money of a terminal task: charge the stored cost on success, else return the hold. Idempotent. */
  async settle(task: TaskRecord): Promise<void> {
    const meta = readMeta(task);
    if (task.status === 'succeeded') await this.deps.billing.settle(task, meta.cost ?? 0);
    else await this.deps.billing.release(task, `task ${task.status}${task.error ? `: ${task.error.code}` : ''}`);
  }

  async #later(task: TaskRecord, patch: TaskPatch, delayMs: number, opts: StepOptions): Promise<TaskRecord> {
    const next = await this.deps.store.updateTask(task.id, { ...patch, nextPollAt: Date.now() + delayMs, ...(opts.releaseLease ? NO_LEASE : {}) }, [task.status]);
    return next ?? (await this.deps.store.getTask(task.id)) ?? task;
  }

  #route(task: TaskRecord, model: ModelRecord): { channelId: string } | undefined {
    if (task.channelId && this.deps.catalog.getChannel(task.channelId)) return { channelId: task.channelId };
    const first = orderChannels(model, this.deps.catalog).find((s) => this.deps.providers.has(s.channel.provider));
    return first ? { channelId: first.channel.id } : undefined;
  }

  /** The channel the task was sent to (a job is polled where it was created, dashscope.md §7 item 9). */
  #call(task: TaskRecord, model: ModelRecord | undefined, signal: AbortSignal): { provider: MediaProvider; ctx: MediaCallContext } | undefined {
    const channel = task.channelId ? this.deps.catalog.getChannel(task.channelId) : undefined;
    const provider = channel ? this.deps.providers.get(channel.provider) : undefined;
    if (!channel || !provider) return undefined;
    const binding = model?.channels.find((b) => b.channelId === channel.id);
    return { provider, ctx: { channel, upstreamModel: binding?.upstreamModel ?? task.model, signal } };
  }

  #record(task: TaskRecord, final: MediaFinal): void {
    const meta = readMeta(task);
    const cost = meta.cost ?? 0;
    const latencyMs = (meta.finishedAt ?? Date.now()) - task.createdAt;
    const rec: UsageRecord = {
      requestId: task.id, accountId: task.accountId, keyId: task.keyId, model: task.model,
      protocol: meta.origin === 'images' ? 'openai:image-generations' : 'nexusflow:tasks',
      endpoint: meta.origin === 'images' ? '/v1/images/generations' : '/v1/tasks',
      status: task.status === 'succeeded' ? 'succeeded' : 'failed',
      httpStatus: task.status === 'succeeded' ? 200 : errorStatus(task),
      source: final.state === 'succeeded' ? final.usage.source : 'upstream',
      pricing: meta.pricing, cost, latencyMs, overheadMs: 0, createdAt: Date.now(),
    };
    if (task.channelId) rec.channelId = task.channelId;
    if (final.state === 'succeeded' && final.usage.images !== undefined) rec.images = final.usage.images;
    if (final.state === 'succeeded' && final.usage.seconds !== undefined) rec.seconds = final.usage.seconds;
    if (task.error) rec.errorCode = task.error.code;
    this.deps.usage.write(rec);
    if (cost > 0) this.deps.metrics.cost.inc({ model: task.model }, cost);
  }
}

function errorStatus(task: TaskRecord): number {
  if (task.status === 'canceled') return 499;
  const code = task.error?.code;
  if (code === 'invalid_request' || code === 'content_filtered') return 400;
  if (code === 'insufficient_quota') return 402;
  if (code === 'task_expired') return 504;
  return 502;
}
