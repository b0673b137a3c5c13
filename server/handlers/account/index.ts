import type { AccountHandlers } from '../../../generated/account/routes.gen.js';
import { encodeKey } from '../../admin/services/keys.js';
import { encodeUsageRecord, storeQuery, usageSeries } from '../../admin/services/usage.js';
import { listPage } from '../../admin/services/common.js';
import { GatewayError, toGatewayError } from '../../errors/gateway-error.js';
import { json, principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import type { Services } from '../../pipeline/services.js';

/**
 * The key holder's own view: the account behind the presented key and nothing else. Every store
 * query is scoped to that key's account id, whatever the request says.
 */
export function accountHandlers(svc: Services): AccountHandlers<RequestContext, HandlerResult> {
  /** The caller's time range, always on the key's own account (whatever else the query says). */
  const ownUsage = (accountId: string, q: { since?: string | undefined; until?: string | undefined }) => ({
    ...storeQuery({ ...(q.since !== undefined ? { since: q.since } : {}), ...(q.until !== undefined ? { until: q.until } : {}) }), accountId,
  });
  const guard = async <T>(op: () => Promise<T>): Promise<T> => {
    try {
      return await op();
    } catch (err) {
      throw toGatewayError(err);
    }
  };
  return {
    getAccount: async (_input, ctx) => {
      const { key } = principalOf(ctx);
      const [account, fresh] = await guard(() => Promise.all([svc.store.getAccount(key.accountId), svc.store.getApiKey(key.id)]));
      if (!account) throw new GatewayError('invalid_api_key', 'The API key has no account.');
      const held = Object.values(account.holds).reduce((s, h) => s + h.amount, 0);
      return json({ object: 'account', id: account.id, name: account.name, balance: account.balance, credit_limit: account.creditLimit, held, key: encodeKey(fresh ?? key) });
    },
    getAccountUsageSeries: async (input, ctx) => {
      const { key } = principalOf(ctx);
      const q = input.query;
      return json(await guard(() => usageSeries(svc.store, ownUsage(key.accountId, q), { bucket: q.bucket, group_by: q.group_by }, Date.now())));
    },
    listAccountUsage: async (input, ctx) => {
      const { key } = principalOf(ctx);
      const q = input.query;
      const page = await guard(() => svc.store.queryUsage(ownUsage(key.accountId, q), { limit: q.limit ?? 50, ...(q.cursor ? { cursor: q.cursor } : {}) }));
      return json(listPage(page.items.map(encodeUsageRecord), page.nextCursor));
    },
  };
}
