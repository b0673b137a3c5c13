import { writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { drainAndClose } from '../../server/lifecycle/graceful-shutdown.js';
import { createStore } from '../../server/store/index.js';
import { findFerretDb, startFerretDb } from '../setup/ferretdb.js';
import { faultUpstreamCatalog, startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startTestGateway } from '../support/gateway.js';
import { startGatewayProcess } from '../support/gateway-process.js';
import { refusingBaseUrl } from '../support/scripted-upstream.js';
import { waitFor } from '../support/wait.js';
import { chatCall, send } from '../faults/protocols.js';

const json = (body: string): unknown => JSON.parse(body);

/**
 * A GET whose first line is sent now and the rest on `finish()`: a connection busy with a request
 * is not closed when the server stops listening, so this is what reaches a draining gateway.
 */
async function startedGet(baseUrl: string, path: string, headers: Record<string, string> = {}): Promise<{ finish(): Promise<{ status: number; body: string }> }> {
  const url = new URL(baseUrl);
  const socket = connect(Number(url.port), url.hostname);
  await new Promise<void>((r) => socket.once('connect', () => r()));
  let raw = '';
  socket.on('data', (d: Buffer) => (raw += d.toString('utf8')));
  const ended = new Promise<void>((r) => socket.once('close', () => r()));
  socket.write(`GET ${path} HTTP/1.1\r\nhost: localhost\r\n`);
  return {
    async finish() {
      socket.write(`${Object.entries(headers).map(([k, v]) => `${k}: ${v}\r\n`).join('')}connection: close\r\n\r\n`);
      await ended;
      const [head = '', body = ''] = raw.split('\r\n\r\n');
      return { status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), body };
    },
  };
}

describe('/healthz and /readyz', () => {
  let upstream: FaultUpstream;
  let catalog: unknown;
  beforeAll(async () => {
    upstream = await startFaultUpstream();
    catalog = faultUpstreamCatalog(upstream.baseUrl, await refusingBaseUrl());
  });
  afterAll(async () => upstream?.close());

  it('a running gateway is live and ready; both answers are never cached and need no key', async () => {
    const gw = await startTestGateway({ catalog });
    try {
      const live = await fetch(`${gw.baseUrl}/healthz`);
      expect(live.status).toBe(200);
      expect(await live.json()).toEqual({ status: 'ok' });
      const ready = await fetch(`${gw.baseUrl}/readyz`);
      expect(ready.status).toBe(200);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      expect(await ready.json()).toEqual({ status: 'ready', checks: { store: 'ok', catalog: 'ok', draining: 'ok' } });
    } finally {
      await gw.close();
    }
  });

  it('a store that fails makes the gateway not ready (503, the reason named) while it stays live', async () => {
    const gw = await startTestGateway({ catalog });
    try {
      // The embedded store closed under the running gateway: every store call now throws.
      await gw.store.close();
      const ready = await fetch(`${gw.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      const body = (await ready.json()) as { status: string; checks: { store: string; catalog: string } };
      expect(body.status).toBe('not_ready');
      expect(body.checks.store).toMatch(/^unreachable: /);
      expect(body.checks.catalog).toBe('ok');
      expect((await fetch(`${gw.baseUrl}/healthz`)).status).toBe(200);
    } finally {
      await gw.gateway.app.close().catch(() => undefined);
    }
  });

  it('during a drain, probes bypass the shutting_down refusal: /readyz 503 "shutting down", /healthz 200, API calls 503 shutting_down', async () => {
    const gw = await startTestGateway({ catalog });
    try {
      // A four-second stream keeps the drain open.
      const seen = upstream.requests.length;
      const streaming = send(chatCall('openai', gw.baseUrl, gw.apiKey, 'f-slow', true, 'hold the drain'));
      await waitFor(() => upstream.requests.length > seen);
      const probes = { ready: await startedGet(gw.baseUrl, '/readyz'), live: await startedGet(gw.baseUrl, '/healthz'), api: await startedGet(gw.baseUrl, '/v1/models', { authorization: `Bearer ${gw.apiKey}` }) };
      const drained = drainAndClose(gw.gateway, { deadlineMs: 20_000, log: pino({ level: 'silent' }) });
      await waitFor(() => gw.gateway.readiness.draining && gw.gateway.inFlight.closing);

      const ready = await probes.ready.finish();
      expect(ready.status).toBe(503);
      expect(json(ready.body)).toMatchObject({ status: 'not_ready', checks: { store: 'ok', catalog: 'ok', draining: 'shutting down' } });
      const live = await probes.live.finish();
      expect(live.status).toBe(200);
      expect(json(live.body)).toEqual({ status: 'ok' });
      const api = await probes.api.finish();
      expect(api.status).toBe(503);
      expect(json(api.body)).toMatchObject({ error: { code: 'shutting_down' } });

      expect((await streaming).status).toBe(200);
      expect(await drained).toEqual({ drained: true, cut: 0 });
    } finally {
      await gw.store.close().catch(() => undefined);
    }
  }, 30_000);

  it('with NEXUSFLOW_SHUTDOWN_READY_GRACE_MS, a SIGTERMed process reports not ready but keeps serving new connections until the grace ends', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'nexusflow-probes-'));
    const key = generateApiKeySecret();
    const file = join(dir, 'catalog.json');
    writeFileSync(file, JSON.stringify(catalog));
    const gw = await startGatewayProcess({ NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: file, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_SHUTDOWN_READY_GRACE_MS: '60000' });
    try {
      expect((await fetch(`${gw.baseUrl}/readyz`)).status).toBe(200);
      gw.child.kill('SIGTERM');
      await waitFor(() => gw.output().includes('SIGTERM: draining'));
      const ready = await fetch(`${gw.baseUrl}/readyz`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { draining: 'shutting down' } });
      expect((await fetch(`${gw.baseUrl}/healthz`)).status).toBe(200);
      // Still taking traffic: the load balancer has not noticed yet.
      const answer = await send(chatCall('anthropic', gw.baseUrl, key, 'f-ok', false, 'during the grace'));
      expect(answer.status).toBe(200);
    } finally {
      await gw.stop('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);

  it.skipIf(findFerretDb() === undefined)('on MongoDB: not ready while the database is down, ready again once it is back', async () => {
    const mongo = await startFerretDb();
    const store = await createStore({ dataDir: '', mongodbUri: mongo.uri, mongodbDb: 'nf_probes' });
    const gw = await startTestGateway({ catalog, store });
    try {
      expect((await fetch(`${gw.baseUrl}/readyz`)).status).toBe(200);
      await mongo.stop();
      const down = await fetch(`${gw.baseUrl}/readyz`);
      expect(down.status).toBe(503);
      expect(((await down.json()) as { checks: { store: string } }).checks.store).not.toBe('ok');
      expect((await fetch(`${gw.baseUrl}/healthz`)).status).toBe(200);
      const again = await startFerretDb({ port: mongo.port, dir: mongo.dir });
      try {
        await waitFor(async () => (await fetch(`${gw.baseUrl}/readyz`)).status === 200, 40_000);
      } finally {
        await gw.close();
        await store.close().catch(() => undefined);
        await again.stop();
      }
    } finally {
      await mongo.dispose();
    }
  }, 90_000);
});
