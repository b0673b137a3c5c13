// Generated from spec/native/admin.spec.ts by spec/codegen — do not edit.
import type { Account, AccountList, AdminModel, AdminModelList, AdminTaskList, ApiKey, ApiKeyList, ApiKeyWithSecret, AuditList, Channel, ChannelList, ChannelTestRequest, ChannelTestResult, CreateAccountRequest, CreateChannelRequest, CreateKeyRequest, CreateModelRequest, DeletedModel, LedgerPage, RotateKeyRequest, TopUpRequest, UpdateAccountRequest, UpdateChannelRequest, UpdateKeyRequest, UpdateModelRequest, UsageRecordList, UsageSeries, UsageSummary, operations } from './types.gen.js';
import { validateCreateAccountBody, validateCreateChannelBody, validateCreateKeyBody, validateCreateModelBody, validateDeleteModelParams, validateDisableChannelParams, validateGetAccountParams, validateGetChannelParams, validateGetKeyParams, validateGetModelParams, validateGetUsageSeriesQuery, validateGetUsageSummaryQuery, validateListAccountLedgerParams, validateListAccountLedgerQuery, validateListAccountsQuery, validateListAuditEntriesQuery, validateListChannelsQuery, validateListKeysQuery, validateListModelsQuery, validateListTasksQuery, validateListUsageRecordsQuery, validateRevokeKeyParams, validateRotateKeyBody, validateRotateKeyParams, validateTestChannelBody, validateTestChannelParams, validateTopUpAccountBody, validateTopUpAccountParams, validateUpdateAccountBody, validateUpdateAccountParams, validateUpdateChannelBody, validateUpdateChannelParams, validateUpdateKeyBody, validateUpdateKeyParams, validateUpdateModelBody, validateUpdateModelParams } from './validators.gen.js';
import type { NotImplemented, OperationInput, RouteDef } from '../runtime.gen.js';

/** Request and response types of each NexusFlow admin API operation. */
export interface AdminOperations {
  listAccounts: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listAccounts']['parameters']['query']>;
    response: AccountList;
  };
  createAccount: {
    body: CreateAccountRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: Account;
  };
  getAccount: {
    body: undefined;
    params: operations['getAccount']['parameters']['path'];
    query: Record<string, never>;
    response: Account;
  };
  updateAccount: {
    body: UpdateAccountRequest;
    params: operations['updateAccount']['parameters']['path'];
    query: Record<string, never>;
    response: Account;
  };
  topUpAccount: {
    body: TopUpRequest;
    params: operations['topUpAccount']['parameters']['path'];
    query: Record<string, never>;
    response: Account;
  };
  listAccountLedger: {
    body: undefined;
    params: operations['listAccountLedger']['parameters']['path'];
    query: NonNullable<operations['listAccountLedger']['parameters']['query']>;
    response: LedgerPage;
  };
  listKeys: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listKeys']['parameters']['query']>;
    response: ApiKeyList;
  };
  createKey: {
    body: CreateKeyRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: ApiKeyWithSecret;
  };
  getKey: {
    body: undefined;
    params: operations['getKey']['parameters']['path'];
    query: Record<string, never>;
    response: ApiKey;
  };
  updateKey: {
    body: UpdateKeyRequest;
    params: operations['updateKey']['parameters']['path'];
    query: Record<string, never>;
    response: ApiKey;
  };
  rotateKey: {
    body: RotateKeyRequest | undefined;
    params: operations['rotateKey']['parameters']['path'];
    query: Record<string, never>;
    response: ApiKeyWithSecret;
  };
  revokeKey: {
    body: undefined;
    params: operations['revokeKey']['parameters']['path'];
    query: Record<string, never>;
    response: ApiKey;
  };
  listChannels: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listChannels']['parameters']['query']>;
    response: ChannelList;
  };
  createChannel: {
    body: CreateChannelRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: Channel;
  };
  getChannel: {
    body: undefined;
    params: operations['getChannel']['parameters']['path'];
    query: Record<string, never>;
    response: Channel;
  };
  updateChannel: {
    body: UpdateChannelRequest;
    params: operations['updateChannel']['parameters']['path'];
    query: Record<string, never>;
    response: Channel;
  };
  disableChannel: {
    body: undefined;
    params: operations['disableChannel']['parameters']['path'];
    query: Record<string, never>;
    response: Channel;
  };
  testChannel: {
    body: ChannelTestRequest | undefined;
    params: operations['testChannel']['parameters']['path'];
    query: Record<string, never>;
    response: ChannelTestResult;
  };
  listModels: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listModels']['parameters']['query']>;
    response: AdminModelList;
  };
  createModel: {
    body: CreateModelRequest;
    params: Record<string, never>;
    query: Record<string, never>;
    response: AdminModel;
  };
  getModel: {
    body: undefined;
    params: operations['getModel']['parameters']['path'];
    query: Record<string, never>;
    response: AdminModel;
  };
  updateModel: {
    body: UpdateModelRequest;
    params: operations['updateModel']['parameters']['path'];
    query: Record<string, never>;
    response: AdminModel;
  };
  deleteModel: {
    body: undefined;
    params: operations['deleteModel']['parameters']['path'];
    query: Record<string, never>;
    response: DeletedModel;
  };
  getUsageSummary: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['getUsageSummary']['parameters']['query']>;
    response: UsageSummary;
  };
  listUsageRecords: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listUsageRecords']['parameters']['query']>;
    response: UsageRecordList;
  };
  getUsageSeries: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['getUsageSeries']['parameters']['query']>;
    response: UsageSeries;
  };
  listTasks: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listTasks']['parameters']['query']>;
    response: AdminTaskList;
  };
  listAuditEntries: {
    body: undefined;
    params: Record<string, never>;
    query: NonNullable<operations['listAuditEntries']['parameters']['query']>;
    response: AuditList;
  };
}

