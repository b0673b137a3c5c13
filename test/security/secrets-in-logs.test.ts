import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { startFaultUpstream, type FaultUpstream } from '../support/fault-upstream.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';
import { CALLER_PROTOCOLS, chatCall, send } from '../faults/protocols.js';

/**
 * Secrets never reach the log: a full mixed session against a gateway PROCESS logging at
 * `trace` — every protocol, streamed and not, keys in every place each protocol's SDKs put them
 * (Gemini's `?key=` query parameter included), wrong keys and wrong admin tokens, admin calls
 * that create, rotate and revoke keys and store a channel credential, upstream errors — then
 * everything the process printed is searched for every secret it saw.
 */
describe('secrets never appear in the logs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'nexusflow-secrets-'));
  let upstream: FaultUpstream | undefined;
  let gw: GatewayProcess | undefined;
  afterAll(async () => {
    await gw?.stop('SIGKILL');
    await upstream?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('at LOG_LEVEL=trace, after a full mixed session, the output holds no key, token or credential', async () => {
    upstream = await startFaultUpstream();
    const envCredential = `sk-upstream-env-${randomBytes(12).toString('hex')}`;
    const storedCredential = `sk-upstream-stored-${randomBytes(12).toString('hex')}`;
    const secrets = {
      bootstrapKey: generateApiKeySecret(),
      adminToken: `nf-admin-${randomBytes(24).toString('base64url')}`,
      secretKey: randomBytes(32).toString('base64'),
      signingKey: randomBytes(32).toString('base64'),
      envCredential,
      storedCredential,
      wrongKey: generateApiKeySecret(),
      wrongAdminToken: `nf-admin-${randomBytes(24).toString('base64url')}`,
    } as Record<string, string>;
    const catalog = join(dir, 'catalog.json');
    const protocols = ['openai:chat-completions', 'anthropic:messages', 'gemini:generate-content'];
    writeFileSync(catalog, JSON.stringify({
      channels: [{ id: 'env-cred', provider: 'openai-compatible', base_url: upstream.baseUrl, credential_env: 'NF_TEST_UPSTREAM_CREDENTIAL' }],
      models: [
        { id: 'm-ok', supported_protocols: protocols, max_output_tokens: 100, pricing: { input_per_million: 1_000_000, output_per_million: 1_000_000 }, channels: [{ channel: 'env-cred', upstream_model: 'ok' }] },
        { id: 'm-500', supported_protocols: protocols, max_output_tokens: 100, pricing: { input_per_million: 1_000_000, output_per_million: 1_000_000 }, channels: [{ channel: 'env-cred', upstream_model: 'status-500' }] },
      ],
    }));
    gw = await startGatewayProcess({
      LOG_LEVEL: 'trace', NEXUSFLOW_DATA_DIR: dir, NEXUSFLOW_CONFIG: catalog, NEXUSFLOW_BOOTSTRAP_KEY: secrets.bootstrapKey!,
      NEXUSFLOW_ADMIN_TOKEN: secrets.adminToken!, NEXUSFLOW_SECRET_KEY: secrets.secretKey!, NEXUSFLOW_SIGNING_KEY: secrets.signingKey!,
      NF_TEST_UPSTREAM_CREDENTIAL: envCredential, NEXUSFLOW_CHANGE_POLL_MS: '200',
      // One attempt and no breaker: the failing model answers 502 at once, every time.
      NEXUSFLOW_RETRY_MAX_ATTEMPTS: '1', NEXUSFLOW_CIRCUIT_FAILURES: '1000',
    });
    const base = gw.baseUrl;
    const admin = async (method: string, path: string, body?: unknown, token = secrets.adminToken!): Promise<{ status: number; json: Record<string, unknown> }> => {
      const res = await fetch(`${base}${path}`, {
        method, headers: { authorization: `Bearer ${token}`, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown> };
    };

    // Admin: an account with money, a key (its secret is shown once), a channel whose credential is stored encrypted.
    const account = await admin('POST', '/admin/v1/accounts', { name: 'secrets' });
    expect(account.status).toBe(201);
    const accountId = String(account.json.id);
    expect((await admin('POST', `/admin/v1/accounts/${accountId}/topups`, { amount: 10_000_000, reason: 'test' })).status).toBeLessThan(300);
    const created = await admin('POST', '/admin/v1/keys', { account_id: accountId, name: 'session' });
    secrets.createdKey = String(created.json.secret);
    expect(secrets.createdKey).toMatch(/^sk-air-/);
    expect((await admin('POST', '/admin/v1/channels', { id: 'stored-cred', provider: 'openai-compatible', base_url: upstream.baseUrl, credential: storedCredential })).status).toBe(201);
    expect((await admin('POST', '/admin/v1/models', { id: 'm-stored', supported_protocols: protocols, channels: [{ channel: 'stored-cred', upstream_model: 'ok' }] })).status).toBe(201);
    // A bad request that carries a credential (the error must not echo it).
    expect((await admin('POST', '/admin/v1/channels', { id: 'bad', provider: 'nope', credential: storedCredential })).status).toBe(400);

    // The API in every protocol, streamed and not, with both keys, on both channels, and an upstream failure.
    for (const key of [secrets.bootstrapKey!, secrets.createdKey]) {
      for (const protocol of CALLER_PROTOCOLS) {
        for (const stream of [false, true]) {
          for (const model of ['m-ok', 'm-stored']) {
            const res = await send(chatCall(protocol, base, key, model, stream, 'hello'));
            expect(res.status, `${protocol} ${model} stream=${stream}`).toBe(200);
          }
          expect((await send(chatCall(protocol, base, key, 'm-500', stream, 'fail'))).status).toBe(502);
        }
      }
    }
    // Gemini's SDKs may send the key as ?key= in the URL, where request logging would catch it.
    const viaQuery = await fetch(`${base}/v1beta/models/m-ok:generateContent?key=${secrets.createdKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ contents: [{ role: 'user', parts: [{ text: 'hi' }] }] }) });
    expect(viaQuery.status).toBe(200);
    const wrongViaQuery = await fetch(`${base}/v1beta/models/m-ok:generateContent?key=${secrets.wrongKey}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"contents":[]}' });
    expect(wrongViaQuery.status).toBe(400);
    // Wrong credentials everywhere.
    for (const protocol of CALLER_PROTOCOLS) expect((await send(chatCall(protocol, base, secrets.wrongKey!, 'm-ok', false, 'x'))).status).toBeGreaterThanOrEqual(400);
    expect((await admin('GET', '/admin/v1/keys', undefined, secrets.wrongAdminToken)).status).toBe(401);
    expect((await admin('GET', '/admin/v1/keys', undefined, secrets.bootstrapKey)).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${secrets.wrongAdminToken}` } })).status).toBe(401);
    expect((await fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${secrets.adminToken}` } })).status).toBe(200);

    // Rotate (a new secret), then revoke: the old secrets stop working within seconds.
    const rotated = await admin('POST', `/admin/v1/keys/${String(created.json.id)}/rotate`, { grace_period_seconds: 0 });
    secrets.rotatedKey = String(rotated.json.secret);
    expect((await send(chatCall('openai', base, secrets.rotatedKey, 'm-ok', false, 'rotated'))).status).toBe(200);
    expect((await admin('POST', `/admin/v1/keys/${String(rotated.json.id)}/revoke`)).status).toBe(200);
    expect((await send(chatCall('anthropic', base, secrets.rotatedKey, 'm-ok', false, 'revoked'))).status).toBe(401);

    // Both channel credentials did reach the upstream.
    const sent = new Set(upstream.requests.map((r) => r.authorization));
    expect(sent).toContain(`Bearer ${envCredential}`);
    expect(sent).toContain(`Bearer ${storedCredential}`);

    await gw.stop('SIGTERM');
    const output = gw.output();
    // The session did log (a trace-level run that printed nothing would prove nothing).
    expect(output.split('\n').filter((l) => l.startsWith('{')).length).toBeGreaterThan(50);
    // Including the warnings that carry upstream error details.
    expect(output).toContain('"level":40');
    for (const [name, value] of Object.entries(secrets)) {
      expect(output.includes(value), `${name} appears in the gateway output`).toBe(false);
      // Nor URL-encoded (a query string logged as received).
      expect(output.includes(encodeURIComponent(value)), `${name} (URL-encoded) appears in the gateway output`).toBe(false);
    }
  }, 90_000);
});
