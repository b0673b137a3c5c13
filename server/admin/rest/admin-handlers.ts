import type { AdminHandlers } from '../../../generated/admin/routes.gen.js';
import { CreateAccountRequest, TopUpRequest, UpdateAccountRequest } from '../../../spec/native/admin/accounts.js';
import { AuditQuery } from '../../../spec/native/admin/audit.js';
import { ChannelTestRequest, CreateChannelRequest, UpdateChannelRequest } from '../../../spec/native/admin/channels.js';
import { CreateKeyRequest, KeyListQuery, RotateKeyRequest, UpdateKeyRequest } from '../../../spec/native/admin/keys.js';
import { CreateModelRequest, UpdateModelRequest } from '../../../spec/native/admin/models.js';
import { AdminTaskQuery } from '../../../spec/native/admin/tasks.js';
import { UsageQuery, UsageRecordQuery, UsageSeriesQuery } from '../../../spec/native/admin/usage.js';
import { PageQuery } from '../../../spec/native/common.js';
import { bearerToken } from '../../auth/authenticate.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { json, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import type { AdminActor } from '../admin-actor.js';
import type { AdminTokenVerifier } from '../auth/admin-token.js';
import { parseInput } from '../parse-input.js';
import type { AdminServices } from '../services/index.js';

/**
 * REST under /admin/v1: the generated routes (and validators) in front of the same service
 * functions the tRPC routers call. The admin gate has checked the token before routing; the
 * actor is read again here from the header, so a handler never runs without one.
 */
export function adminHandlers(svc: AdminServices, verifier: AdminTokenVerifier): AdminHandlers<RequestContext, HandlerResult> {
  const actor = (ctx: RequestContext): AdminActor => {
    const id = verifier.verify(bearerToken(ctx.headers));
    if (id === undefined) throw new GatewayError('invalid_admin_token', 'Invalid or missing admin token.');
    return { id, requestId: ctx.requestId };
  };
  const created = (body: unknown): HandlerResult => json(body, undefined, 201);
  const page = (query: unknown) => parseInput(PageQuery, query);

  return {
    listAccounts: async ({ query }) => json(await svc.accounts.list(page(query))),
    createAccount: async ({ body }, ctx) => created(await svc.accounts.create(actor(ctx), parseInput(CreateAccountRequest, body))),
    getAccount: async ({ params }) => json(await svc.accounts.get(params.account_id)),
    updateAccount: async ({ params, body }, ctx) => json(await svc.accounts.update(actor(ctx), params.account_id, parseInput(UpdateAccountRequest, body))),
    topUpAccount: async ({ params, body }, ctx) => json(await svc.accounts.topUp(actor(ctx), params.account_id, parseInput(TopUpRequest, body))),
    listAccountLedger: async ({ params, query }) => json(await svc.accounts.ledger(params.account_id, page(query))),

    listKeys: async ({ query }) => {
      const q = parseInput(KeyListQuery, query);
      return json(await svc.keys.list(q, q));
    },
    createKey: async ({ body }, ctx) => created(await svc.keys.create(actor(ctx), parseInput(CreateKeyRequest, body))),
    getKey: async ({ params }) => json(await svc.keys.get(params.key_id)),
    updateKey: async ({ params, body }, ctx) => json(await svc.keys.update(actor(ctx), params.key_id, parseInput(UpdateKeyRequest, body))),
    rotateKey: async ({ params, body }, ctx) => created(await svc.keys.rotate(actor(ctx), params.key_id, body === undefined ? undefined : parseInput(RotateKeyRequest, body))),
    revokeKey: async ({ params }, ctx) => json(await svc.keys.revoke(actor(ctx), params.key_id)),

    listChannels: async ({ query }) => json(await svc.channels.list(page(query))),
    createChannel: async ({ body }, ctx) => created(await svc.channels.create(actor(ctx), parseInput(CreateChannelRequest, body))),
    getChannel: async ({ params }) => json(await svc.channels.get(params.channel_id)),
    updateChannel: async ({ params, body }, ctx) => json(await svc.channels.update(actor(ctx), params.channel_id, parseInput(UpdateChannelRequest, body))),
    disableChannel: async ({ params }, ctx) => json(await svc.channels.disable(actor(ctx), params.channel_id)),
    testChannel: async ({ params, body }, ctx) => json(await svc.channels.test(actor(ctx), params.channel_id, body === undefined ? undefined : parseInput(ChannelTestRequest, body))),

    listModels: async ({ query }) => json(await svc.models.list(page(query))),
    createModel: async ({ body }, ctx) => created(await svc.models.create(actor(ctx), parseInput(CreateModelRequest, body))),
    getModel: async ({ params }) => json(await svc.models.get(params.model_id)),
    updateModel: async ({ params, body }, ctx) => json(await svc.models.update(actor(ctx), params.model_id, parseInput(UpdateModelRequest, body))),
    deleteModel: async ({ params }, ctx) => json(await svc.models.delete(actor(ctx), params.model_id)),

    getUsageSummary: async ({ query }) => json(await svc.usage.summary(parseInput(UsageQuery, query))),
    listUsageRecords: async ({ query }) => json(await svc.usage.records(parseInput(UsageRecordQuery, query))),
    getUsageSeries: async ({ query }) => json(await svc.usage.series(parseInput(UsageSeriesQuery, query))),
    listTasks: async ({ query }) => json(await svc.tasks.list(parseInput(AdminTaskQuery, query))),
    listAuditEntries: async ({ query }) => json(await svc.audit.list(parseInput(AuditQuery, query))),
  };
}
