import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestGateway, type TestGateway } from '../support/gateway.js';

/**
 * /metrics is behind the admin token with the admin API's own check (server/admin/auth): a
 * constant-time comparison of digests, and wrong guesses counted per address against the same
 * limit, so /metrics is no side door for guessing the token. The admin API's own cases are in
 * test/admin/security.test.ts.
 */
describe('/metrics authentication', () => {
  let gw: TestGateway;
  beforeAll(async () => {
    gw = await startTestGateway({ adminFailureLimit: { max: 5, windowMs: 60_000 } });
  });
  afterAll(async () => gw?.close());

  const metrics = (token: string | undefined) => fetch(`${gw.baseUrl}/metrics`, { headers: token === undefined ? {} : { authorization: `Bearer ${token}` } });

  it('answers the admin token, and 401 (without a word about metrics) to anything else', async () => {
    const ok = await metrics(gw.adminToken);
    expect(ok.status).toBe(200);
    expect(await ok.text()).toContain('nexusflow_requests_total');
    // No token is not a guess: it is not counted (four of these and the limit of five is untouched).
    for (let i = 0; i < 4; i++) {
      const res = await metrics(undefined);
      expect(res.status).toBe(401);
      const text = await res.text();
      expect(text).not.toMatch(/nexusflow_|# HELP/);
      expect(JSON.parse(text)).toMatchObject({ error: { code: 'invalid_admin_token' } });
    }
    // An API key is not the admin token.
    expect((await metrics(gw.apiKey)).status).toBe(401);
    expect((await metrics(gw.adminToken)).status).toBe(200);
  });

  it('wrong tokens on /metrics count against the admin guessing limit: then 429 there and on the admin API, even with the right token', async () => {
    for (const wrong of [`${gw.adminToken}x`, gw.adminToken!.slice(0, -1), 'a', 'b']) expect((await metrics(wrong)).status).toBe(401);
    const blocked = await metrics(gw.adminToken);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
    const admin = await fetch(`${gw.baseUrl}/admin/v1/accounts`, { headers: { authorization: `Bearer ${gw.adminToken}` } });
    expect(admin.status).toBe(429);
  });

  it('a gateway without an admin token serves /metrics openly (a private scrape network is the operator\'s choice)', async () => {
    const open = await startTestGateway({ adminToken: null });
    try {
      expect((await fetch(`${open.baseUrl}/metrics`)).status).toBe(200);
    } finally {
      await open.close();
    }
  });
});
