// Generated from spec/native/account.spec.ts by spec/codegen — do not edit.

export { getAccount, getAccountUsageSeries, listAccountUsage, type Options } from './sdk.gen.js';
export type { AccountUsageList, AccountView, ApiKey, ClientOptions, ErrorResponse, GetAccountData, GetAccountError, GetAccountErrors, GetAccountResponse, GetAccountResponses, GetAccountUsageSeriesData, GetAccountUsageSeriesError, GetAccountUsageSeriesErrors, GetAccountUsageSeriesResponse, GetAccountUsageSeriesResponses, ListAccountUsageData, ListAccountUsageError, ListAccountUsageErrors, ListAccountUsageResponse, ListAccountUsageResponses, UsageRecord, UsageSeries } from './types.gen.js';
