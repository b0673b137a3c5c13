import type { Logger } from 'pino';
import type { BlobStore } from '../blobs/blob-store.js';
import type { UsageWriter } from '../billing/usage-writer.js';
import type { Catalog } from '../catalog/catalog.js';
import { GatewayError, toGatewayError } from '../errors/gateway-error.js';
import { FileUrlSigner } from '../files/file-urls.js';
import type { SigningKeys } from '../files/signing-key.js';
import type { UpstreamClient } from '../http/upstream-client.js';
import type { Metrics } from '../observability/metrics.js';
import type { Principal } from '../pipeline/principal.js';
import type { MediaProvider } from '../providers/media-types.js';
import { orderChannels } from '../routing/select-channel.js';
import type { Store } from '../store/store.js';
import type { ModelRecord, Page, ProviderType, TaskRecord, TaskStatus } from '../store/types.js';
import { newId } from '../util/ids.js';
import { addressPolicy, type AddressPolicy } from './callbacks/address-policy.js';
import { CallbackSender } from './callbacks/callback-sender.js';
import { checkCallbackUrl } from './callbacks/callback-url.js';
import { callbackSecret } from './callbacks/signature.js';
import { PollBudget } from './poll-budget.js';
import { TaskBilling } from './task-billing.js';
import { TaskDriver } from './task-driver.js';
import { TaskHoldReconciler } from './task-holds.js';
import { holdFor, jobOf } from './task-job.js';
import { isTerminal, readMeta, type TaskMeta, type TaskOrigin } from './task-meta.js';
import { TaskResults } from './task-results.js';
import { TaskRunner } from './task-runner.js';
import { taskView } from './task-view.js';

export interface TaskServiceOptions {
  /** Lease owner id of this process. */
  owner: string;
  leaseMs: number;
  concurrency: number;
  idleMs: number;
  maxAgeMs: number;
  maxSubmitAttempts: number;
  fileUrlTtlSeconds: number;
  /** The gateway's public origin for file URLs; else taken from each request's Host. */
  publicBaseUrl: string | undefined;
  allowPrivateCallbacks: boolean;
  callbackRetryDelaysMs: number[] | undefined;
}

export interface TaskServiceDeps {
  store: Store;
  catalog: Catalog;
  usage: UsageWriter;
  metrics: Metrics;
  log: Logger;
  http: UpstreamClient;
  blobs: BlobStore;
  keys: SigningKeys;
  providers: Map<ProviderType, MediaProvider>;
}

export interface NewTask {
  model: ModelRecord;
  kind: TaskRecord['kind'];
  input: Record<string, unknown>;
  parameters: Record<string, unknown>;
  callbackUrl?: string;
  idempotencyKey?: string;
  origin: TaskOrigin;
  baseUrl: string;
  /** The synchronous images path drives the task itself: it is created leased to this process until then. */
  leasedForMs?: number;
}

