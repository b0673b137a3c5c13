import { Writable } from 'node:stream';
import OpenAI from 'openai';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFakeOpenAIUpstream, type FakeUpstream } from '../support/fake-openai-upstream.js';
import { startTestGateway, type TestGateway } from '../support/gateway.js';
import { trpcClient } from './helpers.js';

const UPSTREAM_SECRET = 'sk-upstream-TOP-SECRET-7f3a9c1e5b';

async function call(gw: TestGateway, method: string, path: string, token: string | undefined, body?: unknown): Promise<{ status: number; text: string; headers: Headers }> {
  const res = await fetch(`${gw.baseUrl}${path}`, {
    method,
    headers: { ...(token !== undefined ? { authorization: `Bearer ${token}` } : {}), ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, text: await res.text(), headers: res.headers };
}

describe('admin API authentication', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    // Many wrong tokens on purpose here: the guessing limit is tested on its own below.
    gw = await startTestGateway({ adminFailureLimit: { max: 1000, windowMs: 60_000 } });
  });
  afterAll(async () => gw?.close());

  it('answers 401 with one body, whatever exists, to a missing or wrong token and to an API key', async () => {
    const wrongToken = `${gw.adminToken}x`;
    const bodies = new Set<string>();
    for (const token of [undefined, wrongToken, gw.apiKey, 'Bearer', '']) {
      for (const [method, path] of [
        ['GET', '/admin/v1/accounts'], ['GET', `/admin/v1/accounts/${gw.accountId}`], ['GET', '/admin/v1/accounts/does-not-exist'],
        ['POST', '/admin/v1/keys'], ['GET', '/admin/v1/no-such-endpoint'], ['DELETE', '/admin'], ['GET', '/admin/trpc/accounts.list'],
        ['GET', '/admin/trpc/no.such.procedure'],
      ] as const) {
        const res = await call(gw, method, path, token, method === 'POST' ? { account_id: gw.accountId, name: 'x' } : undefined);
        expect(res.status, `${method} ${path} with ${token === gw.apiKey ? 'the API key' : String(token)}`).toBe(401);
        expect(res.text).not.toContain(gw.accountId);
        bodies.add(path.startsWith('/admin/trpc') ? `trpc:${res.text}` : res.text);
      }
    }
    // One REST body and one tRPC body, for every path and every wrong credential.
    expect([...bodies].sort()).toEqual([
      'trpc:{"error":{"message":"Invalid or missing admin token.","code":-32001,"data":{"code":"UNAUTHORIZED","httpStatus":401,"nexusflowCode":"invalid_admin_token"}}}',
      '{"error":{"message":"Invalid or missing admin token.","type":"invalid_request_error","param":null,"code":"invalid_admin_token"}}',
    ].sort());
    // The API key itself still works where it belongs.
    expect((await call(gw, 'GET', '/v1/models', gw.apiKey)).status).toBe(200);
    // And the admin token opens nothing else (it is not an API key).
    expect((await call(gw, 'GET', '/v1/models', gw.adminToken)).status).toBe(401);
  });

  it('the tRPC client sees UNAUTHORIZED, per call of a batch', async () => {
    const t = trpcClient(gw.baseUrl, 'not-the-token');
    const results = await Promise.allSettled([t.accounts.list.query(), t.keys.list.query()]);
    for (const r of results) expect(r).toMatchObject({ status: 'rejected', reason: { data: { code: 'UNAUTHORIZED', httpStatus: 401 } } });
  });

  it('a gateway without an admin token keeps the admin API closed', async () => {
    const closed = await startTestGateway({ adminToken: null });
    try {
      expect((await call(closed, 'GET', '/admin/v1/accounts', 'anything-at-all-123')).status).toBe(401);
      expect((await call(closed, 'GET', '/admin/v1/accounts', undefined)).status).toBe(401);
    } finally {
      await closed.close();
    }
  });

  it('limits wrong tokens per address: 429 until the window ends, even for the right token', async () => {
    const limited = await startTestGateway({ adminFailureLimit: { max: 3, windowMs: 60_000 } });
    try {
      expect((await call(limited, 'GET', '/admin/v1/accounts', limited.adminToken)).status).toBe(200);
      // Requests without any token are not guesses and are not counted.
      for (let i = 0; i < 5; i++) expect((await call(limited, 'GET', '/admin/v1/accounts', undefined)).status).toBe(401);
      for (let i = 0; i < 3; i++) expect((await call(limited, 'GET', '/admin/v1/accounts', `guess-${i}`)).status).toBe(401);
      const blocked = await call(limited, 'GET', '/admin/v1/accounts', 'guess-4');
      expect(blocked.status).toBe(429);
      expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
      expect((await call(limited, 'GET', '/admin/v1/accounts', limited.adminToken)).status).toBe(429);
      expect((await call(limited, 'GET', '/admin/trpc/accounts.list', limited.adminToken)).status).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

describe('channel credentials', () => {
  let upstream: FakeUpstream;
  let gw: TestGateway;
  let logs = '';

  beforeAll(async () => {
    upstream = await startFakeOpenAIUpstream();
    const sink = new Writable({ write(chunk: Buffer, _enc, done) { logs += chunk.toString(); done(); } });
    gw = await startTestGateway({ logger: pino({ level: 'trace' }, sink) });
  });
  afterAll(async () => {
    await gw?.close();
    await upstream?.close();
  });

  it('are write-only: stored encrypted, sent upstream, never in responses, audit or logs', async () => {
    const responses: string[] = [];
    const admin = async (method: string, path: string, body?: unknown) => {
      const res = await call(gw, method, path, gw.adminToken, body);
      responses.push(res.text);
      return res;
    };
    const created = await admin('POST', '/admin/v1/channels', { id: 'secret-upstream', provider: 'openai-compatible', base_url: upstream.baseUrl, credential: UPSTREAM_SECRET });
    expect(created.status).toBe(201);
    expect(JSON.parse(created.text)).toMatchObject({ credential: { source: 'stored', env: null }, health: 'ok' });
    await admin('POST', '/admin/v1/models', { id: 'secret-model', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'secret-upstream', upstream_model: 'fake-ok' }] });
    await admin('GET', '/admin/v1/channels/secret-upstream');
    await admin('GET', '/admin/v1/channels');
    await admin('PATCH', '/admin/v1/channels/secret-upstream', { credential: UPSTREAM_SECRET, weight: 2 });
    await admin('GET', '/admin/v1/audit');
    // A bad request that carries the credential: the error must not echo it.
    const bad = await admin('POST', '/admin/v1/channels', { id: 'bad', provider: 'nope', credential: UPSTREAM_SECRET });
    expect(bad.status).toBe(400);
    const badTrpc = await trpcClient(gw.baseUrl, gw.adminToken).channels.create.mutate({ id: 'bad', provider: 'simulator', credential: UPSTREAM_SECRET, base_url: 'not a url' }).catch((e: unknown) => e);
    responses.push(JSON.stringify(badTrpc));

    const stored = await gw.store.getChannel('secret-upstream');
    expect(stored?.credentialEncrypted).toMatch(/^v1\./);
    expect(JSON.stringify(stored)).not.toContain(UPSTREAM_SECRET);

    // The gateway decrypts it for the upstream call.
    const openai = new OpenAI({ apiKey: gw.apiKey, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0 });
    const reply = await openai.chat.completions.create({ model: 'secret-model', messages: [{ role: 'user', content: 'hi' }] });
    expect(reply.choices[0]?.message.content).toBeTruthy();
    expect(upstream.requests.at(-1)?.headers.authorization).toBe(`Bearer ${UPSTREAM_SECRET}`);

    const audit = JSON.parse(responses.find((r) => r.includes('audit_entry')) ?? '{}') as { data: { action: string; detail: Record<string, unknown> | null }[] };
    expect(audit.data.find((e) => e.action === 'channel.create')?.detail).toMatchObject({ credential: '[redacted]' });
    for (const r of responses) expect(r).not.toContain(UPSTREAM_SECRET);
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(UPSTREAM_SECRET);
    expect(logs).not.toContain(gw.adminToken!);
  });

  it('are refused, with a clear error, when NEXUSFLOW_SECRET_KEY is unset', async () => {
    const plain = await startTestGateway({ secretKey: null });
    try {
      const res = await call(plain, 'POST', '/admin/v1/channels', plain.adminToken, { id: 'c', provider: 'openai-compatible', base_url: 'http://127.0.0.1:9/v1', credential: 'sk-x' });
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toMatchObject({ error: { param: 'credential', code: 'invalid_request', message: expect.stringContaining('NEXUSFLOW_SECRET_KEY') } });
      expect(await plain.store.getChannel('c')).toBeNull();
      // Naming an environment variable still works.
      const byEnv = await call(plain, 'POST', '/admin/v1/channels', plain.adminToken, { id: 'c', provider: 'openai-compatible', base_url: 'http://127.0.0.1:9/v1', credential_env: 'NF_TEST_UNSET_VARIABLE' });
      expect(byEnv.status).toBe(201);
      expect(JSON.parse(byEnv.text)).toMatchObject({ credential: { source: 'env', env: 'NF_TEST_UNSET_VARIABLE' }, health: 'missing_credential' });
    } finally {
      await plain.close();
    }
  });
});

describe('admin errors', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  it('400 names the field, 404 for unknown ids, 409 for duplicates, on both transports', async () => {
    const t = trpcClient(gw.baseUrl, gw.adminToken);
    const res400 = await call(gw, 'POST', '/admin/v1/keys', gw.adminToken, { account_id: gw.accountId, name: 'x', rate_limits: { tokens_per_minute: -5 } });
    expect(res400.status).toBe(400);
    expect(JSON.parse(res400.text)).toMatchObject({ error: { code: 'invalid_request', param: 'rate_limits.tokens_per_minute' } });
    await expect(t.keys.create.mutate({ account_id: gw.accountId, name: 'x', rate_limits: { tokens_per_minute: -5 } })).rejects
      .toMatchObject({ data: { httpStatus: 400, nexusflowCode: 'invalid_request', param: 'rate_limits.tokens_per_minute' } });

    for (const path of ['/admin/v1/accounts/nope', '/admin/v1/keys/nope', '/admin/v1/models/nope', '/admin/v1/channels/nope', '/admin/v1/accounts/nope/ledger']) {
      const res = await call(gw, 'GET', path, gw.adminToken);
      expect(res.status, path).toBe(404);
      expect(JSON.parse(res.text)).toMatchObject({ error: { code: 'not_found' } });
    }
    expect((await call(gw, 'POST', '/admin/v1/keys/nope/revoke', gw.adminToken)).status).toBe(404);
    expect((await call(gw, 'DELETE', '/admin/v1/models/nope', gw.adminToken)).status).toBe(404);
    await expect(t.models.get.query({ model_id: 'nope' })).rejects.toMatchObject({ data: { httpStatus: 404, nexusflowCode: 'not_found' } });

    expect((await call(gw, 'POST', '/admin/v1/accounts', gw.adminToken, { id: 'dup', name: 'A' })).status).toBe(201);
    const dup = await call(gw, 'POST', '/admin/v1/accounts', gw.adminToken, { id: 'dup', name: 'B' });
    expect(dup.status).toBe(409);
    expect(JSON.parse(dup.text)).toMatchObject({ error: { code: 'conflict', param: 'id' } });
    await expect(t.channels.create.mutate({ id: 'simulator', provider: 'simulator' })).rejects.toMatchObject({ data: { httpStatus: 409, nexusflowCode: 'conflict' } });
    const unbound = await call(gw, 'POST', '/admin/v1/models', gw.adminToken, { id: 'm', supported_protocols: ['openai:chat-completions'], channels: [{ channel: 'simulator' }, { channel: 'ghost' }] });
    expect(JSON.parse(unbound.text)).toMatchObject({ error: { code: 'invalid_request', param: 'channels[1].channel' } });
  });

  it('every list pages with cursors', async () => {
    for (let i = 0; i < 5; i++) await call(gw, 'POST', '/admin/v1/channels', gw.adminToken, { id: `page-${i}`, provider: 'simulator' });
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const res = await call(gw, 'GET', `/admin/v1/channels?limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`, gw.adminToken);
      const page = JSON.parse(res.text) as { data: { id: string }[]; next_cursor: string | null };
      seen.push(...page.data.map((c) => c.id));
      cursor = page.next_cursor;
      pages++;
    } while (cursor && pages < 10);
    expect(seen).toEqual(['page-0', 'page-1', 'page-2', 'page-3', 'page-4', 'simulator']);
    expect(pages).toBe(3);
    const badCursor = await call(gw, 'GET', '/admin/v1/accounts?cursor=garbage', gw.adminToken);
    expect(badCursor.status).toBe(400);
    expect(JSON.parse(badCursor.text)).toMatchObject({ error: { param: 'cursor' } });
  });
});

describe('admin tRPC errors', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway();
  });
  afterAll(async () => gw?.close());

  it('input errors name the field; tRPC\'s own errors keep their status', async () => {
    const t = trpcClient(gw.baseUrl, gw.adminToken);
    const err = await t.accounts.create.mutate({ name: '' }).catch((e: unknown) => e) as { message: string; data: Record<string, unknown> };
    expect(err.data).toMatchObject({ httpStatus: 400, nexusflowCode: 'invalid_request', param: 'name' });
    expect(err.message).toMatch(/^Invalid name: /);
    const unknown = await call(gw, 'GET', '/admin/trpc/accounts.nope', gw.adminToken);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text)).toMatchObject({ error: { data: { code: 'NOT_FOUND', nexusflowCode: 'not_found' } } });
  });
});
