import { accountsRouter } from './accounts-router.js';
import { auditRouter } from './audit-router.js';
import { channelsRouter } from './channels-router.js';
import { keysRouter } from './keys-router.js';
import { modelsRouter } from './models-router.js';
import { tasksRouter } from './tasks-router.js';
import { router } from './trpc.js';
import { usageRouter } from './usage-router.js';

/** The admin API over tRPC (/admin/trpc): one router per entity, the same services as REST. */
export const adminRouter = router({
  accounts: accountsRouter,
  keys: keysRouter,
  models: modelsRouter,
  channels: channelsRouter,
  usage: usageRouter,
  tasks: tasksRouter,
  audit: auditRouter,
});

/** The only thing that leaves the server: `createTRPCClient<AdminRouter>(…)` in TypeScript consumers. */
export type AdminRouter = typeof adminRouter;
