import type { Logger } from 'pino';
import type { Gateway } from '../app.js';

export interface ShutdownOptions {
  /** How long open requests (long streams included) may take to finish before they are cut. */
  deadlineMs: number;
  /**
   * How long to keep serving after readiness turns false, before listening stops: the time a load
   * balancer needs to see `/readyz` fail and stop sending (NEXUSFLOW_SHUTDOWN_READY_GRACE_MS, default 0).
   */
  readyGraceMs?: number;
  log: Logger;
}

export interface ShutdownResult {
  /** True when every open request finished before the deadline. */
  drained: boolean;
  /** Requests still open at the deadline, whose connections were closed. */
  cut: number;
}

/**
 * Graceful shutdown (SIGTERM): stop accepting connections, let open requests finish up to a
 * deadline, then close the connections still open — their requests unwind and are billed for
 * what they produced (pipeline/chat.ts) — and only then flush usage and stop background work
 * (the app's onClose hooks, which wait for those requests first). The caller closes the store.
 */
export async function drainAndClose(gateway: Gateway, options: ShutdownOptions): Promise<ShutdownResult> {
  const { app, inFlight, readiness } = gateway;
  readiness.beginDrain();
  if (options.readyGraceMs) await new Promise((resolve) => setTimeout(resolve, options.readyGraceMs));
  // Stops listening at once; requests that still arrive on open keep-alive connections get a 503
  // in their own protocol's shape (app.ts). Resolves after the onClose hooks have run.
  const closed = app.close();
  const drained = await inFlight.idle(options.deadlineMs);
  const cut = inFlight.count;
  if (drained) {
    // A connection whose last response ended during the drain sits idle in keep-alive (72 s):
    // the server's own close only reaped the connections that were idle when it began.
    app.server.closeIdleConnections();
  } else {
    options.log.warn({ open: cut, deadlineMs: options.deadlineMs }, 'shutdown: deadline passed, closing the connections still open');
    app.server.closeAllConnections();
  }
  await closed;
  return { drained, cut };
}
