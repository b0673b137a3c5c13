import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createTRPCClient, httpBatchLink } from '@trpc/client';
import { MongoClient } from 'mongodb';
import { createNexusFlowClient, type admin } from '../../clients/nexusflow/src/index.js';
import type { AdminRouter } from '../../server/admin/trpc/router.js';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';

/** One store's data opened twice: two gateway processes on one database, as in production. */
export interface SharedStore {
  name: 'embedded' | 'mongo';
  available: boolean;
  open(): Promise<{ stores: [Store, Store]; cleanup(): Promise<void> }>;
}

export function sharedStores(): SharedStore[] {
  const uri = process.env.MONGODB_URI;
  return [
    {
      name: 'embedded',
      available: true,
      async open() {
        const dir = mkdtempSync(join(tmpdir(), 'nexusflow-admin-'));
        const stores: [Store, Store] = [await createStore({ dataDir: dir }), await createStore({ dataDir: dir })];
        return { stores, cleanup: async () => { for (const s of stores) await s.close(); rmSync(dir, { recursive: true, force: true }); } };
      },
    },
    {
      name: 'mongo',
      available: uri !== undefined,
      async open() {
        if (!uri) throw new Error('MONGODB_URI is not set');
        const db = `nf_admin_${Math.random().toString(36).slice(2, 10)}`;
        const stores: [Store, Store] = [
          await createStore({ dataDir: '', mongodbUri: uri, mongodbDb: db }),
          await createStore({ dataDir: '', mongodbUri: uri, mongodbDb: db }),
        ];
        return {
          stores,
          cleanup: async () => {
            for (const s of stores) await s.close();
            const client = new MongoClient(uri);
            try {
              await client.db(db).dropDatabase();
            } finally {
              await client.close();
            }
          },
        };
      },
    },
  ];
}

/** The admin operations the lifecycle needs, over either transport. */
export interface AdminApi {
  transport: 'rest' | 'trpc';
  createAccount(body: admin.CreateAccountRequest): Promise<admin.Account>;
  topUp(accountId: string, body: admin.TopUpRequest): Promise<admin.Account>;
  ledger(accountId: string): Promise<admin.LedgerEntry[]>;
  createChannel(body: admin.CreateChannelRequest): Promise<admin.Channel>;
  listChannels(): Promise<admin.Channel[]>;
  createModel(body: admin.CreateModelRequest): Promise<admin.AdminModel>;
  createKey(body: admin.CreateKeyRequest): Promise<admin.ApiKeyWithSecret>;
  rotateKey(keyId: string, graceSeconds: number): Promise<admin.ApiKeyWithSecret>;
  revokeKey(keyId: string): Promise<admin.ApiKey>;
  usage(query: { account_id?: string; key_id?: string; since?: string }): Promise<admin.UsageSummary>;
  audit(query: { target_id?: string }): Promise<admin.AuditEntry[]>;
}

/** REST through the generated client (clients/nexusflow). */
export function restApi(baseUrl: string, adminToken: string): AdminApi {
  const nf = createNexusFlowClient({ baseUrl, adminToken });
  return {
    transport: 'rest',
    createAccount: (body) => nf.admin.createAccount({ body }),
    topUp: (id, body) => nf.admin.topUpAccount({ path: { account_id: id }, body }),
    ledger: async (id) => (await nf.admin.listAccountLedger({ path: { account_id: id }, query: { limit: 200 } })).data,
    createChannel: (body) => nf.admin.createChannel({ body }),
    listChannels: async () => (await nf.admin.listChannels({ query: { limit: 200 } })).data,
    createModel: (body) => nf.admin.createModel({ body }),
    createKey: (body) => nf.admin.createKey({ body }),
    rotateKey: (id, grace) => nf.admin.rotateKey({ path: { key_id: id }, body: { grace_period_seconds: grace } }),
    revokeKey: (id) => nf.admin.revokeKey({ path: { key_id: id } }),
    usage: (query) => nf.admin.getUsageSummary({ query }),
    audit: async (query) => (await nf.admin.listAuditEntries({ query: { ...query, limit: 200 } })).data,
  };
}

export function trpcClient(baseUrl: string, adminToken: string | undefined) {
  return createTRPCClient<AdminRouter>({
    links: [httpBatchLink({ url: `${baseUrl}/admin/trpc`, headers: adminToken ? { authorization: `Bearer ${adminToken}` } : {} })],
  });
}

/** tRPC through `@trpc/client` typed by `AdminRouter`. */
export function trpcApi(baseUrl: string, adminToken: string): AdminApi {
  const t = trpcClient(baseUrl, adminToken);
  return {
    transport: 'trpc',
    createAccount: (body) => t.accounts.create.mutate(body),
    topUp: (id, body) => t.accounts.topUp.mutate({ account_id: id, ...body }),
    ledger: async (id) => (await t.accounts.ledger.query({ account_id: id, limit: 200 })).data,
    createChannel: (body) => t.channels.create.mutate(body),
    listChannels: async () => (await t.channels.list.query({ limit: 200 })).data,
    createModel: (body) => t.models.create.mutate(body),
    createKey: (body) => t.keys.create.mutate(body),
    rotateKey: (id, grace) => t.keys.rotate.mutate({ key_id: id, grace_period_seconds: grace }),
    revokeKey: (id) => t.keys.revoke.mutate({ key_id: id }),
    usage: (query) => t.usage.summary.query(query),
    audit: async (query) => (await t.audit.list.query({ ...query, limit: 200 })).data,
  };
}

/** Polls `check` until it returns true or `ms` passes; returns how long it took. */
export async function eventually(check: () => Promise<boolean>, ms = 8_000, every = 100): Promise<number> {
  const started = Date.now();
  for (;;) {
    if (await check()) return Date.now() - started;
    if (Date.now() - started > ms) throw new Error(`condition not met within ${ms} ms`);
    await new Promise((r) => setTimeout(r, every));
  }
}
