import { MongoClient } from 'mongodb';
import OpenAI from 'openai';
import { afterAll, describe, expect, it } from 'vitest';
import { generateApiKeySecret } from '../../server/auth/api-key-secret.js';
import { bootstrap } from '../../server/config/bootstrap.js';
import { createStore } from '../../server/store/index.js';
import { startGatewayProcess, type GatewayProcess } from '../support/gateway-process.js';

const uri = process.env.MONGODB_URI;

/** Two stateless gateway processes over one MongoDB: shared keys, one balance, exact totals. */
describe.skipIf(!uri)('two gateway processes on one MongoDB', () => {
  const db = `nf_multi_${Math.random().toString(36).slice(2, 10)}`;
  const procs: GatewayProcess[] = [];

  afterAll(async () => {
    await Promise.all(procs.map((p) => p.stop()));
    const client = new MongoClient(uri!);
    await client.db(db).dropDatabase().finally(() => client.close());
  });

  it('a key made through one process works through the other, and spend through both adds up exactly', async () => {
    const env = { MONGODB_URI: uri!, NEXUSFLOW_MONGODB_DB: db, NEXUSFLOW_CHANGE_POLL_MS: '200' };
    const keyA = generateApiKeySecret();
    procs.push(await startGatewayProcess(env));
    procs.push(await startGatewayProcess(env));
    const [a, b] = procs as [GatewayProcess, GatewayProcess];
    expect(a.output()).toContain('MongoDB');

    // B is asked for the key before it exists (and remembers it as unknown)…
    const early = await fetch(`${b.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${keyA}` } });
    expect(early.status).toBe(401);
    // …then the key is created in the shared store (as A's admin API would), and B accepts it within seconds.
    const admin = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    await bootstrap(admin, { bootstrapKey: keyA, balanceMicro: 5_000_000 });
    await admin.close();
    const until = Date.now() + 5_000;
    let status = 0;
    while (Date.now() < until && status !== 200) {
      status = (await fetch(`${b.baseUrl}/v1/models`, { headers: { authorization: `Bearer ${keyA}` } })).status;
      if (status !== 200) await new Promise((r) => setTimeout(r, 100));
    }
    expect(status).toBe(200);

    const clientA = new OpenAI({ apiKey: keyA, baseURL: `${a.baseUrl}/v1`, maxRetries: 0 });
    const clientB = new OpenAI({ apiKey: keyA, baseURL: `${b.baseUrl}/v1`, maxRetries: 0 });
    const costs: number[] = [];
    await Promise.all(Array.from({ length: 40 }, async (_, i) => {
      const c = i % 2 === 0 ? clientA : clientB;
      const { response } = await c.chat.completions.create({ model: 'qwen-turbo', messages: [{ role: 'user', content: `hello ${i}` }] }).withResponse();
      costs.push(Math.round(Number(response.headers.get('x-nexusflow-cost')) * 1_000_000));
    }));
    expect(costs).toHaveLength(40);

    const store = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    try {
      const account = (await store.listAccounts({ limit: 10 })).items.find((x) => x.name === 'Bootstrap account')!;
      const fresh = (await store.getAccount(account.id))!;
      const spent = costs.reduce((s, c) => s + c, 0);
      expect(spent).toBeGreaterThan(0);
      expect(fresh.balance).toBe(5_000_000 - spent);
      expect(Object.keys(fresh.holds)).toHaveLength(0);
      expect(await store.sumLedger(account.id)).toBe(fresh.balance);
    } finally {
      await store.close();
    }
  }, 120_000);

  it('a Responses conversation started on one process continues on the other (previous_response_id, retrieve, input_items, delete)', async () => {
    const [a, b] = procs as [GatewayProcess, GatewayProcess];
    const store = await createStore({ dataDir: '', mongodbUri: uri!, mongodbDb: db });
    const key = generateApiKeySecret();
    try {
      await bootstrap(store, { bootstrapKey: key, balanceMicro: 5_000_000 });
    } finally {
      await store.close();
    }
    const on = (p: GatewayProcess): OpenAI => new OpenAI({ apiKey: key, baseURL: `${p.baseUrl}/v1`, maxRetries: 0 });
    let first: OpenAI.Responses.Response | undefined;
    const until = Date.now() + 5_000;
    while (!first) {
      try {
        first = await on(a).responses.create({ model: 'qwen3-max', input: 'What is the weather in Paris?', tools: [{ type: 'function', name: 'get_weather', strict: false, parameters: { type: 'object', properties: { city: { type: 'string' } } } }] });
      } catch (err) {
        if (Date.now() > until) throw err;
        await new Promise((r) => setTimeout(r, 100));
      }
    }
    const call = first.output.find((i) => i.type === 'function_call') as OpenAI.Responses.ResponseFunctionToolCall;
    const second = await on(b).responses.create({ model: 'qwen3-max', previous_response_id: first.id, input: [{ type: 'function_call_output', call_id: call.call_id, output: 'cloudy, 14 C' }] });
    expect(second.output_text).toContain('cloudy, 14 C');
    expect((await on(a).responses.retrieve(second.id)).output_text).toBe(second.output_text);
    expect((await on(a).responses.inputItems.list(second.id)).data.map((i) => i.type)).toEqual(['function_call_output']);
    await on(b).responses.delete(first.id);
    await expect(on(a).responses.retrieve(first.id)).rejects.toBeInstanceOf(OpenAI.NotFoundError);
  }, 60_000);
});