import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { createStore } from '../../server/store/index.js';
import { findFerretDb, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';

const binary = findFerretDb();

/** MongoDB (FerretDB) goes away under a running gateway and comes back. */
describe.skipIf(!binary)('MongoDB lost while running', () => {
  let db: FerretDbInstance | undefined;
  let gw: GatewayProcess | undefined;
  afterAll(async () => {
    await gw?.stop();
    await db?.dispose();
  });

  it('answers 503 in the caller\'s shape, stays up, and recovers when the server returns', async () => {
    db = await startFerretDb({ binary: binary! });
    const key = generateApiKeySecret();
    gw = await startGatewayProcess({ MONGODB_URI: db.uri, NEXUSFLOW_BOOTSTRAP_KEY: key, NEXUSFLOW_BOOTSTRAP_BALANCE: '10' });
    const client = new OpenAI({ apiKey: key, baseURL: `${gw.baseUrl}/v1`, maxRetries: 0, timeout: 20_000 });
    const ask = () => client.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: 'hi' }] });
    await ask();

    await db.stop({ kill: true });
    const err = await ask().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(OpenAI.APIError);
    expect((err as InstanceType<typeof OpenAI.APIError>).status).toBe(503);
    expect((err as InstanceType<typeof OpenAI.APIError>).code).toBe('store_unavailable');
    expect(gw.child.exitCode).toBeNull();

    db = await startFerretDb({ binary: binary!, port: db.port, dir: db.dir });
    const until = Date.now() + 20_000;
    let ok = false;
    while (!ok && Date.now() < until) {
      ok = await ask().then(() => true, () => false);
      if (!ok) await new Promise((r) => setTimeout(r, 250));
    }
    expect(ok).toBe(true);

    // Nothing half-done: balance equals the ledger and no hold is left open.
    const store = await createStore({ dataDir: '', mongodbUri: db.uri });
    try {
      const account = (await store.listAccounts({ limit: 10 })).items.find((a) => a.name === 'Bootstrap account')!;
      expect(Object.keys(account.holds)).toHaveLength(0);
      expect(await store.sumLedger(account.id)).toBe(account.balance);
    } finally {
      await store.close();
    }
    expect(gw.output()).not.toContain(key);
  }, 90_000);

  it('refuses to start when MongoDB is unreachable, naming the host but never the password', async () => {
    const err = await startGatewayProcess({ MONGODB_URI: 'mongodb://admin:hunter2secret@127.0.0.1:1/nexusflow' }, 30_000).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(Error);
    const message = (err as Error).message;
    expect(message).toContain('127.0.0.1:1');
    expect(message).not.toContain('hunter2secret');
  }, 60_000);
});
