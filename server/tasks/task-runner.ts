import type { Logger } from 'pino';
import { toGatewayError } from '../errors/gateway-error.js';
import type { Store } from '../store/store.js';
import type { TaskRecord } from '../store/types.js';
import type { TaskDriver } from './task-driver.js';
import type { TaskHoldReconciler } from './task-holds.js';

export interface TaskRunnerOptions {
  /** This process's lease owner id. */
  owner: string;
  /** How long a claim is exclusive; a step must finish well within it. */
  leaseMs: number;
  /** Steps in flight at once in this process. */
  concurrency: number;
  /** How often to look for due tasks when nothing wakes the runner. */
  idleMs: number;
  /** How often to reconcile task holds. */
  reconcileMs: number;
}

/**
 * Runs tasks in the background: claims due tasks with a lease (store.claimTask, exclusive across
 * processes), takes one step of each, and releases the lease with the next poll time. State lives
 * in the store only, so a restarted process — or any other — picks up where one stopped: after
 * a crash, once the dead process's lease expires.
 */
export class TaskRunner {
  readonly #inFlight = new Set<Promise<void>>();
  #running = false;
  #wake: (() => void) | undefined;
  #kicked = false;
  #timer: NodeJS.Timeout | undefined;
  #loop: Promise<void> | undefined;
  #lastReconcile = 0;

  constructor(
    private readonly store: Store,
    private readonly driver: TaskDriver,
    private readonly holds: TaskHoldReconciler,
    private readonly log: Logger,
    private readonly options: TaskRunnerOptions,
    private readonly signal: AbortSignal,
    /** Observes each step's outcome (metrics). */
    private readonly onStep: (task: TaskRecord) => void = () => undefined,
  ) {}

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#loop = this.#run();
  }

  /** Look for work now (a task was just created or handed over). */
  kick(): void {
    this.#kicked = true;
    this.#wake?.();
  }

  /** Stops claiming and waits for the steps in flight, which release their leases as they end. */
  async stop(): Promise<void> {
    this.#running = false;
    this.kick();
    await this.#loop;
    await Promise.allSettled([...this.#inFlight]);
  }

  async #run(): Promise<void> {
    while (this.#running) {
      let claimed = 0;
      try {
        while (this.#running && this.#inFlight.size < this.options.concurrency) {
          const task = await this.store.claimTask(this.options.owner, Date.now(), this.options.leaseMs);
          if (!task) break;
          claimed++;
          this.#spawn(task);
        }
        if (Date.now() - this.#lastReconcile >= this.options.reconcileMs) {
          this.#lastReconcile = Date.now();
          await this.holds.sweep();
        }
      } catch (err) {
        this.log.warn({ err }, 'task runner: store unavailable');
      }
      if (!this.#running) break;
      // Busy: come back as soon as a slot frees. Idle: sleep until woken or the next tick.
      if (claimed === 0 || this.#inFlight.size >= this.options.concurrency) await this.#sleep(this.options.idleMs);
    }
  }

  #spawn(task: TaskRecord): void {
    const p = this.driver.step(task, { signal: this.signal, releaseLease: true }).then(
      (after) => this.onStep(after),
      async (err: unknown) => {
        const e = toGatewayError(err);
        this.log.error({ err: e.cause ?? e, taskId: task.id }, 'task runner: step failed');
        // Try again a little later; if even this fails the lease simply runs out.
        await this.store.updateTask(task.id, { leaseOwner: undefined, leaseUntil: undefined, nextPollAt: Date.now() + 5_000 }, ['queued', 'running']).catch(() => undefined);
      },
    ).finally(() => {
      this.#inFlight.delete(p);
      this.kick();
    });
    this.#inFlight.add(p);
  }

  #sleep(ms: number): Promise<void> {
    // A kick that came while we were busy claiming counts: look again at once.
    if (this.#kicked) {
      this.#kicked = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = (): void => {
        this.#kicked = false;
        if (this.#timer) clearTimeout(this.#timer);
        this.#timer = undefined;
        this.#wake = undefined;
        resolve();
      };
      this.#wake = done;
      this.#timer = setTimeout(done, ms);
      this.#timer.unref();
    });
  }
}
