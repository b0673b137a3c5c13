import { fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { ADMIN_TRPC_PREFIX } from '../auth/admin-gate.js';
import type { AdminServices } from '../services/index.js';
import { adminRouter, type AdminRouter } from './router.js';

/** Serves the admin router at /admin/trpc (the admin gate runs first, for every path under /admin). */
export async function registerAdminTrpc(app: FastifyInstance, services: AdminServices, log: Logger): Promise<void> {
  await app.register(fastifyTRPCPlugin<AdminRouter>, {
    prefix: ADMIN_TRPC_PREFIX,
    trpcOptions: {
      router: adminRouter,
      createContext: ({ req }) => ({ services, actor: req.adminActorId === null ? null : { id: req.adminActorId, requestId: String(req.id) } }),
      onError: ({ error, path }) => {
        if (error.code === 'INTERNAL_SERVER_ERROR') log.error({ err: error.cause ?? error, path }, 'admin tRPC: internal error');
      },
    },
  });
}
