/**
 * The native admin API (issue #8), authored in zod. The generator emits it as OpenAPI next to
 * the compatible specs (routes, validators, conformance tests, client); the server serves the
 * same schemas twice: REST under /admin/v1 and tRPC under /admin/trpc.
 */
import { OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { registerAccountPaths } from './admin/accounts.js';
import { registerAuditPaths } from './admin/audit.js';
import { registerChannelPaths } from './admin/channels.js';
import { registerKeyPaths } from './admin/keys.js';
import { registerModelPaths } from './admin/models.js';
import { registerTaskPaths } from './admin/tasks.js';
import { registerUsagePaths } from './admin/usage.js';
import { emitDocument } from './common.js';

export function buildOpenApiDocument(): unknown {
  const registry = new OpenAPIRegistry();
  registry.registerComponent('securitySchemes', 'bearerAuth', {
    type: 'http',
    scheme: 'bearer',
    description: 'The admin token (NEXUSFLOW_ADMIN_TOKEN). API keys never open the admin API.',
  });
  // Order matters to the conformance tests, which run the operations in document order on one
  // gateway: an account before its keys, channels before the models bound to them.
  registerAccountPaths(registry);
  registerKeyPaths(registry);
  registerChannelPaths(registry);
  registerModelPaths(registry);
  registerUsagePaths(registry);
  registerTaskPaths(registry);
  registerAuditPaths(registry);
  return emitDocument(registry, {
    title: 'NexusFlow admin API',
    version: '1.0.0',
    description: 'Accounts, API keys, models, channels, usage, tasks and the audit log of a NexusFlow gateway.',
    // The conformance tests authenticate with the test gateway's admin token, not its API key.
    extra: { 'x-nexusflow-conformance-credential': 'admin' },
  });
}
