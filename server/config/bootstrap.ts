import { displayPrefix, generateApiKeySecret, hashApiKey } from '../auth/api-key-secret.js';
import type { Store } from '../store/store.js';
import { StoreConflictError } from '../store/store.js';
import { newId } from '../util/ids.js';

export interface BootstrapResult {
  /** The plaintext of a key created now (to print once), if one was. */
  createdSecret?: string;
  accountId?: string;
}

/**
 * First start on an empty store creates a demo account and key. With `bootstrapKey`, exactly that
 * key is created (once) instead — for scripts and tests. Safe to run on every start and from
 * several processes at once: ids and idempotent ledger entries make it converge.
 */
export async function bootstrap(store: Store, opts: { bootstrapKey: string | undefined; balanceMicro: number; now?: number }): Promise<BootstrapResult> {
  const now = opts.now ?? Date.now();
  if (opts.bootstrapKey) {
    const hash = hashApiKey(opts.bootstrapKey);
    if (await store.findApiKeyByHash(hash)) return {};
    const accountId = `acct_bootstrap_${hash.slice(0, 12)}`;
    await ensureAccount(store, accountId, 'Bootstrap account', opts.balanceMicro);
    await createKey(store, opts.bootstrapKey, accountId, 'bootstrap', now);
    return { accountId };
  }
  const existing = await store.listAccounts({ limit: 1 });
  if (existing.items.length > 0) return {};
  const accountId = 'acct_demo';
  await ensureAccount(store, accountId, 'Demo account', opts.balanceMicro);
  const keys = await store.listApiKeys({ accountId }, { limit: 1 });
  if (keys.items.length > 0) return {};
  const secret = generateApiKeySecret();
  await createKey(store, secret, accountId, 'demo', now);
  return { createdSecret: secret, accountId };
}

async function ensureAccount(store: Store, id: string, name: string, balanceMicro: number): Promise<void> {
  if (!(await store.getAccount(id))) {
    try {
      await store.createAccount({ id, name });
    } catch (err) {
      if (!(err instanceof StoreConflictError)) throw err;
    }
  }
  if (balanceMicro > 0) await store.credit({ accountId: id, entryId: `${id}:initial-topup`, amount: balanceMicro, kind: 'topup', reason: 'initial balance' });
}

async function createKey(store: Store, secret: string, accountId: string, name: string, now: number): Promise<void> {
  try {
    await store.createApiKey({
      id: newId('key'), hash: hashApiKey(secret), prefix: displayPrefix(secret), accountId, name,
      status: 'active', spent: 0, createdAt: now, updatedAt: now,
    });
    await store.bumpChangeCounter();
  } catch (err) {
    if (!(err instanceof StoreConflictError)) throw err;
  }
}
