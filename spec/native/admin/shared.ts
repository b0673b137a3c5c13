/**
 * Pieces every admin entity module uses: ids, times, money and the operation helper that
 * registers one path with its error responses and request examples.
 */
import type { OpenAPIRegistry, RouteConfig } from '@asteasolutions/zod-to-openapi';
import { errorResponses, z } from '../common.js';

/** Caller-chosen ids (accounts, keys, models, channels): safe in paths, logs and file names. */
export const EntityId = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/);
/** Model ids also allow `:` and `/` (`qwen/qwen3-max`), as the catalog file does. */
export const ModelId = z.string().regex(/^[A-Za-z0-9._:/-]{1,128}$/);

/** Times are RFC 3339 strings in UTC on the wire. */
export const Timestamp = z.iso.datetime({ offset: true });

/**
 * Any integer a request may carry. zod's `.int()` already refuses unsafe integers, but only
 * explicit bounds reach the OpenAPI document; without them the spec promised more than the
 * server accepts (found by contract fuzzing: `context_window: 1e20` answered 400).
 */
export const SafeInt = z.number().int().min(Number.MIN_SAFE_INTEGER).max(Number.MAX_SAFE_INTEGER);

/** Money is integer micro-credits (1 credit = 1,000,000), as everywhere in NexusFlow. */
export const Micro = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

export type Example = { summary?: string; value: unknown; status?: number; issuePath?: string };

/** Named request examples → OpenAPI examples with the conformance extensions. */
export function examples(list: Record<string, Example>) {
  return Object.fromEntries(
    Object.entries(list).map(([name, ex]) => [
      name,
      {
        ...(ex.summary ? { summary: ex.summary } : {}),
        value: ex.value,
        ...(ex.status !== undefined ? { 'x-nexusflow-expect-status': ex.status } : {}),
        ...(ex.issuePath !== undefined ? { 'x-nexusflow-expect-issue-path': ex.issuePath } : {}),
      },
    ]),
  );
}

export interface OperationSpec {
  operationId: string;
  method: 'get' | 'post' | 'patch' | 'delete';
  path: string;
  summary: string;
  tags: string[];
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { schema: z.ZodType; required?: boolean; examples?: Record<string, Example> };
  response: { status?: number; schema: z.ZodType; description: string };
  /** Statuses answered with ErrorResponse besides 400/401/429 (which every admin call can answer). */
  errors?: number[];
  /** Values for path parameters in the conformance tests. */
  conformanceParams?: Record<string, string>;
}

/** Registers one admin operation. */
export function operation(registry: OpenAPIRegistry, op: OperationSpec): void {
  const request: NonNullable<RouteConfig['request']> = {};
  if (op.params) request.params = op.params;
  if (op.query) request.query = op.query;
  if (op.body) {
    request.body = {
      required: op.body.required ?? true,
      content: { 'application/json': { schema: op.body.schema, ...(op.body.examples ? { examples: examples(op.body.examples) } : {}) } },
    };
  }
  registry.registerPath({
    operationId: op.operationId,
    method: op.method,
    path: op.path,
    summary: op.summary,
    tags: op.tags,
    request,
    responses: {
      [String(op.response.status ?? 200)]: { description: op.response.description, content: { 'application/json': { schema: op.response.schema } } },
      ...errorResponses(registry, [...new Set([400, 401, 429, ...(op.errors ?? [])])].sort()),
    },
    ...(op.conformanceParams ? { 'x-nexusflow-conformance-params': op.conformanceParams } : {}),
  });
}
