import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import type { Store } from '../../server/store/store.js';
import { FAULT_COST, faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { checkBooks } from './books.js';
import { isCompleteAnswer, startLoad } from './load.js';
import { processTargets } from './targets.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
/** The usage writer flushes every 100 ms; a record is safely stored well within this. */
const FLUSH_MARGIN_MS = 1000;

/**
 * Fault matrix, process side: `kill -9` of a gateway with short and long requests in flight on
 * every protocol, then a restart on the same store. Holds of the killed requests are released by
 * the restarted process's sweeper (with a ledger entry each), answers completed before the kill
 * are charged exactly once, and the books balance. Holds alone, on the embedded store:
 * test/billing/crash-recovery.test.ts; a task resumed after kill -9, on both stores:
 * test/e2e/tasks-processes.test.ts.
 */
describe.each(processTargets('fault-kill'))('fault matrix: gateway killed (SIGKILL) under load and restarted ($name store)', (target) => {
  let upstream: FaultUpstream;
  const procs: GatewayProcess[] = [];
  let store: Store | undefined;

  beforeAll(async () => {
    upstream = await startFaultUpstream();
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await store?.close();
    await upstream?.close();
    await target.cleanup();
  });

  it.skipIf(!target.available)('in-flight requests fail at the connection, their holds are released after the restart, completed ones are charged once', async () => {
    const catalog = join(target.dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify(faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl())));
    const key = generateApiKeySecret();
    const env = { ...target.env, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '100' };
    let gw = await startGatewayProcess(env);
    procs.push(gw);
    // Half the requests are 4-second streams or waits (in flight when the kill comes), half are quick.
    const load = startLoad(() => gw.baseUrl, key, (n) => (n % 2 === 0 ? 'f-slow' : 'f-ok-patient'), 12);
    await sleep(1500);
    await gw.stop('SIGKILL');
    const killedAt = load.elapsed();
    // Older than the restarted process's hold timeout (1 s), so its first sweep finds them.
    await sleep(1200);
    gw = await startGatewayProcess({ ...env, NEXUSFLOW_HOLD_TIMEOUT_MS: '1000' });
    procs.push(gw);
    const restartedAt = load.elapsed();
    await sleep(2000);
    const results = await load.stop();

    const complete = results.filter((r) => isCompleteAnswer(r));
    // Requests that failed did so at the connection (the process was gone), and only around the kill.
    for (const r of results.filter((x) => !isCompleteAnswer(x))) {
      expect(r.result?.status ?? 'connection error', `${r.protocol} stream=${r.stream} sent at ${r.at} ms`).toBe('connection error');
      expect(r.endedAt!).toBeGreaterThanOrEqual(killedAt - 50);
      expect(r.at).toBeLessThanOrEqual(restartedAt + 200);
    }
    expect(complete.filter((r) => r.endedAt! < killedAt).length).toBeGreaterThan(5);
    expect(complete.filter((r) => r.at > restartedAt).length).toBeGreaterThan(5);

    store = await target.open();
    const accountId = (await store.listAccounts({ limit: 10 })).items.find((a) => a.name === 'Bootstrap account')!.id;
    // Usage records are batched (100 ms): those of answers completed just before the kill may be
    // lost with the process (SECURITY.md, known gaps). Older ones must all be there.
    const settledLongBefore = complete.filter((r) => r.endedAt! < killedAt - FLUSH_MARGIN_MS || r.at > restartedAt).map((r) => r.result!.requestId);
    await sleep(300);
    const { ledger } = await checkBooks(store, accountId, settledLongBefore, { holdWaitMs: 10_000 });
    // Money is exact for every completed answer, recorded or not: one settle of the full cost.
    for (const r of complete) {
      const entries = ledger.get(r.result!.requestId) ?? [];
      expect(entries.filter((e) => e.kind === 'settle').map((e) => e.cost), r.result!.requestId).toEqual([FAULT_COST]);
    }
    // Every hold (or lease, billing/lease-book.ts) of the killed process was released by the
    // sweeper, saying why.
    const released = [...ledger.values()].flat().filter((e) => e.kind === 'release');
    expect(released.length).toBeGreaterThan(0);
    // (Leases the restarted process opened and returned say so: 'lease returned'.)
    expect(released.filter((e) => !/never settled|lease never returned|^lease returned$/.test(e.reason ?? '')).map((e) => e.reason)).toEqual([]);
    expect(released.some((e) => /never settled|lease never returned/.test(e.reason ?? ''))).toBe(true);
    expect(gw.output()).toContain('released a stale hold');
  }, 90_000);
});
