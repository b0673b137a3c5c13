import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createStore, describeStore, StoreOpenError, StoreUnavailableError } from '../../server/store/index.js';
import { MongoBulkWriteError, MongoNetworkError } from 'mongodb';
import { isUnavailableError, onlyDuplicateKeys, parseMongoUri, resolveDbName } from '../../server/store/mongo/connection.js';
import { MongoStore } from '../../server/store/mongo/mongo-store.js';
import { findFerretDb, startFerretDb, type FerretDbInstance } from '../setup/ferretdb.js';
import { makeKey, mongoUri, randomName } from './harness.js';

const dataDir = mkdtempSync(join(tmpdir(), 'nexusflow-mongo-test-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('mongo connection strings', () => {
  it('names hosts and database, never credentials', () => {
    const t = parseMongoUri('mongodb://admin:p%40ss:w0rd@db1:27017,db2:27018/prod?replicaSet=rs0');
    expect(t.hosts).toBe('db1:27017,db2:27018');
    expect(t.pathDb).toBe('prod');
    expect(resolveDbName('mongodb://h/prod', 'other')).toBe('prod');
    expect(resolveDbName('mongodb://h/', 'other')).toBe('other');
    expect(resolveDbName('mongodb+srv://u:p@cluster.example.net/?retryWrites=true')).toBe('nexusflow');
    const store = new MongoStore({ uri: 'mongodb://admin:hunter2@db1:27017/prod', dbName: 'prod' });
    expect(describeStore(store)).toBe('MongoDB at db1:27017/prod');
    expect(describeStore(store)).not.toContain('hunter2');
  });

  it('a bulk write that failed on a closed connection is an outage (503), a duplicate key is not', () => {
    // What insertMany throws when FerretDB goes away mid-batch (seen in the outage fault test: a 500).
    const network = new MongoBulkWriteError(new MongoNetworkError('connection 5 to 127.0.0.1:42035 closed'), {} as never);
    expect(isUnavailableError(network)).toBe(true);
    expect(onlyDuplicateKeys(network)).toBe(false);
    const duplicate = new MongoBulkWriteError({ message: 'E11000', code: 11000, writeErrors: [{ index: 0, code: 11000 }] } as never, {} as never);
    expect(isUnavailableError(duplicate)).toBe(false);
    expect(onlyDuplicateKeys(duplicate)).toBe(true);
  });

  it('fails fast at start with a clear error naming the host, not the password', async () => {
    const started = Date.now();
    const err: unknown = await createStore({ mongodbUri: 'mongodb://user:secret@127.0.0.1:1/x', dataDir, serverSelectionTimeoutMS: 500 }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreOpenError);
    const message = (err as Error).message;
    expect(message).toContain('127.0.0.1:1');
    expect(message).not.toContain('secret');
    expect(message).not.toContain('user:');
    expect(JSON.stringify({ ...(err as object), message, stack: (err as Error).stack })).not.toContain('secret');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

describe.skipIf(!mongoUri())(mongoUri() ? 'mongo store on a server' : 'mongo store on a server (skipped: MONGODB_URI unset)', () => {
  const opened: MongoStore[] = [];
  afterEach(async () => {
    for (const s of opened.splice(0)) {
      await s.close().catch(() => undefined);
    }
  });

  it('createStore picks MongoDB when a URI is given', async () => {
    const uri = mongoUri() ?? '';
    const db = randomName('nf_create');
    const store = await createStore({ mongodbUri: uri, mongodbDb: db, dataDir });
    expect(store.kind).toBe('mongo');
    expect(describeStore(store)).toMatch(new RegExp(`^MongoDB at .+/${parseMongoUri(uri).pathDb ?? db}$`));
    await store.close();
  });

  it('native counters ($inc) give the same results as the emulated ones (sequential)', async () => {
    const store = new MongoStore({ uri: mongoUri() ?? '', dbName: randomName('nf_native'), counters: 'native' });
    opened.push(store);
    await store.init();
    const w = Math.floor(Date.now() / 60_000) * 60_000;
    expect(await store.incrementWindow('k', w, 2)).toBe(2);
    expect(await store.incrementWindow('k', w, 3)).toBe(5);
    expect(await store.incrementWindow('k', w + 60_000, 1)).toBe(1);
    expect(await store.getChangeCounter()).toBe(0);
    expect(await store.bumpChangeCounter()).toBe(1);
    expect(await store.bumpChangeCounter()).toBe(2);
    await store.createApiKey(makeKey({ id: 'k', spent: 10, spentPeriodStart: 1000 }));
    await store.addKeySpend('k', 5);
    expect(await store.getApiKey('k')).toMatchObject({ spent: 15, spentPeriodStart: 1000 });
    await store.addKeySpend('k', 7, 2000);
    expect(await store.getApiKey('k')).toMatchObject({ spent: 7, spentPeriodStart: 2000 });
    await store.addKeySpend('k', 3, 1000);
    expect(await store.getApiKey('k')).toMatchObject({ spent: 10, spentPeriodStart: 2000 });
    await store.createApiKey(makeKey({ id: 'fresh' }));
    await store.addKeySpend('fresh', 4, 500);
    expect(await store.getApiKey('fresh')).toMatchObject({ spent: 4, spentPeriodStart: 500 });
  });

  describe.skipIf(!findFerretDb())('server outage', () => {
    let server: FerretDbInstance | undefined;
    afterEach(async () => {
      await server?.dispose();
      if (server) rmSync(server.dir, { recursive: true, force: true });
      server = undefined;
    });

    it('answers StoreUnavailableError while the server is gone, then recovers on its own', async () => {
      server = await startFerretDb();
      const store = new MongoStore({ uri: server.uri, dbName: 'outage', serverSelectionTimeoutMS: 800 });
      opened.push(store);
      await store.init();
      await store.createAccount({ id: 'a', name: 'A' });
      await store.credit({ accountId: 'a', entryId: 'seed', amount: 100, kind: 'topup' });
      expect(await store.placeHold({ accountId: 'a', requestId: 'r1', amount: 30 })).toEqual({ ok: true, balance: 70 });

      await server.stop({ kill: true });
      await expect(store.getAccount('a')).rejects.toBeInstanceOf(StoreUnavailableError);
      await expect(store.placeHold({ accountId: 'a', requestId: 'r2', amount: 1 })).rejects.toBeInstanceOf(StoreUnavailableError);
      const err: unknown = await store.incrementWindow('w', 0, 1).catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toContain(`127.0.0.1:${server.port}`);

      server = await startFerretDb({ port: server.port, dir: server.dir });
      const deadline = Date.now() + 20_000;
      let account = null;
      while (!account && Date.now() < deadline) {
        account = await store.getAccount('a').catch((e: unknown) => {
          if (!(e instanceof StoreUnavailableError)) throw e;
          return null;
        });
      }
      expect(account).toMatchObject({ balance: 70, holds: { r1: { amount: 30 } } });
      expect(await store.settleHold({ accountId: 'a', requestId: 'r1', cost: 10 })).toEqual({ ok: true, balance: 90 });
      expect(await store.sumLedger('a')).toBe(90);
      await store.close();
    });
  });
});
