/** Accounts: who pays. Balances change only through ledger entries (top-ups here, charges by requests). */
import type { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { pageOf, PageQuery, z } from '../common.js';
import { EntityId, Micro, operation, Timestamp } from './shared.js';

export const Account = z.object({
  object: z.literal('account'),
  id: z.string(),
  name: z.string(),
  balance: z.number().int().openapi({ description: 'Spendable balance in micro-credits, open holds already deducted; negative within the credit limit.' }),
  credit_limit: Micro.openapi({ description: 'How far below zero the balance may go, micro-credits.' }),
  held: Micro.openapi({ description: 'Micro-credits reserved by requests in flight.' }),
  created_at: Timestamp,
  updated_at: Timestamp,
}).openapi('Account');

export const CreateAccountRequest = z.object({
  id: EntityId.optional().openapi({ description: 'Chosen by the caller (a repeated id answers 409); generated when absent.' }),
  name: z.string().min(1).max(200),
  credit_limit: Micro.optional(),
}).openapi('CreateAccountRequest');

export const UpdateAccountRequest = z.object({
  name: z.string().min(1).max(200).optional(),
  credit_limit: Micro.optional(),
}).openapi('UpdateAccountRequest');

export const TopUpRequest = z.object({
  amount: Micro.min(1).openapi({ description: 'Micro-credits to add.' }),
  reason: z.string().min(1).max(500).openapi({ description: 'Why: kept on the ledger entry.' }),
  idempotency_key: z.string().min(1).max(200).optional().openapi({ description: 'A repeated key adds nothing and answers the account as it is.' }),
}).openapi('TopUpRequest');

export const LedgerEntry = z.object({
  object: z.literal('ledger_entry'),
  id: z.string(),
  kind: z.enum(['topup', 'hold', 'settle', 'release', 'refund', 'adjustment']),
  amount: z.number().int().openapi({ description: 'Signed change of the balance, micro-credits.' }),
  balance_after: z.number().int(),
  request_id: z.string().nullable(),
  cost: Micro.nullable().openapi({ description: 'For settle entries: the cost charged.' }),
  reason: z.string().nullable(),
  created_at: Timestamp,
}).openapi('LedgerEntry');

export const AccountPath = z.object({ account_id: EntityId });

export const AccountList = pageOf(Account, 'AccountList');
export const LedgerPage = pageOf(LedgerEntry, 'LedgerPage');

const tags = ['accounts'];
const conformanceParams = { account_id: 'acct_conformance' };

export function registerAccountPaths(registry: OpenAPIRegistry): void {
  operation(registry, {
    operationId: 'listAccounts', method: 'get', path: '/admin/v1/accounts', summary: 'List accounts, oldest first', tags,
    query: PageQuery, response: { schema: AccountList, description: 'A page of accounts' },
  });
  operation(registry, {
    operationId: 'createAccount', method: 'post', path: '/admin/v1/accounts', summary: 'Create an account', tags,
    body: {
      schema: CreateAccountRequest,
      examples: {
        create: { value: { id: 'acct_conformance', name: 'Conformance Inc.', credit_limit: 0 }, status: 201 },
        duplicate: { summary: 'the same id again', value: { id: 'acct_conformance', name: 'Again' }, status: 409 },
        missingName: { value: { id: 'acct_nameless' }, status: 400, issuePath: 'name' },
        negativeLimit: { value: { name: 'Debtor', credit_limit: -1 }, status: 400, issuePath: 'credit_limit' },
      },
    },
    response: { status: 201, schema: Account, description: 'The new account' }, errors: [409],
  });
  operation(registry, {
    operationId: 'getAccount', method: 'get', path: '/admin/v1/accounts/{account_id}', summary: 'Get an account', tags,
    params: AccountPath, response: { schema: Account, description: 'The account' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'updateAccount', method: 'patch', path: '/admin/v1/accounts/{account_id}', summary: 'Rename an account or set its credit limit', tags,
    params: AccountPath,
    body: {
      schema: UpdateAccountRequest,
      examples: {
        creditLimit: { value: { credit_limit: 1_000_000 } },
        badLimit: { value: { credit_limit: 'lots' }, status: 400, issuePath: 'credit_limit' },
      },
    },
    response: { schema: Account, description: 'The updated account' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'topUpAccount', method: 'post', path: '/admin/v1/accounts/{account_id}/topups', summary: 'Add credits (one ledger entry)', tags,
    params: AccountPath,
    body: {
      schema: TopUpRequest,
      examples: {
        topUp: { value: { amount: 5_000_000, reason: 'conformance top-up', idempotency_key: 'conformance-1' } },
        repeated: { summary: 'the same idempotency key: nothing added', value: { amount: 5_000_000, reason: 'again', idempotency_key: 'conformance-1' } },
        zero: { value: { amount: 0, reason: 'nothing' }, status: 400, issuePath: 'amount' },
        noReason: { value: { amount: 1 }, status: 400, issuePath: 'reason' },
      },
    },
    response: { schema: Account, description: 'The account after the top-up' }, errors: [404], conformanceParams,
  });
  operation(registry, {
    operationId: 'listAccountLedger', method: 'get', path: '/admin/v1/accounts/{account_id}/ledger', summary: "An account's ledger, oldest first", tags,
    params: AccountPath, query: PageQuery, response: { schema: LedgerPage, description: 'A page of ledger entries' }, errors: [404], conformanceParams,
  });
}
