import type { TasksHandlers } from '../../../generated/tasks/routes.gen.js';
import type { CreateTaskRequest, TaskStatus } from '../../../generated/tasks/types.gen.js';
import { GatewayError } from '../../errors/gateway-error.js';
import { principalOf, type HandlerResult, type RequestContext } from '../../http/handler-types.js';
import { resolveModel } from '../../pipeline/resolve-model.js';
import type { Services } from '../../pipeline/services.js';
import { SIGNATURE_HEADER, TIMESTAMP_HEADER } from '../../tasks/callbacks/signature.js';

function header(headers: RequestContext['headers'], name: string): string | undefined {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
}

/** The native tasks API (spec/native/tasks.spec.ts): tasks belong to the caller's account. */
export function tasksHandlers(svc: Services): TasksHandlers<RequestContext, HandlerResult> {
  const tasks = svc.media.tasks;
  return {
    createTask: async (input, ctx) => {
      const principal = principalOf(ctx);
      const body: CreateTaskRequest = input.body;
      const model = resolveModel(svc, principal, body.model, 'nexusflow:tasks');
      ctx.observed.model = model.id;
      (await svc.rateLimits.admit(principal.key, 0)).settle(0);
      const key = header(ctx.headers, 'idempotency-key');
      if (key !== undefined && (key.length === 0 || key.length > 255)) {
        throw new GatewayError('invalid_request', 'Idempotency-Key must be 1 to 255 characters.', { param: 'Idempotency-Key' });
      }
      const baseUrl = tasks.baseUrlOf(ctx.headers);
      const { task, created } = await tasks.create(principal, {
        model, kind: body.kind, input: { ...body.input }, parameters: { ...(body.parameters ?? {}) }, origin: 'tasks', baseUrl,
        ...(body.callback_url !== undefined ? { callbackUrl: body.callback_url } : {}),
        ...(key !== undefined ? { idempotencyKey: key } : {}),
      });
      const headers: Record<string, string> = created ? {} : { 'idempotent-replayed': 'true' };
      return { kind: 'json', headers, body: tasks.view(task, baseUrl) };
    },

    listTasks: async (input, ctx) => {
      const principal = principalOf(ctx);
      const q = input.query as { status?: TaskStatus; cursor?: string; limit?: number };
      const page = await tasks.list(principal, q);
      const baseUrl = tasks.baseUrlOf(ctx.headers);
      return { kind: 'json', body: { object: 'list', data: page.items.map((t) => tasks.view(t, baseUrl)), next_cursor: page.nextCursor ?? null } };
    },

    getCallbackSecret: async (_input, ctx) => {
      const principal = principalOf(ctx);
      return {
        kind: 'json',
        body: {
          object: 'callback_secret', secret: tasks.callbackSecret(principal.key.accountId), algorithm: 'HMAC-SHA256',
          signature_header: SIGNATURE_HEADER, timestamp_header: TIMESTAMP_HEADER, signed_payload: '{timestamp}.{body}',
        },
      };
    },

    getTask: async (input, ctx) => {
      const task = await tasks.get(principalOf(ctx), input.params.task_id);
      ctx.observed.model = task.model;
      return { kind: 'json', body: tasks.view(task, tasks.baseUrlOf(ctx.headers)) };
    },

    cancelTask: async (input, ctx) => {
      const task = await tasks.cancel(principalOf(ctx), input.params.task_id);
      ctx.observed.model = task.model;
      return { kind: 'json', body: tasks.view(task, tasks.baseUrlOf(ctx.headers)) };
    },
  };
}
