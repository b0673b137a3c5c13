import { createTRPCClient, httpBatchLink } from '@trpc/client';
import type { inferRouterInputs, inferRouterOutputs } from '@trpc/server';
import type { AdminRouter } from '../../../../server/admin/trpc/router.js';

/**
 * The admin API over tRPC, typed by the server's router type: no hand-written request or
 * response types. The admin token lives in this closure only (memory), never in storage.
 */
export type AdminClient = ReturnType<typeof createTRPCClient<AdminRouter>>;
export type AdminOut = inferRouterOutputs<AdminRouter>;
export type AdminIn = inferRouterInputs<AdminRouter>;
/** A procedure's input without the `void` of optional inputs. */
export type InputOf<T> = Exclude<T, void | undefined>;

export type Account = AdminOut['accounts']['get'];
export type LedgerEntry = AdminOut['accounts']['ledger']['data'][number];
export type ApiKey = AdminOut['keys']['get'];
export type ApiKeyWithSecret = AdminOut['keys']['create'];
export type AdminModel = AdminOut['models']['get'];
export type Channel = AdminOut['channels']['get'];
export type ChannelTest = AdminOut['channels']['test'];
export type UsageSeries = AdminOut['usage']['series'];
export type UsageRecord = AdminOut['usage']['records']['data'][number];
export type AdminTask = AdminOut['tasks']['list']['data'][number];
export type AuditEntry = AdminOut['audit']['list']['data'][number];
export type SeriesQuery = InputOf<AdminIn['usage']['series']>;

export function adminClient(token: string, origin: string, fetchImpl?: typeof fetch): AdminClient {
  return createTRPCClient<AdminRouter>({
    links: [httpBatchLink({ url: `${origin}/admin/trpc`, headers: () => ({ authorization: `Bearer ${token}` }), ...(fetchImpl ? { fetch: fetchImpl } : {}) })],
  });
}
