import type { z } from 'zod';
import { GatewayError } from '../errors/gateway-error.js';

/** A zod issue path in OpenAI `param` style: `channels[0].channel`. */
export function issueParam(path: readonly PropertyKey[]): string | undefined {
  let out = '';
  for (const seg of path) out += typeof seg === 'number' ? `[${seg}]` : `${out === '' ? '' : '.'}${String(seg)}`;
  return out === '' ? undefined : out;
}

/** The first issue as a 400 naming the failing field (never echoing the value). */
export function zodIssueError(issues: readonly z.core.$ZodIssue[]): GatewayError {
  const first = issues[0];
  const param = first ? issueParam(first.path) : undefined;
  return new GatewayError('invalid_request', `Invalid ${param ?? 'the request'}: ${first?.message ?? 'invalid input'}.`, param ? { param } : {});
}

/**
 * Parses admin input with the spec's zod schema. REST bodies were already checked by the
 * generated validators (same schema, emitted as JSON Schema); parsing again gives both
 * transports identical semantics and typed values.
 */
export function parseInput<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const r = schema.safeParse(value);
  if (!r.success) throw zodIssueError(r.error.issues);
  return r.data;
}
