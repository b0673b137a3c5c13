// Generated from spec/codegen/plugins/runtime/plugin.ts by spec/codegen — do not edit.

/** HTTP methods the generator supports. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The wire protocol a route speaks (the spec's `info.x-nexusflow-protocol`). */
export type WireProtocol = 'openai' | 'anthropic' | 'gemini' | 'nexusflow';

/**
 * One validation problem. `path` is in OpenAI `param` style (`messages[0].role`,
 * `stream_options.include_usage`; '' for the whole value); for a missing property it names
 * the property itself. `keyword` is the JSON Schema keyword that failed.
 */
export interface ValidationIssue {
  path: string;
  message: string;
  keyword: string;
}

/** Returns null when valid, else the issues (first one is the most relevant). */
export type Validator = (data: unknown) => ValidationIssue[] | null;

/**
 * How an operation streams. `data`: `data: <json>` frames only. `event`: an `event: <type>`
 * line then a `data:` line, the event name equal to the JSON `type`. `done`: the literal
 * last `data:` payload (`[DONE]`), or null when the stream just ends.
 */
export interface SseConfig {
  framing: 'data' | 'event';
  done: string | null;
}

export interface RouteDef<Op extends string = string> {
  operationId: Op;
  method: HttpMethod;
  /** OpenAPI form: /v1/models/{model} */
  path: string;
  /**
   * find-my-way (fastify) form: /v1/models/:model. A parameter followed by literal text in
   * its segment carries a regex that ends its name, and a literal ':' is '::':
   * /v1beta/models/{model}:generateContent -> /v1beta/models/:model([^/]+)::generateContent.
   */
  routerPath: string;
  protocol: WireProtocol;
  bodyRequired: boolean;
  validateBody?: Validator;
  /** Coerces query strings in place to the schema's types before checking them. */
  validateQuery?: Validator;
  /** Coerces path parameters in place to the schema's types before checking them. */
  validateParams?: Validator;
  sse?: SseConfig;
}

export interface OperationInput<Body, Params, Query> {
  body: Body;
  params: Params;
  query: Query;
  headers: Record<string, string | string[] | undefined>;
}

/** The explicit stub for a handler that is not written yet (the server answers 501). */
export const notImplemented: unique symbol = Symbol.for('nexusflow.notImplemented');
export type NotImplemented = typeof notImplemented;
