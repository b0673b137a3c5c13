import { afterAll, describe, expect, it } from 'vitest';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';
import { findFerretDb, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { FAULT_COST, faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { checkBooks } from './books.js';
import { isCompleteAnswer, startLoad } from './load.js';
import { chatCall, expectErrorShape, send } from './protocols.js';

const binary = findFerretDb();
const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/**
 * Fault matrix, store side: MongoDB (FerretDB) stops for three seconds while twelve callers keep
 * requests in flight, then comes back on the same port and data. A single request during an
 * outage, through a gateway process: test/e2e/mongo-outage.test.ts; the store's own reconnect:
 * test/store/mongo.test.ts.
 */
// Known flake, root cause open: now and then the driver has not found the restarted FerretDB
// within 20 s, and the run sees no answers after the restart. Each retry repeats every assertion.
describe.skipIf(!binary)('fault matrix: MongoDB stopped under load and restarted', () => {
  let db: FerretDbInstance | undefined;
  let store: Store | undefined;
  let upstream: FaultUpstream | undefined;
  let gw: TestGateway | undefined;
  afterAll(async () => {
    await gw?.close();
    await store?.close();
    await upstream?.close();
    await db?.dispose();
  });

  it('callers get a complete answer or 503 store_unavailable in their own shape; afterwards nothing is lost, duplicated or left held', { retry: 2, timeout: 60_000 }, async () => {
    // A retry starts from scratch (see the retry note below).
    await gw?.close();
    await store?.close();
    await upstream?.close();
    await db?.dispose();
    db = await startFerretDb({ binary: binary! });
    // Operations give up after 1 s without a server, so a 3 s outage shows both outcomes: waits that
    // outlast it, and refusals.
    store = await createStore({ dataDir: '', mongodbUri: db.uri, mongodbDb: 'nf_fault_outage', serverSelectionTimeoutMS: 1000 });
    upstream = await startFaultUpstream();
    gw = await startTestGateway({ store, catalog: faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl()), routing: { maxAttempts: 1 } });
    const base = gw.baseUrl;
    const loadStart = Date.now();
    const load = startLoad(() => base, gw.apiKey, 'f-ok-patient', 12);
    await sleep(1000);
    const stoppedAt = load.results.length;
    await db.stop();
    await sleep(3000);
    db = await startFerretDb({ binary: binary!, port: db.port, dir: db.dir });
    // How soon the driver finds the server again depends on its monitoring and on machine load:
    // keep the load running until answers flow again (bounded), rather than for a fixed time.
    const restartedAt = Date.now() - loadStart;
    const until = Date.now() + 20_000;
    await sleep(2500);
    // Answers alone do not prove the store back: a leased budget holds requests in memory and
    // their charges wait in the outbox. Wait for the store to answer too.
    const storeAnswers = async (): Promise<boolean> => store!.getAccount(gw!.accountId).then(() => true, () => false);
    while (Date.now() < until && (load.results.filter((r) => r.at > restartedAt && isCompleteAnswer(r, 'word9')).length <= 5 || !(await storeAnswers()))) await sleep(250);
    const results = await load.stop();

    expect(results.filter((r) => r.error !== undefined), 'connection-level failures').toEqual([]);
    const ok = results.filter((r) => isCompleteAnswer(r, 'word9'));
    const refused = results.filter((r) => !isCompleteAnswer(r, 'word9'));
    for (const r of refused) {
      expect(r.result?.status, `${r.protocol} stream=${r.stream} at ${r.at} ms`).toBe(503);
      expectErrorShape(r.protocol, r.result!.json, 'store_unavailable');
      expect(r.result!.retryAfter).toBe('2');
    }
    // Work went through before the outage and after it.
    expect(stoppedAt).toBeGreaterThan(10);
    expect(ok.filter((r) => r.at > restartedAt).length).toBeGreaterThan(5);

    // The gateway is healthy again.
    const after = await send(chatCall('openai', base, gw.apiKey, 'f-ok-patient', false, 'after the outage'));
    expect(after.status).toBe(200);

    // Usage records queued during the outage are written once the store is back.
    const end = Date.now() + 15_000;
    while (gw.gateway.services.usage.pending > 0 && Date.now() < end) await gw.gateway.services.usage.flush().then(() => sleep(100));
    expect(gw.gateway.services.usage.pending).toBe(0);
    const okIds = ok.map((r) => r.result!.requestId);
    const { usage } = await checkBooks(store, gw.accountId, okIds, { holdWaitMs: 10_000 });
    for (const id of okIds) expect(usage.get(id), id).toMatchObject({ status: 'succeeded', cost: FAULT_COST });
    // A refusal charged nothing: if a record exists (refused after the hold), it is a zero-cost failure.
    for (const r of refused) {
      const rec = await store.getUsage(r.result!.requestId);
      if (rec) expect(rec, r.result!.requestId).toMatchObject({ status: 'failed', cost: 0 });
    }
    const account = (await store.getAccount(gw.accountId))!;
    expect(account.balance).toBe(100_000_000 - FAULT_COST * (okIds.length + 1));
  });
});
