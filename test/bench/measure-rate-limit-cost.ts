/**
 * What per-key rate limits cost (issue #9): the limiter alone, and whole requests through a
 * listening gateway, for a key without limits vs one with requests- and tokens-per-minute limits
 * (high enough never to refuse). Embedded store, and MongoDB when MONGODB_URI is set or a
 * `ferretdb` binary is found (FerretDB v1 takes the insert-only counter path, so it is a
 * pessimistic stand-in for MongoDB's `$inc`). Prints numbers; asserts nothing.
 *
 *   npx tsx test/bench/measure-rate-limit-cost.ts [requests=400]
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request } from 'undici';
import { displayPrefix, generateApiKeySecret, hashApiKey } from '../../server/auth/api-key-secret.js';
import { RateLimiter } from '../../server/routing/rate-limiter.js';
import { createStore } from '../../server/store/index.js';
import type { Store } from '../../server/store/store.js';
import type { ApiKeyRecord } from '../../server/store/types.js';
import { findFerretDb, startFerretDb } from '../setup/ferretdb.js';
import { startTestGateway } from '../support/gateway.js';

const N = Number(process.argv[2] ?? 400);
const LIMITS = { requestsPerMinute: 10_000_000, tokensPerMinute: 1_000_000_000 };

function stats(samples: number[]): string {
  const s = [...samples].sort((a, b) => a - b);
  const q = (p: number): number => s[Math.min(s.length - 1, Math.floor(p * s.length))] ?? 0;
  return `p50 ${q(0.5).toFixed(3)} ms  p90 ${q(0.9).toFixed(3)} ms  p99 ${q(0.99).toFixed(3)} ms`;
}

async function time(n: number, op: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < Math.min(50, n); i++) await op(); // warm-up
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = process.hrtime.bigint();
    await op();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

async function makeKey(store: Store, accountId: string, rateLimits?: ApiKeyRecord['rateLimits']): Promise<{ secret: string; record: ApiKeyRecord }> {
  const secret = generateApiKeySecret();
  const now = Date.now();
  const record: ApiKeyRecord = { id: `key_${Math.random().toString(36).slice(2)}`, hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId, name: 'bench', status: 'active', spent: 0, createdAt: now, updatedAt: now, ...(rateLimits ? { rateLimits } : {}) };
  await store.createApiKey(record);
  return { secret, record };
}

async function measure(label: string, store: Store): Promise<void> {
  console.log(`\n== ${label}`);
  const limiter = new RateLimiter(store, (err) => console.error(err));
  const base = { id: 'k', hash: '', prefix: '', accountId: 'a', name: '', status: 'active' as const, spent: 0, createdAt: 0, updatedAt: 0 };
  const rpmOnly = { ...base, id: `bench_rpm_${Date.now()}`, rateLimits: { requestsPerMinute: LIMITS.requestsPerMinute } };
  const both = { ...base, id: `bench_both_${Date.now()}`, rateLimits: LIMITS };
  console.log(`limiter.admit, no limits:   ${stats(await time(N, () => limiter.admit(base, 100)))}`);
  console.log(`limiter.admit, rpm:         ${stats(await time(N, () => limiter.admit(rpmOnly, 100)))}`);
  console.log(`limiter.admit, rpm + tpm:   ${stats(await time(N, async () => (await limiter.admit(both, 100)).settle(40)))}`);

  const gw = await startTestGateway({ store, catalog: { channels: [{ id: 'sim', provider: 'simulator' }], models: [{ id: 'm', supported_protocols: ['openai:chat-completions'], pricing: { input_per_million: 1_000_000, output_per_million: 1_000_000 }, channels: [{ channel: 'sim' }] }] } });
  try {
    const plain = await makeKey(store, gw.accountId);
    const limited = await makeKey(store, gw.accountId, LIMITS);
    const body = JSON.stringify({ model: 'm', messages: [{ role: 'user', content: 'hi' }], max_tokens: 16 });
    const call = (secret: string) => async () => {
      const res = await request(`${gw.baseUrl}/v1/chat/completions`, { method: 'POST', headers: { authorization: `Bearer ${secret}`, 'content-type': 'application/json' }, body });
      if (res.statusCode !== 200) throw new Error(`status ${res.statusCode}: ${await res.body.text()}`);
      await res.body.text();
    };
    // Interleaved, so drift (caches, GC, the store's own growth) hits both alike.
    const a: number[] = [];
    const b: number[] = [];
    await time(50, call(plain.secret));
    await time(50, call(limited.secret));
    for (let i = 0; i < N; i++) {
      a.push(...(await time(1, call(plain.secret))));
      b.push(...(await time(1, call(limited.secret))));
    }
    console.log(`request, key without limits: ${stats(a)}`);
    console.log(`request, key with rpm + tpm: ${stats(b)}`);
  } finally {
    await gw.close();
  }
}

const dir = mkdtempSync(join(tmpdir(), 'nf-bench-'));
const embedded = await createStore({ dataDir: dir });
await measure('embedded SQLite store', embedded);
await embedded.close();
rmSync(dir, { recursive: true, force: true });

let uri = process.env.MONGODB_URI;
let ferret: Awaited<ReturnType<typeof startFerretDb>> | undefined;
if (!uri && findFerretDb()) {
  ferret = await startFerretDb();
  uri = ferret.uri;
}
if (uri) {
  const mongo = await createStore({ dataDir: '', mongodbUri: uri, mongodbDb: `nf_bench_${Date.now()}` });
  await measure(ferret ? 'FerretDB (MongoDB wire protocol, insert-only counters)' : 'MongoDB', mongo);
  await mongo.close();
} else {
  console.log('\n(no MONGODB_URI and no ferretdb binary: MongoDB not measured)');
}
await ferret?.dispose();
process.exit(0);
