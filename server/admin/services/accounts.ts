import type { z } from 'zod';
import type { Account, CreateAccountRequest, LedgerEntry, TopUpRequest, UpdateAccountRequest } from '../../../spec/native/admin/accounts.js';
import { StoreConflictError } from '../../store/store.js';
import type { Account as AccountRecord, LedgerEntry as LedgerRecord } from '../../store/types.js';
import { newId } from '../../util/ids.js';
import type { AdminActor } from '../admin-actor.js';
import { audit, conflict, iso, listPage, notFound, type ListPage } from './common.js';
import type { AdminDeps } from './deps.js';

export type AccountWire = z.infer<typeof Account>;
export type LedgerEntryWire = z.infer<typeof LedgerEntry>;

export function encodeAccount(a: AccountRecord): AccountWire {
  return {
    object: 'account', id: a.id, name: a.name, balance: a.balance, credit_limit: a.creditLimit,
    held: Object.values(a.holds).reduce((sum, h) => sum + h.amount, 0),
    created_at: iso(a.createdAt), updated_at: iso(a.updatedAt),
  };
}

export function encodeLedgerEntry(e: LedgerRecord): LedgerEntryWire {
  return {
    object: 'ledger_entry', id: e.id, kind: e.kind, amount: e.amount, balance_after: e.balanceAfter,
    request_id: e.requestId ?? null, cost: e.cost ?? null, reason: e.reason ?? null, created_at: iso(e.createdAt),
  };
}

/** Accounts: create, read, rename, credit limit, top-ups and the ledger. */
export class AccountsService {
  constructor(private readonly deps: AdminDeps) {}

  async list(page: { cursor?: string | undefined; limit?: number | undefined }): Promise<ListPage<AccountWire>> {
    const r = await this.deps.store.listAccounts({ limit: page.limit ?? 50, ...(page.cursor ? { cursor: page.cursor } : {}) });
    return listPage(r.items.map(encodeAccount), r.nextCursor);
  }

  async get(id: string): Promise<AccountWire> {
    return encodeAccount(await this.#require(id));
  }

  async create(actor: AdminActor, input: z.infer<typeof CreateAccountRequest>): Promise<AccountWire> {
    const id = input.id ?? newId('acct');
    let created: AccountRecord;
    try {
      created = await this.deps.store.createAccount({ id, name: input.name, ...(input.credit_limit !== undefined ? { creditLimit: input.credit_limit } : {}) });
    } catch (err) {
      if (err instanceof StoreConflictError) throw conflict(`An account with id '${id}' already exists.`, 'id');
      throw err;
    }
    await audit(this.deps, actor, 'account.create', { type: 'account', id }, { ...input, id });
    return encodeAccount(created);
  }

  async update(actor: AdminActor, id: string, input: z.infer<typeof UpdateAccountRequest>): Promise<AccountWire> {
    const patch = { ...(input.name !== undefined ? { name: input.name } : {}), ...(input.credit_limit !== undefined ? { creditLimit: input.credit_limit } : {}) };
    const updated = await this.deps.store.updateAccount(id, patch);
    if (!updated) throw notFound('account', id);
    await audit(this.deps, actor, 'account.update', { type: 'account', id }, { ...input });
    return encodeAccount(updated);
  }

  /**
   * One `topup` ledger entry. The entry id comes from the idempotency key when given, so a
   * retried top-up is applied once (the store's credit() is idempotent on the entry id).
   */
  async topUp(actor: AdminActor, id: string, input: z.infer<typeof TopUpRequest>): Promise<AccountWire> {
    const entryId = input.idempotency_key !== undefined ? `topup:${input.idempotency_key}` : newId('topup');
    const account = await this.deps.store.credit({ accountId: id, entryId, amount: input.amount, kind: 'topup', reason: input.reason });
    if (!account) throw notFound('account', id);
    await audit(this.deps, actor, 'account.topup', { type: 'account', id }, { amount: input.amount, reason: input.reason, entry_id: entryId });
    return encodeAccount(account);
  }

  async ledger(id: string, page: { cursor?: string | undefined; limit?: number | undefined }): Promise<ListPage<LedgerEntryWire>> {
    await this.#require(id);
    const r = await this.deps.store.listLedger(id, { limit: page.limit ?? 50, ...(page.cursor ? { cursor: page.cursor } : {}) });
    return listPage(r.items.map(encodeLedgerEntry), r.nextCursor);
  }

  async #require(id: string): Promise<AccountRecord> {
    const a = await this.deps.store.getAccount(id);
    if (!a) throw notFound('account', id);
    return a;
  }
}
