/**
 * Shared pieces of the native (NexusFlow) API specs, authored in zod and emitted as OpenAPI 3.1
 * by spec/codegen (see sources.ts `zodSpecModules`). One registry per spec module; schemas here
 * are registered by each spec that uses them.
 */
import { extendZodWithOpenApi, OpenApiGeneratorV31, type OpenAPIRegistry } from '@asteasolutions/zod-to-openapi';
import { z } from 'zod';

extendZodWithOpenApi(z);

export { z };

/** The error body of every native endpoint: OpenAI's shape, which our SDK-style clients already read. */
export const ErrorResponse = z
  .object({
    error: z.object({
      message: z.string(),
      type: z.string(),
      param: z.string().nullable(),
      code: z.string().nullable(),
    }),
  })
  .openapi('ErrorResponse');

/** `{ data, next_cursor }`: every native list is cursor-paginated. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ object: z.literal('list'), data: z.array(item), next_cursor: z.string().nullable() }).openapi(name);
}

export const PageQuery = z.object({
  cursor: z.string().min(1).optional().openapi({ description: 'Opaque cursor from a previous page.' }),
  limit: z.coerce.number().int().min(1).max(200).default(50).optional(),
});

export function errorResponses(registry: OpenAPIRegistry, statuses: readonly number[]) {
  const schema = registry.register('ErrorResponse', ErrorResponse);
  const out: Record<string, { description: string; content: { 'application/json': { schema: typeof schema } } }> = {};
  for (const status of statuses) out[String(status)] = { description: `Error (${status})`, content: { 'application/json': { schema } } };
  return out;
}

/** Emits the registry as an OpenAPI 3.1 document for the generator. */
export function emitDocument(registry: OpenAPIRegistry, info: { title: string; version: string; description: string; extra?: Record<string, unknown> }): unknown {
  const generator = new OpenApiGeneratorV31(registry.definitions);
  return generator.generateDocument({
    openapi: '3.1.0',
    info: { title: info.title, version: info.version, description: info.description, 'x-nexusflow-protocol': 'nexusflow', ...info.extra },
    security: [{ bearerAuth: [] }],
  });
}
