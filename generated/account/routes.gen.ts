// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.
import type { AccountUsageList, AccountView, UsageSeries, operations } from './types.gen.js';
import { validateGetAccountUsageSeriesQuery, validateListAccountUsageQuery } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow account (key holder) operation. */
export interface AccountOperations {
  getAccount: {
    body: undefined;
    params: Record<string, never>;
    query: Record<string, never>;
    response: AccountView;
  };
  getAccountUsageSeries: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['getAccountUsageSeries']['parameters']['query']>;
    response: UsageSeries;
  };
  listAccountUsage: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listAccountUsage']['parameters']['query']>;
    response: AccountUsageList;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type AccountHandlers<Ctx, Result> = {
  [K in keyof AccountOperations]:
    | ((input: OperationInput<AccountOperations[K]['body'], AccountOperations[K]['params'], AccountOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const accountRoutes: readonly RouteDef<keyof AccountOperations & string>[] = [
  {
    operationId: 'getAccount',
    method: 'GET',
    path: '/v1/account',
    routerPath: '/v1/account',
    protocol: 'nexusflow',
    bodyRequired: false,
  },
  {
    operationId: 'getAccountUsageSeries',
    method: 'GET',
    path: '/v1/account/usage/series',
    routerPath: '/v1/account/usage/series',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateGetAccountUsageSeriesQuery,
  },
  {
    operationId: 'listAccountUsage',
    method: 'GET',
    path: '/v1/account/usage',
    routerPath: '/v1/account/usage',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListAccountUsageQuery,
  },
];