/** One handler per operation; `notImplemented` is the explicit stub. */
export type AdminHandlers<Ctx, Result> = {
  [K in keyof AdminOperations]:
    | ((input: OperationInput<AdminOperations[K]['body'], AdminOperations[K]['params'], AdminOperations[K]['query']>, ctx: Ctx) => Promise<Result>)
    | NotImplemented;
};

export const adminRoutes: readonly RouteDef<keyof AdminOperations & string>[] = [
  {
    operationId: 'listAccounts',
    method: 'GET',
    path: '/admin/v1/accounts',
    routerPath: '/admin/v1/accounts',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListAccountsQuery,
  },
  {
    operationId: 'createAccount',
    method: 'POST',
    path: '/admin/v1/accounts',
    routerPath: '/admin/v1/accounts',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateCreateAccountBody,
  },
  {
    operationId: 'getAccount',
    method: 'GET',
    path: '/admin/v1/accounts/{account_id}',
    routerPath: '/admin/v1/accounts/:account_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateGetAccountParams,
  },
  {
    operationId: 'updateAccount',
    method: 'PATCH',
    path: '/admin/v1/accounts/{account_id}',
    routerPath: '/admin/v1/accounts/:account_id',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateUpdateAccountBody,
    validateParams: validateUpdateAccountParams,
  },
  {
    operationId: 'topUpAccount',
    method: 'POST',
    path: '/admin/v1/accounts/{account_id}/topups',
    routerPath: '/admin/v1/accounts/:account_id/topups',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateTopUpAccountBody,
    validateParams: validateTopUpAccountParams,
  },
  {
    operationId: 'listAccountLedger',
    method: 'GET',
    path: '/admin/v1/accounts/{account_id}/ledger',
    routerPath: '/admin/v1/accounts/:account_id/ledger',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListAccountLedgerQuery,
    validateParams: validateListAccountLedgerParams,
  },
  {
    operationId: 'listKeys',
    method: 'GET',
    path: '/admin/v1/keys',
    routerPath: '/admin/v1/keys',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListKeysQuery,
  },
  {
    operationId: 'createKey',
    method: 'POST',
    path: '/admin/v1/keys',
    routerPath: '/admin/v1/keys',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateCreateKeyBody,
  },
  {
    operationId: 'getKey',
    method: 'GET',
    path: '/admin/v1/keys/{key_id}',
    routerPath: '/admin/v1/keys/:key_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateGetKeyParams,
  },
  {
    operationId: 'updateKey',
    method: 'PATCH',
    path: '/admin/v1/keys/{key_id}',
    routerPath: '/admin/v1/keys/:key_id',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateUpdateKeyBody,
    validateParams: validateUpdateKeyParams,
  },
  {
    operationId: 'rotateKey',
    method: 'POST',
    path: '/admin/v1/keys/{key_id}/rotate',
    routerPath: '/admin/v1/keys/:key_id/rotate',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateBody: validateRotateKeyBody,
    validateParams: validateRotateKeyParams,
  },
  {
    operationId: 'revokeKey',
    method: 'POST',
    path: '/admin/v1/keys/{key_id}/revoke',
    routerPath: '/admin/v1/keys/:key_id/revoke',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateRevokeKeyParams,
  },
  {
    operationId: 'listChannels',
    method: 'GET',
    path: '/admin/v1/channels',
    routerPath: '/admin/v1/channels',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListChannelsQuery,
  },
  {
    operationId: 'createChannel',
    method: 'POST',
    path: '/admin/v1/channels',
    routerPath: '/admin/v1/channels',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateCreateChannelBody,
  },
  {
    operationId: 'getChannel',
    method: 'GET',
    path: '/admin/v1/channels/{channel_id}',
    routerPath: '/admin/v1/channels/:channel_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateGetChannelParams,
  },
  {
    operationId: 'updateChannel',
    method: 'PATCH',
    path: '/admin/v1/channels/{channel_id}',
    routerPath: '/admin/v1/channels/:channel_id',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateUpdateChannelBody,
    validateParams: validateUpdateChannelParams,
  },
  {
    operationId: 'disableChannel',
    method: 'POST',
    path: '/admin/v1/channels/{channel_id}/disable',
    routerPath: '/admin/v1/channels/:channel_id/disable',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateDisableChannelParams,
  },
  {
    operationId: 'testChannel',
    method: 'POST',
    path: '/admin/v1/channels/{channel_id}/test',
    routerPath: '/admin/v1/channels/:channel_id/test',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateBody: validateTestChannelBody,
    validateParams: validateTestChannelParams,
  },
  {
    operationId: 'listModels',
    method: 'GET',
    path: '/admin/v1/models',
    routerPath: '/admin/v1/models',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListModelsQuery,
  },
  {
    operationId: 'createModel',
    method: 'POST',
    path: '/admin/v1/models',
    routerPath: '/admin/v1/models',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateCreateModelBody,
  },
  {
    operationId: 'getModel',
    method: 'GET',
    path: '/admin/v1/models/{model_id}',
    routerPath: '/admin/v1/models/:model_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateGetModelParams,
  },
  {
    operationId: 'updateModel',
    method: 'PATCH',
    path: '/admin/v1/models/{model_id}',
    routerPath: '/admin/v1/models/:model_id',
    protocol: 'nexusflow',
    bodyRequired: true,
    validateBody: validateUpdateModelBody,
    validateParams: validateUpdateModelParams,
  },
  {
    operationId: 'deleteModel',
    method: 'DELETE',
    path: '/admin/v1/models/{model_id}',
    routerPath: '/admin/v1/models/:model_id',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateParams: validateDeleteModelParams,
  },
  {
    operationId: 'getUsageSummary',
    method: 'GET',
    path: '/admin/v1/usage',
    routerPath: '/admin/v1/usage',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateGetUsageSummaryQuery,
  },
  {
    operationId: 'listUsageRecords',
    method: 'GET',
    path: '/admin/v1/usage/records',
    routerPath: '/admin/v1/usage/records',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListUsageRecordsQuery,
  },
  {
    operationId: 'getUsageSeries',
    method: 'GET',
    path: '/admin/v1/usage/series',
    routerPath: '/admin/v1/usage/series',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateGetUsageSeriesQuery,
  },
  {
    operationId: 'listTasks',
    method: 'GET',
    path: '/admin/v1/tasks',
    routerPath: '/admin/v1/tasks',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListTasksQuery,
  },
  {
    operationId: 'listAuditEntries',
    method: 'GET',
    path: '/admin/v1/audit',
    routerPath: '/admin/v1/audit',
    protocol: 'nexusflow',
    bodyRequired: false,
    validateQuery: validateListAuditEntriesQuery,
  },
];
