import cluster, { type Worker } from 'node:cluster';
import type { Logger } from 'pino';
import { AggregatorRegistry, type Registry } from 'prom-client';

/** Set by the primary in each worker's environment: a stable slot, 0 … workers − 1, kept across restarts. */
export const WORKER_INDEX_ENV = 'NEXUSFLOW_WORKER_INDEX';

interface MetricsRequest { type: 'nexusflow:metrics'; id: number }
interface MetricsReply { type: 'nexusflow:metrics'; id: number; text?: string; error?: string }

export const isClusterWorker = (): boolean => cluster.isWorker;

/** This process's worker slot (0 when not clustered). */
export function workerIndex(): number {
  return cluster.isWorker ? Number(process.env[WORKER_INDEX_ENV] ?? 0) : 0;
}

/**
 * The primary of `NEXUSFLOW_WORKERS` processes (node:cluster, one port): forks the workers, which
 * serve requests; restarts a worker that dies (not one that never started: then it stops all and
 * exits 1); answers workers' requests for the metrics of all workers (one `/metrics`, summed by
 * prom-client's aggregator); and on SIGTERM/SIGINT passes the signal on and exits once every
 * worker has drained and exited (0 when all exited cleanly).
 */
export function runPrimary(options: { workers: number; log: Logger; forceExitMs: number }): void {
  const { log } = options;
  const aggregator = new AggregatorRegistry();
  const slots = new Map<number, Worker>();
  let stopping = false;
  let failed = false;

  const fork = (index: number): void => {
    const worker = cluster.fork({ [WORKER_INDEX_ENV]: String(index) });
    let listening = false;
    slots.set(index, worker);
    worker.on('listening', () => (listening = true));
    worker.on('message', (msg: MetricsRequest) => {
      if (msg?.type !== 'nexusflow:metrics') return;
      aggregator.clusterMetrics().then(
        (text) => worker.send({ type: 'nexusflow:metrics', id: msg.id, text } satisfies MetricsReply),
        (err: unknown) => worker.send({ type: 'nexusflow:metrics', id: msg.id, error: err instanceof Error ? err.message : String(err) } satisfies MetricsReply),
      );
    });
    worker.on('exit', (code, signal) => {
      slots.delete(index);
      if (stopping) {
        // The exit code reports the drain: a worker that crashed earlier and was replaced does not count.
        if (code !== 0) failed = true;
        if (slots.size === 0) process.exit(failed ? 1 : 0);
        return;
      }
      if (!listening) {
        log.error({ worker: index, code, signal }, 'a worker exited before it started; stopping');
        failed = true;
        stop('SIGTERM');
        return;
      }
      log.error({ worker: index, code, signal }, 'worker exited; starting another');
      fork(index);
    });
  };

  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    log.info({ workers: slots.size }, `${signal}: draining every worker`);
    for (const w of slots.values()) w.process.kill(signal);
    if (slots.size === 0) process.exit(failed ? 1 : 0);
    setTimeout(() => {
      log.error('shutdown: workers still running after the deadline; exiting');
      process.exit(1);
    }, options.forceExitMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  for (let i = 0; i < options.workers; i++) fork(i);
  log.info(`primary: ${options.workers} worker processes on one port`);
}

let nextId = 0;
const waiting = new Map<number, { resolve: (text: string) => void; reject: (err: Error) => void }>();

/**
 * In a worker: offers `registry` to the primary's aggregator, and returns the function that gets
 * the metrics of every worker (for `/metrics`), asked of the primary over IPC.
 */
export function clusterMetricsSource(registry: Registry, timeoutMs = 5_000): () => Promise<string> {
  AggregatorRegistry.setRegistries([registry]);
  // Constructing one installs prom-client's worker-side listener that answers the primary.
  new AggregatorRegistry();
  process.on('message', (msg: MetricsReply) => {
    if (msg?.type !== 'nexusflow:metrics' || !waiting.has(msg.id)) return;
    const w = waiting.get(msg.id)!;
    waiting.delete(msg.id);
    if (msg.text !== undefined) w.resolve(msg.text);
    else w.reject(new Error(`metrics of the other workers: ${msg.error ?? 'no answer'}`));
  });
  return () => new Promise<string>((resolve, reject) => {
    const id = nextId++;
    const timer = setTimeout(() => {
      waiting.delete(id);
      reject(new Error('metrics of the other workers: the primary did not answer'));
    }, timeoutMs);
    waiting.set(id, { resolve: (t) => (clearTimeout(timer), resolve(t)), reject: (e) => (clearTimeout(timer), reject(e)) });
    process.send?.({ type: 'nexusflow:metrics', id } satisfies MetricsRequest);
  });
}