const sleep = (ms: number, signal: AbortSignal): Promise<void> =>
  new Promise((resolve) => {
    const t = setTimeout(done, Math.max(0, ms));
    function done(): void {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });

/**
 * Image and video tasks: creation (validation, idempotency, the hold), reads, cancel, the
 * background runner, and the inline driving the synchronous `/v1/images/generations` uses.
 */
export class TaskService {
  readonly signer: FileUrlSigner;
  readonly blobs: BlobStore;
  readonly #deps: TaskServiceDeps;
  readonly #options: TaskServiceOptions;
  readonly #billing: TaskBilling;
  readonly #driver: TaskDriver;
  readonly #runner: TaskRunner;
  readonly #holds: TaskHoldReconciler;
  readonly #callbacks: CallbackSender;
  readonly #policy: AddressPolicy;
  readonly #closing = new AbortController();

  constructor(deps: TaskServiceDeps, options: TaskServiceOptions) {
    this.#deps = deps;
    this.#options = options;
    this.blobs = deps.blobs;
    this.signer = new FileUrlSigner(deps.keys.files, options.fileUrlTtlSeconds);
    this.#policy = addressPolicy(options.allowPrivateCallbacks);
    this.#billing = new TaskBilling(deps.store, deps.log);
    this.#callbacks = new CallbackSender({
      policy: this.#policy, log: deps.log, secretFor: (accountId) => this.callbackSecret(accountId),
      ...(options.callbackRetryDelaysMs ? { retryDelaysMs: options.callbackRetryDelaysMs } : {}),
    });
    this.#driver = new TaskDriver({
      store: deps.store, catalog: deps.catalog, providers: deps.providers, billing: this.#billing,
      results: new TaskResults(deps.blobs, deps.http), budget: new PollBudget(deps.store, deps.log),
      usage: deps.usage, metrics: deps.metrics, log: deps.log, maxAgeMs: options.maxAgeMs, maxSubmitAttempts: options.maxSubmitAttempts,
      onTerminal: (task) => this.#notify(task),
    });
    this.#holds = new TaskHoldReconciler(deps.store, this.#driver, deps.log);
    this.#runner = new TaskRunner(deps.store, this.#driver, this.#holds, deps.log, {
      owner: options.owner, leaseMs: options.leaseMs, concurrency: options.concurrency, idleMs: options.idleMs, reconcileMs: 60_000,
    }, this.#closing.signal, (t) => deps.metrics.taskSteps.inc({ kind: t.kind, status: t.status }));
  }

  start(): void {
    this.#runner.start();
  }

  /**
   * The gateway is about to close: requests driving a task hand it to the runner (answering 504
   * with its id) instead of holding the shutdown up; polls and waits in flight end early.
   */
  beginShutdown(): void {
    this.#closing.abort();
    void this.#runner.stop();
  }

  /** Stops the runner (leases of steps in flight are released as they end) and pending callback retries. */
  async close(): Promise<void> {
    this.#closing.abort();
    await this.#runner.stop();
    await this.#callbacks.close();
  }

  /** One pass of the task-hold reconciler (the runner runs it every minute); `now` ages the holds. */
  reconcileHolds(now = Date.now()): Promise<number> {
    return this.#holds.sweep(now);
  }

  callbackSecret(accountId: string): string {
    return callbackSecret(this.#deps.keys.callbacks, accountId);
  }

  /** The origin file URLs are built on: the configured public URL, else the one the caller used. */
  baseUrlOf(headers: Record<string, string | string[] | undefined>): string {
    if (this.#options.publicBaseUrl) return this.#options.publicBaseUrl.replace(/\/+$/, '');
    const first = (name: string): string | undefined => {
      const v = headers[name];
      return (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim() || undefined;
    };
    const proto = first('x-forwarded-proto') === 'https' ? 'https' : 'http';
    return `${proto}://${first('x-forwarded-host') ?? first('host') ?? 'localhost'}`;
  }

  view(task: TaskRecord, baseUrl: string): ReturnType<typeof taskView> {
    return taskView(task, this.signer, baseUrl);
  }

  /**
   * Creates a task and places its hold. With an idempotency key already used by the account, the
   * existing task is answered instead (409 when the request differs). A hold that does not fit
   * fails the new task and answers insufficient_quota — and so does every replay of it.
   */
  async create(principal: Principal, req: NewTask): Promise<{ task: TaskRecord; created: boolean }> {
    const { model } = req;
    if (model.kind !== req.kind) {
      throw new GatewayError('invalid_request', `The model '${model.id}' generates ${model.kind === 'image' || model.kind === 'video' ? `${model.kind}s` : model.kind}, not ${req.kind}s.`, { param: 'kind' });
    }
    const job = jobOf({ kind: req.kind, input: req.input, parameters: req.parameters }, req.origin === 'images' ? '' : 'parameters.');
    const route = orderChannels(model, this.#deps.catalog).find((s) => this.#deps.providers.has(s.channel.provider));
    if (!route) throw new GatewayError('no_channel_available', `No channel can serve '${model.id}' right now.`, { retryAfter: 5 });
    try {
      this.#deps.providers.get(route.channel.provider)?.validate?.(job, route.channel);
    } catch (err) {
      // Adapters name OpenAI's fields (`n`, `size`); in the tasks API they live under `parameters`.
      const e = toGatewayError(err);
      if (req.origin === 'tasks' && e.param !== undefined && e.param !== 'kind' && !e.param.includes('.')) throw new GatewayError(e.code, e.message, { param: `parameters.${e.param}` });
      throw e;
    }
    if (req.callbackUrl !== undefined) await checkCallbackUrl(req.callbackUrl, this.#policy);

    const now = Date.now();
    const meta: TaskMeta = { origin: req.origin, hold: holdFor(job, model.pricing), pricing: model.pricing, baseUrl: req.baseUrl };
    const record: TaskRecord = {
      id: newId('task', 24), accountId: principal.key.accountId, keyId: principal.key.id, model: model.id, kind: req.kind,
      status: 'queued', input: req.input, parameters: req.parameters, attempts: 0, createdAt: now, updatedAt: now, nextPollAt: now,
      meta: { ...meta },
    };
    record.holdRequestId = record.id;
    if (req.callbackUrl !== undefined) record.callbackUrl = req.callbackUrl;
    if (req.idempotencyKey !== undefined) record.idempotencyKey = req.idempotencyKey;
    if (req.leasedForMs !== undefined) {
      record.leaseOwner = this.#options.owner;
      record.leaseUntil = now + req.leasedForMs;
    }
    let inserted;
    try {
      inserted = await this.#deps.store.insertTask(record);
    } catch (err) {
      throw toGatewayError(err);
    }
    if (!inserted.created) {
      const existing = inserted.task;
      if (!sameRequest(existing, record)) {
        throw new GatewayError('conflict', 'This Idempotency-Key was already used for a different request.', { param: 'Idempotency-Key' });
      }
      if (existing.status === 'failed' && existing.error?.code === 'insufficient_quota' && existing.attempts === 0) {
        throw new GatewayError('insufficient_quota', existing.error.message);
      }
      return { task: existing, created: false };
    }
    const held = await this.#billing.hold(inserted.task, meta.hold);
    if (held !== 'held') {
      const message = held === 'key_spend_limit' ? 'This API key has reached its spend limit.' : 'Your account balance is too low for this task.';
      await this.#driver.finish(inserted.task, { state: 'failed', error: { code: 'insufficient_quota', message } }, { signal: this.#closing.signal, releaseLease: true });
      throw new GatewayError('insufficient_quota', message);
    }
    if (req.leasedForMs === undefined) this.#runner.kick();
    return { task: inserted.task, created: true };
  }

  /** The caller's own task; anyone else's is reported missing. */
  async get(principal: Principal, id: string): Promise<TaskRecord> {
    let task;
    try {
      task = await this.#deps.store.getTask(id);
    } catch (err) {
      throw toGatewayError(err);
    }
    if (!task || task.accountId !== principal.key.accountId) throw new GatewayError('not_found', `No task '${id}'.`, { param: 'task_id' });
    return task;
  }

  async list(principal: Principal, query: { status?: TaskStatus; cursor?: string; limit?: number }): Promise<Page<TaskRecord>> {
    try {
      return await this.#deps.store.listTasks(
        { accountId: principal.key.accountId, ...(query.status ? { status: query.status } : {}) },
        { limit: query.limit ?? 50, ...(query.cursor ? { cursor: query.cursor } : {}) },
      );
    } catch (err) {
      throw toGatewayError(err);
    }
  }

  /**
   * Queued: canceled at once (the runner's queued → running write and this one cannot both win).
   * Running: only while the upstream can still drop the job; once it runs it will be billed by
   * the vendor, so we refuse (409) rather than refund what we will be charged for (landscape.md #14).
   */
  async cancel(principal: Principal, id: string): Promise<TaskRecord> {
    const task = await this.get(principal, id);
    if (task.status === 'canceled') return task;
    if (isTerminal(task)) throw new GatewayError('conflict', `The task is already ${task.status}.`);
    const signal = this.#closing.signal;
    if (task.status === 'queued') {
      const done = await this.#driver.finish(task, { state: 'canceled' }, { signal, releaseLease: true }, ['queued']);
      if (done.status === 'canceled') return done;
      // The runner sent it upstream meanwhile: decide again on the running task.
      return this.cancel(principal, id);
    }
    if (task.upstreamTaskId === undefined || task.channelId === undefined) {
      throw new GatewayError('conflict', 'The task is being sent upstream right now; try again in a moment.', { retryAfter: 1 });
    }
    const channel = this.#deps.catalog.getChannel(task.channelId);
    const provider = channel ? this.#deps.providers.get(channel.provider) : undefined;
    const model = this.#deps.catalog.getModel(task.model);
    if (!channel || !provider?.cancel || !model) throw new GatewayError('conflict', 'This task can no longer be canceled.');
    const binding = model.channels.find((b) => b.channelId === channel.id);
    let answer;
    try {
      answer = await provider.cancel(task.upstreamTaskId, { channel, upstreamModel: binding?.upstreamModel ?? model.id, signal });
    } catch (err) {
      throw toGatewayError(err);
    }
    if (answer === 'too_late') {
      throw new GatewayError('conflict', 'The upstream has already started this task, so it cannot be canceled; it will finish and be charged only if it succeeds.');
    }
    const done = await this.#driver.finish(task, { state: 'canceled' }, { signal, releaseLease: true }, ['running']);
    if (done.status !== 'canceled') throw new GatewayError('conflict', `The task is already ${done.status}.`);
    return done;
  }

  /**
   * Drives a task created with `leasedForMs` from this request: steps until it is terminal or
   * `deadlineMs` passes or the client leaves. Then the lease is handed to the runner, which
   * finishes the job in the background — charged once if it succeeds, result kept.
   */
  async runInline(task: TaskRecord, deadlineMs: number, clientSignal: AbortSignal): Promise<{ task: TaskRecord; handedOff: boolean }> {
    const until = Date.now() + deadlineMs;
    const stop = AbortSignal.any([clientSignal, this.#closing.signal]);
    let t = task;
    try {
      while (!isTerminal(t) && Date.now() < until && !stop.aborted) {
        t = await this.#driver.step(t, { signal: this.#closing.signal, releaseLease: false });
        if (!isTerminal(t)) await sleep(Math.min(until, t.nextPollAt ?? Date.now() + 500) - Date.now(), stop);
      }
    } finally {
      if (!isTerminal(t)) {
        const handed = await this.#deps.store.updateTask(t.id, { leaseOwner: undefined, leaseUntil: undefined }, ['queued', 'running']).catch(() => null);
        t = handed ?? t;
        this.#runner.kick();
      }
    }
    return { task: t, handedOff: !isTerminal(t) };
  }

  #notify(task: TaskRecord): void {
    if (!task.callbackUrl) return;
    const meta = readMeta(task);
    const base = this.#options.publicBaseUrl ?? meta.baseUrl ?? 'http://localhost';
    this.#callbacks.send(task.callbackUrl, task.accountId, task.id, JSON.stringify(this.view(task, base)));
  }
}

/** Same model, kind, input, parameters and callback: a replay, not a reuse of the key. */
function sameRequest(a: TaskRecord, b: TaskRecord): boolean {
  return stable([a.model, a.kind, a.input, a.parameters, a.callbackUrl ?? null]) === stable([b.model, b.kind, b.input, b.parameters, b.callbackUrl ?? null]);
}

function stable(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map(stable).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    return `{${Object.keys(v).sort().map((k) => `${JSON.stringify(k)}:${stable((v as Record<string, unknown>)[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}
