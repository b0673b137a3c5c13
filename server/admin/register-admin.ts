import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { adminRoutes } from '../../generated/admin/routes.gen.js';
import type { CredentialCipher } from '../crypto/credential-cipher.js';
import { registerSpecRoutes } from '../http/register-routes.js';
import type { Store } from '../store/store.js';
import type { ChannelTester } from './services/channel-test.js';
import type { AdminDeps } from './services/deps.js';
import { registerAdminGate } from './auth/admin-gate.js';
import { AdminTokenVerifier, FailureLimiter, type FailureLimitOptions } from './auth/admin-token.js';
import { adminHandlers } from './rest/admin-handlers.js';
import { createAdminServices } from './services/index.js';
import { registerAdminTrpc } from './trpc/trpc-plugin.js';

export interface AdminOptions {
  store: Store;
  log: Logger;
  /** NEXUSFLOW_ADMIN_TOKEN; without it every /admin request answers 401. */
  adminToken: string | undefined;
  cipher: CredentialCipher | undefined;
  credentials: Record<string, string | undefined>;
  /** Bump the change counter and refresh this process's caches. */
  changed(): Promise<void>;
  failureLimit?: FailureLimitOptions;
  circuits?: AdminDeps['circuits'];
  channelTester?: ChannelTester;
}

/** The admin credential check, for other endpoints behind the admin token (/metrics). */
export interface AdminAuth {
  verifier: AdminTokenVerifier;
  limiter: FailureLimiter;
}

/** The native admin API: the gate, REST under /admin/v1 and tRPC under /admin/trpc, over one set of services. */
export async function registerAdmin(app: FastifyInstance, options: AdminOptions): Promise<AdminAuth> {
  const verifier = new AdminTokenVerifier(options.adminToken);
  if (!verifier.enabled) options.log.info('admin API: NEXUSFLOW_ADMIN_TOKEN is not set, every /admin request answers 401');
  const limiter = new FailureLimiter(options.failureLimit ?? { max: 20, windowMs: 60_000 });
  registerAdminGate(app, verifier, limiter);
  const services = createAdminServices({
    store: options.store, cipher: options.cipher, credentials: options.credentials, changed: options.changed, now: () => Date.now(),
    ...(options.circuits ? { circuits: options.circuits } : {}), ...(options.channelTester ? { channelTester: options.channelTester } : {}),
  });
  registerSpecRoutes(app, [{ routes: adminRoutes, handlers: adminHandlers(services, verifier) }]);
  await registerAdminTrpc(app, services, options.log);
  return { verifier, limiter };
}
