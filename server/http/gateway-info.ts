import { readFileSync } from 'node:fs';

export interface GatewayInfo {
  name: string;
  version: string;
  description: string;
  links: Record<string, string>;
}

let cached: GatewayInfo | undefined;

/** What `GET /` answers: the gateway's name and version, and where its APIs and docs are. */
export function gatewayInfo(): GatewayInfo {
  if (cached) return cached;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: string; description?: string };
  cached = {
    name: 'NexusFlow',
    version: pkg.version ?? '0.0.0',
    description: pkg.description ?? 'LLM API gateway',
    links: {
      openai: '/v1 (OpenAI SDKs: base URL http://<host>/v1)',
      anthropic: '/v1/messages (Anthropic SDKs: base URL http://<host>)',
      gemini: '/v1beta/models (Gemini SDKs: base URL http://<host>)',
      tasks: '/v1/tasks',
      health: '/healthz',
      metrics: '/metrics',
      docs: '/docs (API reference; OpenAPI documents under /docs/specs)',
      models: '/models (model pages: supported protocols, prices, snippets)',
      console: '/console (admin console: operators sign in with the admin token, key holders with their API key)',
    },
  };
  return cached;
}
