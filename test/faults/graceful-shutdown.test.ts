import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import type { Store } from '../../server/store/store.js';
import { FAULT_COST, faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { checkBooks } from './books.js';
import { isCompleteAnswer, type LoadResult } from './load.js';
import { CALLER_PROTOCOLS, chatCall, expectErrorShape, send } from './protocols.js';
import { processTargets } from './targets.js';

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

/** Sends `count` requests of `model` (every protocol, streamed and not) and collects their answers. */
function inFlight(baseUrl: string, key: string, model: string, count: number): Promise<LoadResult[]> {
  return Promise.all(Array.from({ length: count }, async (_, i): Promise<LoadResult> => {
    const protocol = CALLER_PROTOCOLS[i % 3]!;
    const stream = i % 2 === 0;
    try {
      return { protocol, stream, at: 0, result: await send(chatCall(protocol, baseUrl, key, model, stream, `drain ${i}`)) };
    } catch (err) {
      return { protocol, stream, at: 0, error: String(err) };
    }
  }));
}

/**
 * A request that began arriving before the SIGTERM (its first header line was sent) and is
 * completed after it: the connection was busy, so it is not closed; the request gets the 503.
 */
async function lateRequestOnOpenConnection(baseUrl: string, key: string, afterHead: () => Promise<void>): Promise<{ status: number; headers: string; body: string }> {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  let raw = '';
  socket.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const ended = new Promise<void>((r) => socket.once('close', () => r()));
  const body = JSON.stringify({ model: 'f-ok-patient', messages: [{ role: 'user', content: 'late' }] });
  socket.write('POST /v1/chat/completions HTTP/1.1\r\nhost: localhost\r\n');
  await afterHead();
  socket.write(`authorization: Bearer ${key}\r\ncontent-type: application/json\r\ncontent-length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  await Promise.race([ended, sleep(5000)]);
  socket.destroy();
  const [head = '', rest = ''] = raw.split('\r\n\r\n');
  return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), headers: head.toLowerCase(), body: rest };
}

/**
 * Fault matrix, SIGTERM: the gateway stops accepting, lets open requests (streams included)
 * finish up to NEXUSFLOW_SHUTDOWN_DEADLINE_MS, cuts what is still open at the deadline (billed for
 * what it produced), flushes usage and exits 0 (server/lifecycle/graceful-shutdown.ts).
 */
describe.each(processTargets('fault-term'))('fault matrix: SIGTERM drains in-flight requests ($name store)', (target) => {
  let upstream: FaultUpstream;
  const procs: GatewayProcess[] = [];
  let store: Store | undefined;
  const key = generateApiKeySecret();
  let env: Record<string, string>;

  beforeAll(async () => {
    if (!target.available) return;
    upstream = await startFaultUpstream();
    const catalog = join(target.dir, 'catalog.json');
    writeFileSync(catalog, JSON.stringify(faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl())));
    env = { ...target.env, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '100' };
  });
  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop('SIGKILL')));
    await store?.close();
    await upstream?.close();
    await target.cleanup();
  });

  const account = async (s: Store): Promise<string> => (await s.listAccounts({ limit: 10 })).items.find((a) => a.name === 'Bootstrap account')!.id;

  it.skipIf(!target.available)('open streams and requests finish, new connections are refused, late requests get 503 in their shape, usage is flushed, exit 0', async () => {
    const gw = await startGatewayProcess({ ...env, NEXUSFLOW_SHUTDOWN_DEADLINE_MS: '10000' });
    procs.push(gw);
    const seenBefore = upstream.requests.length;
    // Six one-second answers (streams of 50 chunks, and JSON after 1 s), all in flight at SIGTERM.
    const answers = inFlight(gw.baseUrl, key, 'f-slow-short', 6);
    while (upstream.requests.length < seenBefore + 6) await sleep(10);
    let t0 = 0;
    let exited: Promise<number | null> | undefined;
    const late = lateRequestOnOpenConnection(gw.baseUrl, key, async () => {
      t0 = Date.now();
      exited = gw.stop('SIGTERM');
      await sleep(150);
    });
    while (exited === undefined) await sleep(10);
    await sleep(100);
    const refused = await fetch(`${gw.baseUrl}/healthz`).then((r) => `status ${r.status}`, (e: unknown) => String((e as { cause?: { code?: string } }).cause?.code ?? e));
    expect(refused).toBe('ECONNREFUSED');

    const results = await answers;
    for (const r of results) expect(isCompleteAnswer(r, r.stream ? 'w49' : 'word9'), `${r.protocol} stream=${r.stream}: ${r.error ?? r.result?.status}`).toBe(true);
    const lateAnswer = await late;
    expect(lateAnswer.status).toBe(503);
    expect(lateAnswer.headers).toContain('connection: close');
    expectErrorShape('openai', JSON.parse(lateAnswer.body), 'shutting_down');

    expect(await exited).toBe(0);
    // Drained when the last answer ended (about 1 s), not at the 10 s deadline.
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(gw.output()).toMatch(/SIGTERM: draining/);
    expect(gw.output()).toMatch(/"drained":true,"cut":0.*shutdown complete/);

    store = await target.open();
    const ids = results.map((r) => r.result!.requestId);
    const { usage } = await checkBooks(store, await account(store), ids);
    for (const id of ids) expect(usage.get(id), id).toMatchObject({ status: 'succeeded', cost: FAULT_COST });
    await store.close();
    store = undefined;
  }, 60_000);

  it.skipIf(!target.available)('at the deadline, what is still open is cut, billed for what it produced, recorded, and the process exits 0', async () => {
    const gw = await startGatewayProcess({ ...env, NEXUSFLOW_SHUTDOWN_DEADLINE_MS: '1000' });
    procs.push(gw);
    const seenBefore = upstream.requests.length;
    // Four-second streams: still open when the one-second deadline passes.
    const answers = Promise.all(CALLER_PROTOCOLS.map((protocol, i) => send(chatCall(protocol, gw.baseUrl, key, 'f-slow', true, `cut ${i}`)).catch((e: unknown) => String(e))));
    while (upstream.requests.length < seenBefore + 3) await sleep(10);
    await sleep(300);
    const t0 = Date.now();
    expect(await gw.stop('SIGTERM')).toBe(0);
    expect(Date.now() - t0).toBeLessThan(4000);
    expect(gw.output()).toMatch(/"drained":false,"cut":3.*shutdown complete/);
    const results = await answers;

    store = await target.open();
    const accountId = await account(store);
    // The callers saw their streams end early (no closing frame); find their records by model.
    const records = (await store.queryUsage({ accountId, model: 'f-slow' }, { limit: 100 })).items;
    expect(records).toHaveLength(3);
    for (const rec of records) {
      expect(rec).toMatchObject({ status: 'partial', source: 'estimated' });
      expect(rec.cost).toBeGreaterThan(0);
    }
    for (const r of results) if (typeof r !== 'string') expect(r.status).toBe(200);
    // Settled by the draining process itself, not left for a sweeper.
    await checkBooks(store, accountId, records.map((r) => r.requestId), { holdWaitMs: 0 });
  }, 60_000);
});
