import { createClient } from '../../../../generated/client/account/client/index.js';
import { getAccount, getAccountUsageSeries, listAccountUsage } from '../../../../generated/client/account/sdk.gen.js';
import type {
  GetAccountResponses, GetAccountUsageSeriesData, GetAccountUsageSeriesResponses, ListAccountUsageData, ListAccountUsageResponses,
} from '../../../../generated/client/account/types.gen.js';
import { ConsoleApiError } from './errors.js';

/**
 * The key holder's own account, through the client generated from the account spec. The API key
 * lives in this closure only (memory); every call is scoped to its account by the gateway.
 */
export type OwnAccount = GetAccountResponses[200];
export type OwnSeries = GetAccountUsageSeriesResponses[200];
export type OwnUsagePage = ListAccountUsageResponses[200];
export type OwnSeriesQuery = NonNullable<GetAccountUsageSeriesData['query']>;
export type OwnUsageQuery = NonNullable<ListAccountUsageData['query']>;

export interface AccountClient {
  account(): Promise<OwnAccount>;
  series(query: OwnSeriesQuery): Promise<OwnSeries>;
  usage(query: OwnUsageQuery): Promise<OwnUsagePage>;
}

interface Fields<T> {
  data?: T;
  error?: unknown;
  response?: Response;
}

async function unwrap<T>(call: Promise<Fields<T>>): Promise<T> {
  let r: Fields<T>;
  try {
    r = await call;
  } catch (err) {
    throw new ConsoleApiError(`The gateway could not be reached (${err instanceof Error ? err.message : String(err)}).`, 0);
  }
  if (r.response?.ok && r.data !== undefined) return r.data;
  if (!r.response) throw new ConsoleApiError(`The gateway could not be reached (${r.error instanceof Error ? r.error.message : 'no response'}).`, 0);
  const body = r.error as { error?: { message?: string } } | undefined;
  const status = r.response?.status ?? 0;
  const retry = Number(r.response?.headers.get('retry-after') ?? NaN);
  throw new ConsoleApiError(body?.error?.message ?? `Request failed (${status}).`, status, Number.isFinite(retry) ? retry : undefined);
}

export function accountClient(apiKey: string, origin: string, fetchImpl?: typeof fetch): AccountClient {
  const client = createClient({ baseUrl: origin, auth: apiKey, ...(fetchImpl ? { fetch: fetchImpl } : {}) });
  return {
    account: () => unwrap(getAccount({ client, responseStyle: 'fields' })),
    series: (query) => unwrap(getAccountUsageSeries({ client, query, responseStyle: 'fields' })),
    usage: (query) => unwrap(listAccountUsage({ client, query, responseStyle: 'fields' })),
  };
}
